package dev.veil.pipeline;

/**
 * Fetches the object a request is about: a presigned URL in the Object Lambda path (S3 applies
 * the caller's own permissions), the function's role in the function-URL path, the local store
 * in the gateway. Implementations give S3's own errors as {@link SourceException}.
 */
public interface ObjectSource {
    /** The largest body any source holds in memory (a Java array's limit). */
    long MAX_IN_MEMORY = Integer.MAX_VALUE - 16;

    /**
     * The whole object; bodies longer than {@code maxBytes} are refused with 400
     * {@code EntityTooLarge} without being read to the end.
     *
     * @throws SourceException for an S3 error answer (passed to the caller with its status and code)
     *                         or a failed fetch (503)
     */
    SourceObject fetch(Deadline deadline, long maxBytes);

    /**
     * The object's headers without its body, for a HEAD answered with the original (pass). The
     * default fetches the whole object.
     */
    default SourceObject head(Deadline deadline) {
        SourceObject o = fetch(deadline, MAX_IN_MEMORY);
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(o.headers());
        h.put("content-length", Integer.toString(o.body().length));
        return new SourceObject(o.status(), h, new byte[0]);
    }

    /**
     * True when {@link #open} streams the body rather than reading it whole first: the pipeline
     * then streams large text-like objects and original bytes instead of holding them.
     */
    default boolean streams() {
        return false;
    }

    /**
     * The object as a stream; {@code extraHeaders} are sent with the request (an {@code If-Match}
     * that pins the version already inspected). The default reads the whole object.
     *
     * @throws SourceException as {@link #fetch}
     */
    default SourceStream open(Deadline deadline, java.util.Map<String, String> extraHeaders) {
        SourceObject o = fetch(deadline, MAX_IN_MEMORY);
        return new SourceStream(o.status(), o.headers(), new java.io.ByteArrayInputStream(o.body()));
    }
}
