package dev.veil.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Original bytes passed through as they arrive (pass decisions, clean objects in deny mode,
 * unsupported objects with {@code unsupported: pass}): {@code skip} bytes are dropped first (a
 * Range) and exactly {@code length} bytes are copied. A source that ends early fails the body.
 */
final class OriginalBody implements StreamedBody {
    private static final int BUFFER = 64 * 1024;

    private final SourceStream source;
    private final long skip;
    private final long length;

    OriginalBody(SourceStream source, long skip, long length) {
        this.source = source;
        this.skip = skip;
        this.length = length;
    }

    /** The whole object, whose length the source declared. */
    static OriginalBody whole(SourceStream source) {
        return new OriginalBody(source, 0, source.declaredLength());
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (source) {
            InputStream in = source.body();
            in.skipNBytes(skip);
            byte[] buffer = new byte[BUFFER];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("the object ended " + left + " bytes early");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
            out.flush();
        }
    }

    @Override
    public void discard() {
        source.close();
    }
}
