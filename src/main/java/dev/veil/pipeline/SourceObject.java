package dev.veil.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The object as fetched from S3 (or the local store): status, response headers (names in lower
 * case) and the whole body.
 */
public record SourceObject(int status, Map<String, String> headers, byte[] body) {
    public SourceObject {
        TreeMap<String, String> lower = new TreeMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        headers = java.util.Collections.unmodifiableMap(lower);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
