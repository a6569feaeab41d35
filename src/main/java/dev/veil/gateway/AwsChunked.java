package dev.veil.gateway;

import java.io.ByteArrayOutputStream;
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
}
