package dev.veil.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a front door sends back: a status, S3-style error code and message on error paths (no
 * body then, ever), the headers to forward, and the body (empty for HEAD and errors).
 * {@code contentLength} is the length of the whole answer a GET would carry (HEAD reports it).
 */
public record ObjectResponse(int status, String errorCode, String errorMessage, Map<String, String> headers,
                             byte[] body, long contentLength) {
    private static final byte[] EMPTY = new byte[0];

    public ObjectResponse {
        headers = Map.copyOf(headers);
        body = body == null ? EMPTY : body;
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
        return new ObjectResponse(status, errorCode, errorMessage, headers, EMPTY, contentLength);
    }
}
