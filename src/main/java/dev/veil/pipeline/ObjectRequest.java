package dev.veil.pipeline;

import dev.veil.policy.Caller;

/**
 * One read through Veil, as every front door describes it to the pipeline.
 *
 * @param requestId   the request id (the event's {@code xAmzRequestId} or the gateway's own)
 * @param frontDoor   {@code object-lambda}, {@code function-url}, {@code gateway}
 * @param accessPoint the access point (ARN or alias) the caller used, or the function's name
 * @param caller      who is calling
 * @param bucket      the bucket or supporting access point, for the audit record
 * @param key         the object key, for the audit record
 * @param versionId   the version asked for, or empty
 * @param range       the caller's {@code Range} header, or empty
 * @param partNumber  the caller's {@code partNumber}, or 0 when absent
 * @param head        true for HEAD: the same decision and length as GET, without a body
 */
public record ObjectRequest(String requestId, String frontDoor, String accessPoint, Caller caller, String bucket,
                            String key, String versionId, String range, int partNumber, boolean head) {
    public ObjectRequest {
        requestId = orEmpty(requestId);
        accessPoint = orEmpty(accessPoint);
        bucket = orEmpty(bucket);
        key = orEmpty(key);
        versionId = orEmpty(versionId);
        range = orEmpty(range);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
