package dev.veil.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single byte range applied to the transformed body, with S3's rules: {@code bytes=a-b},
 * {@code bytes=a-}, {@code bytes=-n}; a header S3 would ignore (several ranges, bad syntax) gives
 * the whole object; a range starting past the end is unsatisfiable (416).
 *
 * @param first the first byte, inclusive
 * @param last  the last byte, inclusive
 */
public record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    /** Thrown for a range that no byte of the object satisfies. */
    public static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super("the range does not overlap the object");
        }
    }

    /**
     * The range {@code header} asks of an object of {@code length} bytes, or null for the whole
     * object.
     *
     * @throws Unsatisfiable when the range starts past the end, or asks for the last 0 bytes
     */
    public static ByteRange parse(String header, long length) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || length == 0) {
                throw new Unsatisfiable();
            }
            return new ByteRange(Math.max(0, length - suffix), length - 1);
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
        if (last < first) {
            return null;
        }
        if (first >= length) {
            throw new Unsatisfiable();
        }
        return new ByteRange(first, Math.min(last, length - 1));
    }

    public byte[] slice(byte[] body) {
        return java.util.Arrays.copyOfRange(body, (int) first, (int) last + 1);
    }

    public String contentRange(long length) {
        return "bytes " + first + "-" + last + "/" + length;
    }
}
