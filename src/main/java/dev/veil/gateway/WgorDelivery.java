package dev.veil.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Matches the function's WriteGetObjectResponse calls to the clients waiting for them, by the
 * single-use request token, and streams the body to the client. A token answers once: a second
 * call with it, or a call after the client has been answered otherwise, is refused.
 */
final class WgorDelivery {
    /**
     * Thrown from the client's handler when the function's body broke off part way: the HTTP
     * server then closes the client's connection without ending the body, so the client sees a
     * failed, truncated read and never a short body that looks complete.
     */
    static final class AbortedAnswer extends RuntimeException {
        AbortedAnswer() {
            super("the function's answer broke off part way");
        }
    }

    /** A client waiting for the function's answer. */
    static final class Pending {
        private final HttpExchange client;
        private final String requestId;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private volatile boolean aborted;
        private final CountDownLatch delivered = new CountDownLatch(1);

        Pending(HttpExchange client, String requestId) {
            this.client = client;
            this.requestId = requestId;
        }

        /** Takes the right to answer the client; true once only. */
        boolean claim() {
            return claimed.compareAndSet(false, true);
        }

        void finish() {
            delivered.countDown();
        }

        /** True when the body broke off after the client's answer had begun: its connection must be cut. */
        boolean aborted() {
            return aborted;
        }

        boolean awaitDelivered(Duration d) {
            try {
                return delivered.await(d.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    Pending expect(String token, HttpExchange client, String requestId) {
        Pending p = new Pending(client, requestId);
        pending.put(token, p);
        return p;
    }

    void forget(String token) {
        pending.remove(token);
    }

    /** Handles {@code POST /WriteGetObjectResponse}. */
    void receive(HttpExchange wgor, SigV4Verifier signatures, String requestId) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        wgor.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        signatures.verify(new SigV4Verifier.Request("POST", wgor.getRequestURI().getRawPath(),
                wgor.getRequestURI().getRawQuery() == null ? "" : wgor.getRequestURI().getRawQuery(), headers));
        String token = headers.get("x-amz-request-token");
        Pending p = token == null ? null : pending.get(token);
        if (p == null || !p.claim()) {
            Gateway.drain(wgor.getRequestBody());
            S3Errors.send(wgor, 400, "ValidationError", "The request token is invalid or was already used", requestId);
            return;
        }
        try {
            answerClient(p, headers, wgor.getRequestBody());
        } finally {
            p.finish();
        }
        wgor.sendResponseHeaders(200, -1);
    }

    private static void answerClient(Pending p, Map<String, String> h, InputStream body) throws IOException {
        HttpExchange client = p.client;
        int status = parseStatus(h.get("x-amz-fwd-status"));
        String errorCode = h.get("x-amz-fwd-error-code");
        if (errorCode != null || status >= 400) {
            Gateway.drain(body);
            S3Errors.send(client, status, errorCode == null ? "InternalError" : errorCode,
                    h.getOrDefault("x-amz-fwd-error-message", ""), p.requestId);
            return;
        }
        var out = client.getResponseHeaders();
        out.set("x-amz-request-id", p.requestId);
        h.forEach((name, value) -> {
            if (name.startsWith("x-amz-fwd-header-")) {
                out.set(canonical(name.substring("x-amz-fwd-header-".length())), value);
            } else if (name.startsWith("x-amz-meta-")) {
                out.set(name, value);
            }
        });
        boolean chunked = h.getOrDefault("content-encoding", "").contains("aws-chunked")
                || h.getOrDefault("x-amz-content-sha256", "").startsWith("STREAMING");
        if (client.getRequestMethod().equals("HEAD") || status == 304) {
            Gateway.drain(body);
            client.sendResponseHeaders(status, -1);
            return;
        }
        // aws-chunked declares the payload's length; a plain body has Content-Length, or none
        // when it came with Transfer-Encoding: chunked (a body streamed with unknown length)
        long length = parseLength(h.get(chunked ? "x-amz-decoded-content-length" : "content-length"));
        InputStream payload = chunked ? AwsChunked.decoding(body) : body;
        client.sendResponseHeaders(status, length == 0 ? -1 : length < 0 ? 0 : length);
        OutputStream o = client.getResponseBody();
        try {
            long copied = payload.transferTo(o);
            if (length > 0 && copied != length) {
                throw new IOException("the body does not have its declared length");
            }
            o.close();
        } catch (IOException e) {
            // the function broke off (or the client went away): end the client's connection
            // without ending its body
            p.aborted = true;
            Gateway.drainQuietly(body);
        }
    }

    private static String canonical(String lower) {
        return switch (lower) {
            case "content-type" -> "Content-Type";
            case "content-range" -> "Content-Range";
            case "etag" -> "ETag";
            case "last-modified" -> "Last-Modified";
            case "cache-control" -> "Cache-Control";
            case "content-disposition" -> "Content-Disposition";
            case "content-language" -> "Content-Language";
            case "content-encoding" -> "Content-Encoding";
            case "expires" -> "Expires";
            case "accept-ranges" -> "Accept-Ranges";
            default -> lower;
        };
    }

    private static int parseStatus(String s) {
        try {
            return s == null ? 500 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 500;
        }
    }

    /** The declared length, or -1 when none is declared. */
    private static long parseLength(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

}
