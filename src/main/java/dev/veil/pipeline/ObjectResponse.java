package dev.veil.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a front door sends back: a status, S3-style error code and message on error paths (no
 * body then, ever), the headers to forward, and the body (empty for HEAD and errors).
 * {@code contentLength} is the length of the whole answer a GET would carry (HEAD reports it), or
 * -1 for a streamed body of unknown length. A large answer has a {@link StreamedBody} instead of
 * bytes ({@code stream}, null otherwise): the front door sends it as it is produced.
 */
public record ObjectResponse(int status, String errorCode, String errorMessage, Map<String, String> headers,
                             byte[] body, long contentLength, StreamedBody stream) {
    private static final byte[] EMPTY = new byte[0];

    public ObjectResponse {
        headers = Map.copyOf(headers);
        body = body == null ? EMPTY : body;
        if (stream != null && errorCode != null) {
            throw new IllegalArgumentException("an error answer has no body");
        }
    }

    /** An answer with its body in memory (or none). */
    public ObjectResponse(int status, String errorCode, String errorMessage, Map<String, String> headers,
                          byte[] body, long contentLength) {
        this(status, errorCode, errorMessage, headers, body, contentLength, null);
    }

    /** An answer whose body is written while it is sent. */
    public static ObjectResponse streamed(int status, Map<String, String> headers, StreamedBody stream) {
        return new ObjectResponse(status, null, null, new LinkedHashMap<>(headers), EMPTY, stream.length(), stream);
    }

    public boolean isStreamed() {
        return stream != null;
    }

    public static ObjectResponse error(int status, String code, String message) {
        return new ObjectResponse(status, code, message, Map.of(), EMPTY, 0);
    }

    public static ObjectResponse ok(int status, Map<String, String> headers, byte[] body) {
        return new ObjectResponse(status, null, null, new LinkedHashMap<>(headers), body, body.length);
    }

    public boolean isError() {
        return errorCode != null;
    }

    /** The same answer without its body (HEAD), keeping the length a GET would have. */
    public ObjectResponse withoutBody() {
        if (stream != null) {
            stream.discard();
        }
        return new ObjectResponse(status, errorCode, errorMessage, headers, EMPTY, contentLength);
    }
}
