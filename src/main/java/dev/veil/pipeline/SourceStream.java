package dev.veil.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An object being fetched: status, response headers (names in lower case) and the body as a
 * stream. A body that ends before its declared length, or is cut by the deadline, fails with an
 * {@link IOException}; it never just ends. The receiver closes it.
 */
public record SourceStream(int status, Map<String, String> headers, InputStream body) implements Closeable {
    public SourceStream {
        TreeMap<String, String> lower = new TreeMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        headers = Collections.unmodifiableMap(lower);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The declared {@code Content-Length}, or -1 when absent or unreadable. */
    public long declaredLength() {
        String v = header("content-length");
        try {
            return v == null ? -1 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The same headers around a body already read whole. */
    public SourceObject whole(byte[] bytes) {
        return new SourceObject(status, headers, bytes);
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // nothing more will be read from it either way
        }
    }
}
