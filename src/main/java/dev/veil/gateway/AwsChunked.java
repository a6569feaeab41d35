package dev.veil.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code aws-chunked} content encoding that SigV4 streaming uploads use: hex size, optional
 * {@code ;chunk-signature=…}, CRLF, data, CRLF, …, a zero-size chunk, then trailers.
 */
public final class AwsChunked {
    private AwsChunked() {
    }

    /** The payload of an {@code aws-chunked} body (chunk signatures are not checked). */
    public static byte[] decode(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int eol = i;
            while (eol + 1 < raw.length && !(raw[eol] == '\r' && raw[eol + 1] == '\n')) {
                eol++;
            }
            String line = new String(raw, i, eol - i, StandardCharsets.US_ASCII);
            int semi = line.indexOf(';');
            int len;
            try {
                len = Integer.parseInt((semi < 0 ? line : line.substring(0, semi)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an aws-chunked body");
            }
            i = eol + 2;
            if (len <= 0) {
                break;
            }
            out.write(raw, i, Math.min(len, Math.max(0, raw.length - i)));
            i += len + 2;
        }
        return out.toByteArray();
    }

    /**
     * The payload of an {@code aws-chunked} body as it arrives. A body that ends before its
     * zero-size chunk fails with an {@link IOException}: a sender that broke off part way is never
     * mistaken for a complete body. Trailers after the last chunk are read and dropped.
     */
    public static InputStream decoding(InputStream raw) {
        return new Decoder(raw);
    }

    private static final class Decoder extends InputStream {
        private static final int MAX_LINE = 4096;
        private final InputStream in;
        private long left;
        private boolean done;

        Decoder(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (left == 0 && !done) {
                nextChunk();
            }
            if (done) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("the aws-chunked body ended inside a chunk");
            }
            left -= n;
            if (left == 0) {
                String crlf = line();
                if (!crlf.isEmpty()) {
                    throw new IOException("a chunk is not followed by CRLF");
                }
            }
            return n;
        }

        private void nextChunk() throws IOException {
            String header = line();
            int semi = header.indexOf(';');
            try {
                left = Long.parseLong((semi < 0 ? header : header.substring(0, semi)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("not an aws-chunked body");
            }
            if (left < 0) {
                throw new IOException("not an aws-chunked body");
            }
            if (left == 0) {
                while (!line().isEmpty()) {
                    // trailers (checksums) end at an empty line
                }
                done = true;
            }
        }

        /** One CRLF-terminated line without its terminator; the end of the stream before it fails. */
        private String line() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int prev = -1;
            while (true) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("the aws-chunked body ended before its last chunk");
                }
                if (prev == '\r' && c == '\n') {
                    byte[] bytes = out.toByteArray();
                    return new String(bytes, 0, bytes.length - 1, StandardCharsets.US_ASCII);
                }
                out.write(c);
                prev = c;
                if (out.size() > MAX_LINE) {
                    throw new IOException("an aws-chunked line is too long");
                }
            }
        }
    }
}
