package dev.veil.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * S3 Object Lambda events in the documented shape (see ../shared/notes/s3-object-lambda.md), built
 * for tests: an assumed-role caller with a session issuer, the caller's request URL and headers.
 */
final class Events {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ACCOUNT = "111122223333";
    static final String ACCESS_POINT = "arn:aws:s3-object-lambda:us-east-1:" + ACCOUNT + ":accesspoint/veil-test";

    private Events() {
    }

    static ObjectNode identity(String role) {
        ObjectNode id = JSON.createObjectNode();
        id.put("type", "AssumedRole");
        id.put("principalId", "AROAEXAMPLE:" + role);
        id.put("arn", "arn:aws:sts::" + ACCOUNT + ":assumed-role/" + role + "/session-1");
        id.put("accountId", ACCOUNT);
        id.put("accessKeyId", "ASIAEXAMPLE");
        ObjectNode session = id.putObject("sessionContext");
        session.putObject("attributes").put("mfaAuthenticated", "false").put("creationDate", "2026-11-28T10:00:00Z");
        ObjectNode issuer = session.putObject("sessionIssuer");
        issuer.put("type", "Role").put("principalId", "AROAEXAMPLE").put("accountId", ACCOUNT).put("userName", role)
                .put("arn", "arn:aws:iam::" + ACCOUNT + ":role/" + role);
        return id;
    }

    /** A GetObject event. {@code userQuery} is appended to the caller's URL (e.g. {@code partNumber=1}). */
    static ObjectNode get(String inputS3Url, String bucket, String key, String payload, String role,
                          Map<String, String> userHeaders, String userQuery) {
        ObjectNode e = base(bucket, key, payload, role, userHeaders, userQuery);
        e.putObject("getObjectContext").put("inputS3Url", inputS3Url).put("outputRoute", "io-route-1")
                .put("outputToken", "token-" + key.hashCode());
        return e;
    }

    static ObjectNode head(String inputS3Url, String bucket, String key, String payload, String role) {
        ObjectNode e = base(bucket, key, payload, role, Map.of(), null);
        e.putObject("headObjectContext").put("inputS3Url", inputS3Url);
        return e;
    }

    static ObjectNode listV2(String inputS3Url, String bucket, String payload, String role) {
        ObjectNode e = base(bucket, "", payload, role, Map.of(), "list-type=2");
        e.putObject("listObjectsV2Context").put("inputS3Url", inputS3Url);
        return e;
    }

    private static ObjectNode base(String bucket, String key, String payload, String role,
                                   Map<String, String> userHeaders, String userQuery) {
        ObjectNode e = JSON.createObjectNode();
        e.put("xAmzRequestId", "req-" + Math.abs((key + role).hashCode()));
        ObjectNode c = e.putObject("configuration");
        c.put("accessPointArn", ACCESS_POINT);
        c.put("supportingAccessPointArn", bucket);
        c.put("payload", payload);
        ObjectNode ur = e.putObject("userRequest");
        ur.put("url", "https://veil-test-" + ACCOUNT + ".s3-object-lambda.us-east-1.amazonaws.com/" + key
                + (userQuery == null ? "" : "?" + userQuery));
        ObjectNode h = ur.putObject("headers");
        h.put("Host", "veil-test-" + ACCOUNT + ".s3-object-lambda.us-east-1.amazonaws.com");
        h.put("Accept-Encoding", "identity");
        h.put("X-Amz-Content-SHA256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        userHeaders.forEach(h::put);
        e.set("userIdentity", identity(role));
        e.put("protocolVersion", "1.00");
        e.put("someFutureField", "ignored");
        return e;
    }
}
