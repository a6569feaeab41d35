package dev.veil.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.veil.policy.Caller;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The gateway's function-URL front, {@code /fn/{bucket}/{key}}: verifies SigV4 signed for service
 * {@code lambda} (as an {@code AWS_IAM} function URL does), builds the payload-v2.0 event Lambda
 * would send (the verified identity in {@code requestContext.authorizer.iam}) and turns the
 * function's JSON answer back into HTTP. Authorization and session-token headers are not copied
 * into the event.
 */
public final class FunctionUrlFront implements AutoCloseable {
    /** The path prefix this front serves under. */
    public static final String PREFIX = "/fn";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_FORWARDED = Set.of("authorization", "x-amz-security-token");

    private final GatewayConfig config;
    private final SigV4Verifier signatures;
    private final FunctionInvoker function;

    /** @param function the function-URL handler, invoked per request */
    public FunctionUrlFront(GatewayConfig config, FunctionInvoker function) {
        this.config = config;
        this.function = function;
        this.signatures = new SigV4Verifier(k -> config.identity(k).map(GatewayConfig.Identity::secretAccessKey),
                config.region(), "lambda", Clock.systemUTC());
    }

    /** Whether {@code rawPath} belongs to this front. */
    static boolean serves(String rawPath) {
        return rawPath.equals(PREFIX) || rawPath.startsWith(PREFIX + "/");
    }

    void serve(HttpExchange ex, String requestId) throws IOException {
        String method = ex.getRequestMethod();
        String rawPath = ex.getRequestURI().getRawPath();
        String rawQuery = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        Map<String, String> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        String accessKey = signatures.verify(new SigV4Verifier.Request(method, rawPath, rawQuery, headers));
        GatewayConfig.Identity identity = config.identity(accessKey).orElseThrow();
        ObjectNode event = event(requestId, method, rawPath.substring(PREFIX.length()), rawQuery, headers,
                identity.caller(), ex.getRemoteAddress().getAddress().getHostAddress());
        JsonNode answer;
        try {
            answer = JSON.readTree(function.invoke(requestId, JSON.writeValueAsBytes(event), Gateway.FUNCTION_TIMEOUT));
        } catch (FunctionInvoker.FunctionFailedException e) {
            S3Errors.send(ex, 502, "FunctionError", "The Lambda function failed", requestId);
            return;
        }
        respond(ex, requestId, method.equals("HEAD"), answer);
    }

    /** The function-URL event (payload format 2.0) for one request. */
    static ObjectNode event(String requestId, String method, String rawPath, String rawQuery, Map<String, String> headers,
                            Caller caller, String sourceIp) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0").put("routeKey", "$default").put("rawPath", rawPath.isEmpty() ? "/" : rawPath)
                .put("rawQueryString", rawQuery);
        ObjectNode h = e.putObject("headers");
        headers.forEach((k, v) -> {
            if (!NOT_FORWARDED.contains(k)) {
                h.put(k, v);
            }
        });
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", caller.accountId()).put("apiId", "veil-local").put("domainName", headers.getOrDefault("host", ""))
                .put("domainPrefix", "veil-local").put("requestId", requestId).put("routeKey", "$default")
                .put("stage", "$default").put("timeEpoch", System.currentTimeMillis());
        ctx.putObject("http").put("method", method).put("path", rawPath).put("protocol", "HTTP/1.1")
                .put("sourceIp", sourceIp).put("userAgent", headers.getOrDefault("user-agent", ""));
        ctx.putObject("authorizer").putObject("iam").put("accessKey", caller.accessKeyId())
                .put("accountId", caller.accountId()).put("callerId", caller.principalId())
                .put("userArn", caller.arn()).put("userId", caller.principalId()).putNull("principalOrgId")
                .putNull("cognitoIdentity");
        e.put("isBase64Encoded", false);
        return e;
    }

    private static void respond(HttpExchange ex, String requestId, boolean head, JsonNode answer) throws IOException {
        int status = answer.path("statusCode").asInt(502);
        Headers h = ex.getResponseHeaders();
        h.set("x-amz-request-id", requestId);
        answer.path("headers").fields().forEachRemaining(f -> h.set(f.getKey(), f.getValue().asText()));
        if (head) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        h.remove("Content-Length");
        String text = answer.path("body").asText("");
        byte[] body = answer.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(text)
                : text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        function.close();
    }
}
