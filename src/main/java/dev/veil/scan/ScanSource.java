package dev.veil.scan;

import java.io.IOException;
import java.util.List;

/**
 * Where a scan reads objects from: a local folder or an S3 bucket and prefix. Implementations
 * are thread-safe: {@link #read} is called from several worker threads at once.
 */
public interface ScanSource {
    /** What is scanned, for messages ({@code test-documents}, {@code s3://bucket/prefix}). */
    String describe();

    /** Every object to scan, sorted by key. */
    List<ObjectRef> list() throws IOException;

    /** The object's bytes and its version id (null where the source has no versions). */
    ObjectContent read(ObjectRef ref) throws IOException;

    /** The bytes of one object as read, and the version they belong to. */
    record ObjectContent(byte[] bytes, String versionId) {
    }
}
