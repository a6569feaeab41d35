package dev.veil.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Base64;
import java.util.Map;

/**
 * Function-URL responses ({@code statusCode}, {@code headers}, {@code body},
 * {@code isBase64Encoded}). Bodies are always base64: documents are binary more often than not,
 * and a text body would still need JSON escaping whose size is harder to bound.
 */
final class FunctionUrlAnswers {
    /** Lambda's limit for a buffered (non-streamed) response payload: 6 MB. */
    static final long RESPONSE_PAYLOAD_LIMIT = 6L * 1024 * 1024;
    /** Room kept for the JSON envelope and headers around the body. */
    static final long ENVELOPE_RESERVE = 64L * 1024;
    /**
     * The largest body returned inline: base64 turns every 3 bytes into 4 characters, so
     * {@code (6 MiB - 64 KiB) * 3 / 4} = 4,669,440 bytes.
     */
    static final int MAX_INLINE_BYTES = (int) ((RESPONSE_PAYLOAD_LIMIT - ENVELOPE_RESERVE) / 4 * 3);

    private FunctionUrlAnswers() {
    }

    static ObjectNode inline(ObjectMapper json, int status, Map<String, String> headers, byte[] body, boolean head) {
        ObjectNode o = json.createObjectNode().put("statusCode", status);
        ObjectNode h = o.putObject("headers");
        headers.forEach(h::put);
        if (!h.has("Content-Type")) {
            // Function URLs would otherwise call the body application/json.
            h.put("Content-Type", "application/octet-stream");
        }
        h.put("Accept-Ranges", "bytes");
        if (!head) {
            o.put("body", Base64.getEncoder().encodeToString(body));
            o.put("isBase64Encoded", true);
        }
        return o;
    }

    /** 303 See Other to the stored result; the link is a bearer secret, so nothing may cache it. */
    static ObjectNode redirect(ObjectMapper json, URI location) {
        ObjectNode o = json.createObjectNode().put("statusCode", 303);
        o.putObject("headers").put("Location", location.toString()).put("Cache-Control", "no-store")
                .put("Content-Type", "text/plain");
        o.put("body", "");
        o.put("isBase64Encoded", false);
        return o;
    }

    /** An S3-style XML error (HEAD: no body, the code in {@code x-amz-error-code}). */
    static ObjectNode error(ObjectMapper json, int status, String code, String message, String requestId, boolean head) {
        ObjectNode o = json.createObjectNode().put("statusCode", status);
        ObjectNode h = o.putObject("headers").put("x-amz-error-code", code).put("x-amz-request-id", requestId);
        if (head) {
            return o;
        }
        h.put("Content-Type", "application/xml");
        o.put("body", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + escape(code) + "</Code><Message>"
                + escape(message == null ? "" : message) + "</Message><RequestId>" + escape(requestId)
                + "</RequestId></Error>");
        o.put("isBase64Encoded", false);
        return o;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
