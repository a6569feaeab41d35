package dev.veil.lambda;

import static dev.veil.lambda.FunctionUrlEvents.body;
import static dev.veil.lambda.FunctionUrlEvents.header;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.pipeline.AuditLog;
import dev.veil.pipeline.AuditRecord;
import dev.veil.policy.PrincipalTags;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The function-URL handler end to end, in process, against S3Proxy: read authorisation before
 * any fetch, the four modes, inline and redirected results, ranges on the result, HEAD.
 */
class FunctionUrlHandlerIT {
    static final String LETTER = ObjectLambdaHandlerIT.LETTER;
    static final String CLEAN = ObjectLambdaHandlerIT.CLEAN;
    static final String BUCKET = LambdaRig.BUCKET;
    /** Analysts may read reports/ and clean.txt of the test bucket; account 444455556666 anything. */
    static final String READ = "\"read\":[{\"principal\":\"arn:aws:sts::111122223333:assumed-role/analyst*\","
            + "\"buckets\":[\"" + BUCKET + "\"],\"prefixes\":[\"reports/\",\"clean.txt\"]},"
            + "{\"account\":\"444455556666\",\"buckets\":[\"*\"]}]";
    static final String REDACT = "{\"mode\":\"redact\"," + READ + "}";

    static LambdaRig lambda;
    static FunctionUrlRig rig;
    static FunctionUrlHandler redact;

    @BeforeAll
    static void start() {
        lambda = new LambdaRig(PrincipalTags.NONE, true);
        rig = new FunctionUrlRig(lambda);
        lambda.put("reports/letter.txt", LETTER.getBytes(StandardCharsets.UTF_8), "text/plain");
        lambda.put("secret/letter.txt", LETTER.getBytes(StandardCharsets.UTF_8), "text/plain");
        lambda.put("clean.txt", CLEAN.getBytes(StandardCharsets.UTF_8), "text/plain");
        lambda.s3.createBucket(b -> b.bucket("other-bucket"));
        lambda.s3.putObject(b -> b.bucket("other-bucket").key("reports/letter.txt"),
                software.amazon.awssdk.core.sync.RequestBody.fromString(LETTER));
        redact = rig.handler(REDACT);
    }

    @AfterAll
    static void stop() {
        rig.close();
        lambda.close();
    }

    @BeforeEach
    void clear() {
        lambda.audit.clear();
        rig.reads.set(0);
    }

    private static JsonNode get(FunctionUrlHandler h, String key) {
        return FunctionUrlRig.invoke(h, FunctionUrlEvents.get("/" + BUCKET + "/" + key, "analyst"));
    }

    private static JsonNode get(FunctionUrlHandler h, String key, Map<String, String> headers, String query) {
        return FunctionUrlRig.invoke(h, FunctionUrlEvents.event("GET", "/" + BUCKET + "/" + key, query, headers,
                FunctionUrlEvents.roleIdentity("analyst", FunctionUrlEvents.ACCOUNT)));
    }

    @Test
    void redactModeAnswersInlineInBase64AndAuditsTheFrontDoor() {
        JsonNode a = get(redact, "reports/letter.txt");
        assertEquals(200, a.path("statusCode").asInt(), a::toString);
        assertTrue(a.path("isBase64Encoded").asBoolean());
        String text = new String(body(a), StandardCharsets.UTF_8);
        assertTrue(text.contains("[NAME]") && text.contains("[CREDIT_DEBIT_NUMBER]") && text.contains("[EMAIL]"), text);
        assertFalse(text.contains("Mary Smith") || text.contains("4111") || text.contains("mary.smith"));
        assertEquals("text/plain", header(a, "Content-Type"));
        assertNotEquals(lambda.s3.headObject(h -> h.bucket(BUCKET).key("reports/letter.txt")).eTag(), header(a, "ETag"));
        AuditRecord r = lambda.audit.get(0);
        assertEquals("function-url", r.frontDoor());
        assertEquals("redact", r.decision());
        assertEquals("arn:aws:sts::111122223333:assumed-role/analyst/session-1", r.principal());
        assertEquals(Map.of("NAME", 1, "CREDIT_DEBIT_NUMBER", 1, "EMAIL", 1), r.entities());
    }

    @Test
    void passTokeniseAndDenyModesBehaveAsInTheOtherFront() {
        JsonNode pass = get(rig.handler("{\"mode\":\"pass\"," + READ + "}"), "reports/letter.txt");
        assertEquals(LETTER, new String(body(pass), StandardCharsets.UTF_8));
        assertEquals(lambda.s3.headObject(h -> h.bucket(BUCKET).key("reports/letter.txt")).eTag(), header(pass, "ETag"));
        FunctionUrlHandler tokenise = rig.handler("{\"mode\":\"tokenise\"," + READ + "}");
        byte[] first = body(get(tokenise, "reports/letter.txt"));
        assertArrayEquals(first, body(get(tokenise, "reports/letter.txt")));
        assertFalse(new String(first, StandardCharsets.UTF_8).contains("mary.smith@example.com"));
        FunctionUrlHandler deny = rig.handler("{\"mode\":\"deny\"," + READ + "}");
        JsonNode denied = get(deny, "reports/letter.txt");
        assertEquals(403, denied.path("statusCode").asInt());
        assertEquals("AccessDenied", header(denied, "x-amz-error-code"));
        assertFalse(new String(body(denied), StandardCharsets.UTF_8).contains("Mary"));
        assertEquals(CLEAN, new String(body(get(deny, "clean.txt")), StandardCharsets.UTF_8));
        assertTrue(AuditLog.toJson(lambda.audit.get(lambda.audit.size() - 2)).contains(AuditRecord.DENIED_KEYWORD));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "analyst|111122223333|/veil-docs/secret/letter.txt",
            "analyst|111122223333|/veil-docs/report/letter.txt",
            "analyst|111122223333|/veil-docs//reports/letter.txt",
            "analyst|111122223333|/veil-docs/Reports/letter.txt",
            "analyst|111122223333|/veil-docs/%72eports%2F..%2Fsecret/letter.txt",
            "analyst|111122223333|/other-bucket/reports/letter.txt",
            "analyst|111122223333|/veil-docs%2Freports/letter.txt",
            "admin|111122223333|/veil-docs/reports/letter.txt",
            "analyst|999999999999|/veil-docs/reports/letter.txt",
    })
    void readsOutsideTheRulesAreRefusedBeforeAnyFetch(String role, String account, String path) {
        JsonNode a = FunctionUrlRig.invoke(redact, FunctionUrlEvents.event("GET", path, "", Map.of(),
                FunctionUrlEvents.roleIdentity(role, account)));
        int status = a.path("statusCode").asInt();
        assertTrue(status == 403 || status == 400, a::toString);
        assertEquals(0, rig.reads.get(), "no S3 call was made");
        assertFalse(new String(body(a), StandardCharsets.UTF_8).contains("Mary"), "no document text on a refusal");
        if (status == 403) {
            assertEquals("AccessDenied", header(a, "x-amz-error-code"));
            assertEquals("forbidden", lambda.audit.get(0).decision());
            assertEquals("function-url", lambda.audit.get(0).frontDoor());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/veil-docs/reports/../secret/letter.txt", "/veil-docs/reports/%2E%2E/secret/letter.txt",
            "/veil-docs/reports/./letter.txt", "/veil-docs/reports%2F..%2Fsecret%2Fletter.txt", "/veil-docs/",
            "/veil-docs", "/", "/Veil-Docs/reports/letter.txt", "/veil-docs/reports/%zz"})
    void pathsThatDoNotNameOneObjectAre400WithoutAFetch(String path) {
        JsonNode a = FunctionUrlRig.invoke(redact, FunctionUrlEvents.get(path, "analyst"));
        assertEquals(400, a.path("statusCode").asInt(), a::toString);
        assertEquals("InvalidArgument", header(a, "x-amz-error-code"));
        assertEquals(0, rig.reads.get());
    }

    @Test
    void otherAccountsAllowedByTheirRuleMayRead() {
        JsonNode a = FunctionUrlRig.invoke(redact, FunctionUrlEvents.event("GET", "/other-bucket/reports/letter.txt", "",
                Map.of(), FunctionUrlEvents.roleIdentity("anyone", "444455556666")));
        assertEquals(200, a.path("statusCode").asInt(), a::toString);
        assertEquals(1, rig.reads.get());
        assertEquals("444455556666", lambda.audit.get(0).account());
    }

    @Test
    void callsWithoutAnIamIdentityAreRefused() {
        JsonNode a = FunctionUrlRig.invoke(redact, FunctionUrlEvents.event("GET", "/veil-docs/reports/letter.txt", "",
                Map.of(), null));
        assertEquals(403, a.path("statusCode").asInt());
        assertEquals(0, rig.reads.get());
    }

    @Test
    void largeResultsRedirectToAShortLivedLinkWithARandomKey() throws Exception {
        byte[] inline = body(get(redact, "reports/letter.txt"));
        JsonNode a = get(rig.handler(REDACT, 10, true), "reports/letter.txt");
        assertEquals(303, a.path("statusCode").asInt(), a::toString);
        String location = header(a, "Location");
        assertEquals("no-store", header(a, "Cache-Control"));
        assertFalse(location.contains("letter") || location.contains("reports%2F"), "the key is not derived from the source");
        assertTrue(location.contains("/" + FunctionUrlRig.RESULTS + "/results/"), location);
        assertTrue(location.contains("X-Amz-Expires=300"), "expires in five minutes");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertArrayEquals(inline, r.body());
        lambda.audit.forEach(rec -> assertFalse(AuditLog.toJson(rec).contains("X-Amz-Signature")));
        JsonNode second = get(rig.handler(REDACT, 10, true), "reports/letter.txt");
        assertNotEquals(location, header(second, "Location"), "every result gets its own key");
    }

    @Test
    void largeResultsWithoutAnOutputBucketFailClosed() {
        JsonNode a = get(rig.handler(REDACT, 10, false), "reports/letter.txt");
        assertEquals(500, a.path("statusCode").asInt());
        assertFalse(new String(body(a), StandardCharsets.UTF_8).contains("Mary"));
    }

    @Test
    void rangesApplyToTheTransformedResultInlineAndAfterARedirect() throws Exception {
        byte[] whole = body(get(redact, "reports/letter.txt"));
        JsonNode part = get(redact, "reports/letter.txt", Map.of("Range", "bytes=5-14"), null);
        assertEquals(206, part.path("statusCode").asInt());
        assertEquals("bytes 5-14/" + whole.length, header(part, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(whole, 5, 15), body(part));
        JsonNode redirected = get(rig.handler(REDACT, 4, true), "reports/letter.txt", Map.of("Range", "bytes=5-14"), null);
        assertEquals(303, redirected.path("statusCode").asInt());
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(header(redirected, "Location"))).header("Range", "bytes=5-14").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, r.statusCode());
        assertArrayEquals(Arrays.copyOfRange(whole, 5, 15), r.body(), "the client's range applies to the stored result");
        JsonNode unsatisfiable = get(redact, "reports/letter.txt", Map.of("Range", "bytes=100000-"), null);
        assertEquals(416, unsatisfiable.path("statusCode").asInt());
        assertEquals("InvalidRange", header(unsatisfiable, "x-amz-error-code"));
        assertEquals(416, get(redact, "reports/letter.txt", Map.of(), "partNumber=2").path("statusCode").asInt());
        assertEquals(206, get(redact, "reports/letter.txt", Map.of(), "partNumber=1").path("statusCode").asInt());
    }

    @Test
    void headReportsTheTransformedLengthWithoutBody() {
        int length = body(get(redact, "reports/letter.txt")).length;
        ObjectNode e = FunctionUrlEvents.event("HEAD", "/veil-docs/reports/letter.txt", "", Map.of(),
                FunctionUrlEvents.roleIdentity("analyst", FunctionUrlEvents.ACCOUNT));
        JsonNode head = FunctionUrlRig.invoke(redact, e);
        assertEquals(200, head.path("statusCode").asInt());
        assertEquals(Integer.toString(length), header(head, "Content-Length"));
        assertNotEquals(LETTER.length(), length);
        assertTrue(head.path("body").isMissingNode());
        JsonNode denied = FunctionUrlRig.invoke(rig.handler("{\"mode\":\"deny\"," + READ + "}"), e);
        assertEquals(403, denied.path("statusCode").asInt());
        assertTrue(denied.path("body").isMissingNode());
        ObjectNode outside = FunctionUrlEvents.event("HEAD", "/veil-docs/secret/letter.txt", "", Map.of(),
                FunctionUrlEvents.roleIdentity("analyst", FunctionUrlEvents.ACCOUNT));
        assertEquals(403, FunctionUrlRig.invoke(redact, outside).path("statusCode").asInt());
    }

    @Test
    void s3ErrorsPassThroughWithTheirCode() {
        JsonNode a = get(redact, "reports/no-such-object.txt");
        assertEquals(404, a.path("statusCode").asInt());
        assertEquals("NoSuchKey", header(a, "x-amz-error-code"));
        assertTrue(new String(body(a), StandardCharsets.UTF_8).contains("<Code>NoSuchKey</Code>"));
    }

    @Test
    void otherMethodsInvalidPoliciesAndMalformedEventsAreCleanErrors() throws Exception {
        JsonNode post = FunctionUrlRig.invoke(redact, FunctionUrlEvents.event("POST", "/veil-docs/reports/letter.txt",
                "", Map.of(), FunctionUrlEvents.roleIdentity("analyst", FunctionUrlEvents.ACCOUNT)));
        assertEquals(405, post.path("statusCode").asInt());
        JsonNode invalid = get(rig.handler("{\"mode\":\"redact\",\"read\":[{\"buckets\":[\"x\"]}]}"), "reports/letter.txt");
        assertEquals(500, invalid.path("statusCode").asInt());
        assertEquals("InvalidConfiguration", header(invalid, "x-amz-error-code"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        redact.handleRequest(new java.io.ByteArrayInputStream("\u0000garbage".getBytes(StandardCharsets.UTF_8)), out,
                dev.veil.gateway.InProcessFunction.LocalContext.remaining("test", 5_000L));
        assertEquals(400, Events.JSON.readTree(out.toByteArray()).path("statusCode").asInt());
        assertEquals(0, rig.reads.get());
    }

    @Test
    void theDefaultInlineLimitLeavesRoomForBase64InSixMegabytes() {
        long encoded = 4L * ((FunctionUrlAnswers.MAX_INLINE_BYTES + 2) / 3);
        assertTrue(encoded + FunctionUrlAnswers.ENVELOPE_RESERVE <= 6L * 1024 * 1024, Long.toString(encoded));
        assertEquals(4_669_440, FunctionUrlAnswers.MAX_INLINE_BYTES);
        assertNull(header(get(redact, "reports/letter.txt"), "Location"));
    }
}
