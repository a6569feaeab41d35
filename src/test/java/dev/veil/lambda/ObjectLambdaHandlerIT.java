package dev.veil.lambda;

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
import dev.veil.testing.LeakAudit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.model.ChecksumMode;

/**
 * The Object Lambda handler end to end, in process: presigned URLs served by S3Proxy, the real
 * SDK's WriteGetObjectResponse received locally. Every GET writes exactly one response; no error
 * path carries a body.
 */
class ObjectLambdaHandlerIT {
    static final String LETTER = "Dear Mary Smith,\nyour card 4111 1111 1111 1111 and e-mail mary.smith@example.com are on file.\n";
    static final String CLEAN = "Quarterly figures: revenue grew in every region.\n";
    static final String REDACT = "{\"mode\":\"redact\"}";

    static LambdaRig rig;

    @BeforeAll
    static void start() throws IOException {
        rig = new LambdaRig(PrincipalTags.NONE, true);
        rig.put("letter.txt", LETTER.getBytes(StandardCharsets.UTF_8), "text/plain");
        rig.put("clean.txt", CLEAN.getBytes(StandardCharsets.UTF_8), "text/plain");
        rig.put("archive.zip", zipBytes(), "application/zip");
        for (Path p : LeakAudit.corpus()) {
            rig.put(key(p), Files.readAllBytes(p), "application/octet-stream");
        }
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @BeforeEach
    void clear() {
        rig.receiver.clear();
        rig.receiver.failWith(0);
        rig.audit.clear();
    }

    static String key(Path p) {
        return Path.of("test-documents").relativize(p).toString().replace('\\', '/');
    }

    static java.util.List<Path> corpus() {
        return LeakAudit.corpus();
    }

    private static JsonNode get(String key, String payload) {
        return rig.invoke(Events.get(rig.presignGet(key), LambdaRig.BUCKET, key, payload, "analyst", Map.of(), null), 30_000);
    }

    @Test
    void redactModeRemovesValuesAndDropsTheOriginalEtag() {
        get("letter.txt", REDACT);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals("/WriteGetObjectResponse", c.path());
        assertEquals("io-route-1", c.header("x-amz-request-route"));
        assertEquals(200, c.status());
        String body = c.bodyText();
        assertTrue(body.contains("[NAME]") && body.contains("[CREDIT_DEBIT_NUMBER]") && body.contains("[EMAIL]"), body);
        assertFalse(body.contains("Mary Smith") || body.contains("4111") || body.contains("mary.smith"));
        String original = rig.s3.headObject(h -> h.bucket(LambdaRig.BUCKET).key("letter.txt")).eTag();
        assertNotEquals(original, c.header("x-amz-fwd-header-etag"));
        assertNull(c.header("x-amz-fwd-header-x-amz-meta-owner"));
        assertTrue(c.header("authorization").contains("/s3-object-lambda/aws4_request"), "signed for s3-object-lambda");
        AuditRecord a = rig.audit.get(0);
        assertEquals("redact", a.decision());
        assertEquals(Map.of("NAME", 1, "CREDIT_DEBIT_NUMBER", 1, "EMAIL", 1), a.entities());
        String line = AuditLog.toJson(a);
        assertTrue(line.contains("\"principal\":\"arn:aws:sts::111122223333:assumed-role/analyst/session-1\""));
        assertFalse(line.contains("Mary") || line.contains("4111") || line.contains("X-Amz-Signature"));
    }

    @Test
    void passModeGivesTheOriginalWithItsEtagAndMetadata() throws IOException {
        get("letter.txt", "{\"mode\":\"pass\"}");
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(LETTER, c.bodyText());
        assertEquals(rig.s3.headObject(h -> h.bucket(LambdaRig.BUCKET).key("letter.txt")).eTag(),
                c.header("x-amz-fwd-header-etag"));
        assertEquals("x", c.header("x-amz-meta-owner"));
        assertEquals("pass", rig.audit.get(0).decision());
    }

    @Test
    void tokeniseModeGivesConsistentTokens() {
        get("letter.txt", "{\"mode\":\"tokenise\"}");
        String first = rig.receiver.only().bodyText();
        rig.receiver.clear();
        get("letter.txt", "{\"mode\":\"tokenise\"}");
        assertEquals(first, rig.receiver.only().bodyText());
        assertFalse(first.contains("Mary Smith") || first.contains("mary.smith@example.com"));
        assertTrue(first.contains("@"), "e-mail tokens keep their shape");
    }

    @Test
    void denyModeRefusesObjectsWithPersonalDataAndPassesCleanOnes() {
        get("letter.txt", "{\"mode\":\"deny\"}");
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(403, c.status());
        assertEquals("AccessDenied", c.header("x-amz-fwd-error-code"));
        assertEquals(0, c.body().length);
        assertTrue(AuditLog.toJson(rig.audit.get(0)).contains(AuditRecord.DENIED_KEYWORD));
        rig.receiver.clear();
        get("clean.txt", "{\"mode\":\"deny\"}");
        assertEquals(CLEAN, rig.receiver.only().bodyText());
        assertEquals("clean", rig.audit.get(1).decision());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusDocumentIsRedactedInItsOwnFormatWithNothingLeft(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        get(key(file), REDACT);
        WgorReceiver.Call c = rig.receiver.only();
        if (!LeakAudit.readable(original, file.getFileName().toString())) {
            // a scanned PDF with no text layer, a legacy format: refused, never passed through
            assertEquals(400, c.status(), file.toString());
            assertTrue(java.util.Set.of("UnreadableDocument", "UnsupportedDocument")
                    .contains(c.header("x-amz-fwd-error-code")), c.header("x-amz-fwd-error-code"));
            assertEquals(0, c.body().length);
            return;
        }
        Set<String> values = LeakAudit.detectedValues(original, file.getFileName().toString());
        assertEquals(200, c.status(), () -> file + ": " + c.header("x-amz-fwd-error-code"));
        assertEquals(java.util.List.of(), LeakAudit.leaks(c.body(), file.getFileName().toString(), values),
                file + ": detected values left in the answer (indexes)");
        if (!values.isEmpty()) {
            assertFalse(java.util.Arrays.equals(original, c.body()), file + ": answer is the original");
        }
    }

    @Test
    void rangeIsAppliedToTheRedactedBody() {
        get("letter.txt", REDACT);
        byte[] whole = rig.receiver.only().body();
        rig.receiver.clear();
        rig.invoke(Events.get(rig.presignGet("letter.txt"), LambdaRig.BUCKET, "letter.txt", REDACT, "analyst",
                Map.of("Range", "bytes=5-14"), null), 30_000);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(206, c.status());
        assertEquals("bytes 5-14/" + whole.length, c.header("x-amz-fwd-header-content-range"));
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 5, 15), c.body());
    }

    @Test
    void unsatisfiableRangeAndPartNumbersAre416WithoutBody() {
        rig.invoke(Events.get(rig.presignGet("letter.txt"), LambdaRig.BUCKET, "letter.txt", REDACT, "analyst",
                Map.of("Range", "bytes=100000-"), null), 30_000);
        assertEquals(416, rig.receiver.only().status());
        assertEquals("InvalidRange", rig.receiver.only().header("x-amz-fwd-error-code"));
        rig.receiver.clear();
        rig.invoke(Events.get(rig.presignGet("letter.txt"), LambdaRig.BUCKET, "letter.txt", REDACT, "analyst",
                Map.of(), "partNumber=2"), 30_000);
        assertEquals(416, rig.receiver.only().status());
        assertEquals(0, rig.receiver.only().body().length);
        rig.receiver.clear();
        rig.invoke(Events.get(rig.presignGet("letter.txt"), LambdaRig.BUCKET, "letter.txt", REDACT, "analyst",
                Map.of(), "partNumber=1"), 30_000);
        assertEquals(206, rig.receiver.only().status());
    }

    @Test
    void headReportsTheLengthOfTheRedactedObject() {
        get("letter.txt", REDACT);
        int getLength = rig.receiver.only().body().length;
        JsonNode head = rig.invoke(Events.head(rig.presignHead("letter.txt"), LambdaRig.BUCKET, "letter.txt", REDACT,
                "analyst"), 30_000);
        assertEquals(200, head.path("statusCode").asInt());
        assertEquals(Integer.toString(getLength), head.path("headers").path("Content-Length").asText());
        assertNotEquals(LETTER.length(), getLength);
        JsonNode pass = rig.invoke(Events.head(rig.presignHead("letter.txt"), LambdaRig.BUCKET, "letter.txt",
                "{\"mode\":\"pass\"}", "analyst"), 30_000);
        assertEquals(Integer.toString(LETTER.getBytes(StandardCharsets.UTF_8).length),
                pass.path("headers").path("Content-Length").asText());
        JsonNode denied = rig.invoke(Events.head(rig.presignHead("letter.txt"), LambdaRig.BUCKET, "letter.txt",
                "{\"mode\":\"deny\"}", "analyst"), 30_000);
        assertEquals(403, denied.path("statusCode").asInt());
        assertEquals("AccessDenied", denied.path("errorCode").asText());
        assertTrue(rig.receiver.calls().size() == 1, "HEAD never calls WriteGetObjectResponse");
    }

    @Test
    void listPassesThroughS3Listing() {
        JsonNode r = rig.invoke(Events.listV2(rig.presignList(), LambdaRig.BUCKET, REDACT, "analyst"), 30_000);
        assertEquals(200, r.path("statusCode").asInt(), r::toString);
        assertTrue(r.path("listResultXml").asText().contains("<Key>letter.txt</Key>"));
    }

    @Test
    void s3ErrorsPassThroughWithTheirCode() {
        get("no-such-object.txt", REDACT);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(404, c.status());
        assertEquals("NoSuchKey", c.header("x-amz-fwd-error-code"));
        assertEquals(0, c.body().length);
    }

    @Test
    void signedChecksumModeHeaderIsForwarded() {
        String url = rig.presignGet("letter.txt", g -> g.checksumMode(ChecksumMode.ENABLED), Duration.ofMinutes(5));
        assertTrue(url.toLowerCase().contains("x-amz-checksum-mode"), "the header is signed");
        rig.invoke(Events.get(url, LambdaRig.BUCKET, "letter.txt", REDACT, "analyst",
                Map.of("x-amz-checksum-mode", "ENABLED"), null), 30_000);
        assertEquals(200, rig.receiver.only().status());
        rig.receiver.clear();
        rig.invoke(Events.get(url, LambdaRig.BUCKET, "letter.txt", REDACT, "analyst", Map.of(), null), 30_000);
        assertEquals(403, rig.receiver.only().status(), "without the signed header S3 refuses the presigned URL");
    }

    @Test
    void expiredPresignedUrlIsRefusedByS3AndPassedOn() throws InterruptedException {
        String url = rig.presignGet("letter.txt", g -> { }, Duration.ofSeconds(1));
        Thread.sleep(2100);
        rig.invoke(Events.get(url, LambdaRig.BUCKET, "letter.txt", "{\"mode\":\"pass\"}", "analyst", Map.of(), null), 30_000);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(403, c.status());
        assertEquals(0, c.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"mode\":\"redact\",\"colour\":1}", "not json", "{\"callers\":[{\"mode\":\"pass\"}]}"})
    void invalidPayloadIsACleanErrorWithAReason(String payload) {
        get("letter.txt", payload);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(500, c.status());
        assertEquals("InvalidConfiguration", c.header("x-amz-fwd-error-code"));
        assertTrue(c.header("x-amz-fwd-error-message").startsWith("the access point payload is invalid"));
        assertEquals(0, c.body().length);
    }

    @Test
    void malformedEventWithARouteStillGetsOneResponse() {
        ObjectNode e = Events.get(rig.presignGet("letter.txt"), LambdaRig.BUCKET, "letter.txt", REDACT, "analyst",
                Map.of(), null);
        e.put("userIdentity", 5);
        JsonNode out = rig.invoke(e, 30_000);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(400, c.status());
        assertEquals("InvalidRequest", c.header("x-amz-fwd-error-code"));
        assertEquals(400, out.path("statusCode").asInt());
        JsonNode junk = rig.invokeRaw("\u0000garbage");
        assertEquals(400, junk.path("statusCode").asInt());
        assertEquals(1, rig.receiver.calls().size(), "no route, no second response");
    }

    @Test
    void unsupportedObjectsAreRefusedUnlessThePolicyPassesThem() {
        get("archive.zip", REDACT);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(400, c.status());
        assertEquals("UnsupportedDocument", c.header("x-amz-fwd-error-code"));
        rig.receiver.clear();
        get("archive.zip", "{\"mode\":\"redact\",\"unsupported\":\"pass\"}");
        assertArrayEquals(zipBytes(), rig.receiver.only().body());
    }

    @Test
    void oversizedObjectsAreRefused() {
        // text streams past maxObjectBytes, up to maxStreamBytes
        get("letter.txt", "{\"mode\":\"redact\",\"maxObjectBytes\":10,\"maxStreamBytes\":10}");
        assertEquals(400, rig.receiver.only().status());
        assertEquals("EntityTooLarge", rig.receiver.only().header("x-amz-fwd-error-code"));
        assertEquals(0, rig.receiver.only().body().length);
    }

    @Test
    void missedDeadlineIs503WithoutBody() {
        rig.invoke(Events.get(rig.presignGet("office/letter.docx"), LambdaRig.BUCKET, "office/letter.docx", REDACT,
                "analyst", Map.of(), null), 520);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(503, c.status());
        assertEquals(0, c.body().length);
        assertEquals("error", rig.audit.get(0).decision());
    }

    @Test
    void tokeniseWithoutAKeyFailsClosed() {
        try (LambdaRig keyless = new LambdaRig(PrincipalTags.NONE, false)) {
            keyless.put("letter.txt", LETTER.getBytes(StandardCharsets.UTF_8), "text/plain");
            keyless.invoke(Events.get(keyless.presignGet("letter.txt"), LambdaRig.BUCKET, "letter.txt",
                    "{\"mode\":\"tokenise\"}", "analyst", Map.of(), null), 30_000);
            WgorReceiver.Call c = keyless.receiver.only();
            assertEquals(500, c.status());
            assertEquals(0, c.body().length);
        }
    }

    @Test
    void failedWriteGetObjectResponseDoesNotThrow() {
        rig.receiver.failWith(500);
        JsonNode out = get("letter.txt", REDACT);
        assertTrue(rig.receiver.calls().size() >= 1);
        assertEquals(200, out.path("statusCode").asInt());
    }

    static byte[] zipBytes() {
        return new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }
}
