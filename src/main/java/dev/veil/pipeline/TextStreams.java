package dev.veil.pipeline;

import dev.veil.document.TextDecoding;
import dev.veil.document.text.TextWindows;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;

/** Turns a source stream whose first bytes were read for sniffing into text windows. */
final class TextStreams {
    /** Bytes read before the type and charset are decided (the type sniffer's sample, plus one). */
    static final int HEAD = 64 * 1024 + 1;

    private TextStreams() {
    }

    /** Up to {@code n} bytes from the start of {@code in}. */
    static byte[] head(InputStream in, int n) throws IOException {
        return in.readNBytes(n);
    }

    /**
     * Windows over the text of {@code head} followed by the rest of {@code in}, decoded with
     * {@code charset} (its byte-order mark skipped); more than {@code maxBytes} bytes in all fail
     * the stream.
     */
    static TextWindows windows(byte[] head, InputStream rest, TextDecoding.StreamCharset charset, long maxBytes,
                               TextWindows.Shape shape, StreamSettings settings) {
        InputStream all = new SequenceInputStream(
                new ByteArrayInputStream(head, charset.bomLength(), head.length - charset.bomLength()),
                new Limited(rest, maxBytes - head.length));
        return new TextWindows(new InputStreamReader(all, charset.decoder()), shape, settings.windowChars(),
                settings.maxRecordChars());
    }

    /** Fails once more than {@code max} bytes are read: an object longer than it declared, or than the limit. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new IOException("the object is larger than this access point streams");
                }
            }
        }
    }
}
