package dev.veil.pipeline;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A streamed body whose audit record is written when it has been sent, or has failed. */
final class AuditedBody implements StreamedBody {
    /** Called once: whether the whole body was written, and how many bytes were. */
    interface Done {
        void done(boolean complete, long bytesOut);
    }

    private final StreamedBody body;
    private final Done done;

    AuditedBody(StreamedBody body, Done done) {
        this.body = body;
        this.done = done;
    }

    @Override
    public long length() {
        return body.length();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        long[] count = {0};
        OutputStream counting = new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                count[0] += len;
            }
        };
        boolean complete = false;
        try {
            body.writeTo(counting);
            complete = true;
        } finally {
            done.done(complete, count[0]);
        }
    }

    @Override
    public void discard() {
        body.discard();
        done.done(false, 0);
    }
}
