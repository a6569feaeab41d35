package dev.veil.scan;

import java.util.Objects;

/**
 * One object a {@link ScanSource} lists: its key (a path relative to the scanned folder, with
 * {@code /} separators, or an S3 key), its ETag and its size. The ETag says whether the object
 * changed since a previous scan: S3's own ETag, or for a file the MD5 of its content (what S3
 * reports for an object uploaded in one part), so a folder and the same files in a bucket give
 * the same records.
 */
public record ObjectRef(String key, String etag, long size) {
    public ObjectRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
