package dev.veil.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receives a streamed, transformed object in full, counting its bytes and keeping only the bytes
 * a Range asks for (at most {@code cap}), so that a range over a large object is computed on the
 * transformed bytes without holding them all. The answer follows {@link ByteRange}'s rules once
 * the length is known.
 */
final class RangedSink extends OutputStream {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    private final String header;
    private final int cap;
    private final long keepFrom;
    private final long keepTo;
    private final int suffix;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final byte[] ring;
    private long total;

    RangedSink(String header, int cap) {
        this.header = header;
        this.cap = cap;
        Matcher m = SINGLE.matcher(header == null ? "" : header.trim());
        boolean valid = m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty());
        if (valid && m.group(1).isEmpty()) {
            long n = Long.parseLong(m.group(2));
            suffix = (int) Math.min(n, cap + 1L);
            keepFrom = -1;
            keepTo = -1;
        } else {
            suffix = -1;
            keepFrom = valid ? Long.parseLong(m.group(1)) : 0;
            keepTo = valid && !m.group(2).isEmpty() ? Long.parseLong(m.group(2)) : Long.MAX_VALUE;
        }
        ring = suffix > 0 ? new byte[suffix] : new byte[0];
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (suffix > 0) {
            for (int i = 0; i < len; i++) {
                ring[(int) ((total + i) % suffix)] = b[off + i];
            }
        } else if (suffix < 0) {
            long from = Math.max(total, keepFrom);
            long to = Math.min(total + len - 1, Math.min(keepTo, keepFrom + cap));
            if (from <= to) {
                kept.write(b, off + (int) (from - total), (int) (to - from + 1));
            }
        }
        total += len;
    }

    /** The answer: 206 with the range, 200 for a header S3 ignores, 416 or 400 when it cannot be served. */
    ObjectResponse answer(Map<String, String> headers) {
        ByteRange range;
        try {
            range = ByteRange.parse(header, total);
        } catch (ByteRange.Unsatisfiable e) {
            return ObjectResponse.error(416, "InvalidRange", "The requested range is not satisfiable");
        }
        long first = range == null ? 0 : range.first();
        long last = range == null ? total - 1 : range.last();
        if (last - first + 1 > cap) {
            return ObjectResponse.error(400, "InvalidRequest", "a range over a streamed object may ask for at most "
                    + cap + " bytes");
        }
        byte[] bytes = new byte[(int) Math.max(0, last - first + 1)];
        if (suffix > 0) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = ring[(int) ((first + i) % suffix)];
            }
        } else {
            System.arraycopy(kept.toByteArray(), (int) (first - keepFrom), bytes, 0, bytes.length);
        }
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (range == null) {
            return ObjectResponse.ok(200, h, bytes);
        }
        h.put("Content-Range", range.contentRange(total));
        return ObjectResponse.ok(206, h, bytes);
    }
}
