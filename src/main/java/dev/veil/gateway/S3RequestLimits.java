package dev.veil.gateway;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Size limits on requests to the S3-facing side (GET, HEAD and LIST of an access point), checked
 * before the signature so that an unauthenticated caller cannot make the gateway read or hash
 * anything large. Such requests carry no body: a declared body over {@link #MAX_BODY_BYTES} or a
 * chunked one is refused unread, and the header section is held to S3's own 8 KB. The JDK server
 * refuses still larger header sections and header counts itself, before any handler runs (see
 * {@code Gateway.configureHttpServer}). The WriteGetObjectResponse endpoint is not limited here:
 * it legitimately receives whole documents.
 */
final class S3RequestLimits {
    /** S3's limit on the request header section. */
    static final int MAX_HEADER_BYTES = 8 * 1024;
    /** Bodies up to this size are ignored (some clients send an empty or tiny body with a GET). */
    static final long MAX_BODY_BYTES = 1024;

    /** Why a request is refused, as an S3 error. */
    record Refusal(int status, String code, String message) {
    }

    private S3RequestLimits() {
    }

    static Optional<Refusal> check(Headers headers) {
        if (headerBytes(headers) > MAX_HEADER_BYTES) {
            return Optional.of(new Refusal(400, "RequestHeaderSectionTooLarge",
                    "Your request header section exceeds the maximum allowed size."));
        }
        if (headers.containsKey("Transfer-Encoding") || declaredLength(headers) > MAX_BODY_BYTES) {
            return Optional.of(new Refusal(400, "MaxMessageLengthExceeded",
                    "Requests to an Object Lambda access point carry no body."));
        }
        return Optional.empty();
    }

    /** Bytes of the header section as sent: each {@code name: value\r\n} line. */
    static long headerBytes(Headers headers) {
        long total = 0;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            for (String v : e.getValue()) {
                total += e.getKey().length() + 2 + (v == null ? 0 : v.length()) + 2;
            }
        }
        return total;
    }

    /** The Content-Length, or 0 when absent; an unreadable one counts as too large. */
    private static long declaredLength(Headers headers) {
        String value = headers.getFirst("Content-Length");
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
