package dev.veil.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;

/**
 * Function-URL events in the documented payload v2.0 shape (lower-case header names, the IAM
 * identity under requestContext.authorizer.iam), and readers for the handler's answers.
 */
final class FunctionUrlEvents {
    static final String ACCOUNT = Events.ACCOUNT;

    private FunctionUrlEvents() {
    }

    /** The IAM context of an assumed-role session of {@code role} in {@code account}. */
    static ObjectNode roleIdentity(String role, String account) {
        return Events.JSON.createObjectNode().put("accessKey", "ASIAEXAMPLE").put("accountId", account)
                .put("callerId", "AROAEXAMPLE:session-1")
                .put("userArn", "arn:aws:sts::" + account + ":assumed-role/" + role + "/session-1")
                .put("userId", "AROAEXAMPLE:session-1").putNull("principalOrgId");
    }

    static ObjectNode event(String method, String rawPath, String rawQuery, Map<String, String> headers, ObjectNode iam) {
        ObjectNode e = Events.JSON.createObjectNode();
        e.put("version", "2.0").put("routeKey", "$default").put("rawPath", rawPath)
                .put("rawQueryString", rawQuery == null ? "" : rawQuery);
        ObjectNode h = e.putObject("headers");
        h.put("host", "abcdefghij.lambda-url.us-east-1.on.aws").put("x-amz-date", "20261128T100000Z");
        headers.forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v));
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "anonymous").put("apiId", "abcdefghij").put("domainName", "abcdefghij.lambda-url.us-east-1.on.aws")
                .put("requestId", "fn-" + Math.abs(rawPath.hashCode())).put("routeKey", "$default").put("stage", "$default")
                .put("timeEpoch", 1_795_000_000_000L);
        ctx.putObject("http").put("method", method).put("path", rawPath).put("protocol", "HTTP/1.1")
                .put("sourceIp", "192.0.2.10").put("userAgent", "test");
        if (iam != null) {
            ctx.putObject("authorizer").set("iam", iam);
        }
        e.put("isBase64Encoded", false);
        e.put("someFutureField", "ignored");
        return e;
    }

    static ObjectNode get(String rawPath, String role) {
        return event("GET", rawPath, "", Map.of(), roleIdentity(role, ACCOUNT));
    }

    /** The body of an answer, decoded. */
    static byte[] body(JsonNode answer) {
        String b = answer.path("body").asText("");
        return answer.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(b)
                : b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String header(JsonNode answer, String name) {
        JsonNode h = answer.path("headers");
        for (var it = h.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().asText();
            }
        }
        return null;
    }
}
