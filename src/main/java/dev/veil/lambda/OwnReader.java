package dev.veil.lambda;

import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.SourceObject;

/**
 * Reads an object with the function's own role. Used only to compute the transformed length for a
 * HEAD that S3 has already authorised with the caller's presigned HEAD URL (a HEAD URL cannot GET
 * the bytes), pinned to the version and ETag that HEAD returned.
 */
public interface OwnReader {
    SourceObject get(String supportingAccessPoint, String key, String versionId, String ifMatch, long maxBytes,
                     Deadline deadline);
}
