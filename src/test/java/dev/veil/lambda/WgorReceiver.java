package dev.veil.lambda;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local endpoint for WriteGetObjectResponse: accepts {@code POST /WriteGetObjectResponse} as the
 * AWS SDK sends it (SigV4-signed for {@code s3-object-lambda}, body plain or {@code aws-chunked}),
 * records the call and answers 200 as S3 does.
 */
final class WgorReceiver implements AutoCloseable {
    /** One call: the path, the headers (lower-case names) and the decoded body. */
    record Call(String path, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        int status() {
            return Integer.parseInt(header("x-amz-fwd-status"));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    WgorReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                Map<String, String> h = new TreeMap<>();
                ex.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
                byte[] raw = ex.getRequestBody().readAllBytes();
                byte[] body = h.getOrDefault("content-encoding", "").contains("aws-chunked")
                        || h.getOrDefault("x-amz-content-sha256", "").startsWith("STREAMING") ? dev.veil.gateway.AwsChunked.decode(raw) : raw;
                calls.add(new Call(ex.getRequestURI().getPath(), h, body));
                int status = failWith == 0 ? 200 : failWith;
                byte[] answer = status == 200 ? new byte[0]
                        : "<Error><Code>InternalError</Code><Message>failed</Message></Error>".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    ex.getResponseBody().write(answer);
                }
            }
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Call> calls() {
        return calls;
    }

    Call only() {
        if (calls.size() != 1) {
            throw new AssertionError("expected exactly one WriteGetObjectResponse, got " + calls.size());
        }
        return calls.get(0);
    }

    void clear() {
        calls.clear();
    }

    /** Answer every call with this status (0: 200). */
    void failWith(int status) {
        failWith = status;
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
