package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veil.pipeline.AuditRecord;
import dev.veil.policy.PrincipalTags;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults around the Object Lambda function, through the real handler: S3 failing or too slow
 * behind the presigned URL, the deadline passing in the fetch, and WriteGetObjectResponse
 * failing. Each answer is written once, without a body, and audited.
 */
class FetchFaultsIT {
    static final String REDACT = "{\"mode\":\"redact\"}";
    static LambdaRig rig;
    static FlakyS3 s3;

    @BeforeAll
    static void start() throws Exception {
        rig = new LambdaRig(PrincipalTags.NONE, true);
        s3 = new FlakyS3();
    }

    @AfterAll
    static void stop() {
        s3.close();
        rig.close();
    }

    @BeforeEach
    void clear() {
        rig.receiver.clear();
        rig.receiver.failWith(0);
        rig.audit.clear();
    }

    /** Invokes the handler for a GET through the flaky S3 with {@code remainingMillis} of Lambda time left. */
    static WgorReceiver.Call get(String payload, int remainingMillis) {
        assertTimeoutPreemptively(Duration.ofMillis(remainingMillis).plusSeconds(10), () -> rig.invoke(
                Events.get(s3.url("letter.txt"), LambdaRig.BUCKET, "letter.txt", payload, "analyst", Map.of(), null),
                remainingMillis), "the handler answers before Lambda's own deadline");
        return rig.receiver.only();
    }

    static void assertAudited(int status, String code) {
        assertEquals(1, rig.audit.size());
        AuditRecord a = rig.audit.get(0);
        assertEquals("error", a.decision());
        assertEquals(status, a.status());
        assertEquals(code, a.errorCode());
        assertEquals(0, a.bytesOut());
    }

    @ParameterizedTest
    @CsvSource({"INTERNAL_ERROR, 500, InternalError", "SLOW_DOWN, 503, SlowDown", "HANG_UP, 503, ServiceUnavailable",
            "SHORT_BODY, 503, ServiceUnavailable"})
    void s3ErrorsReachTheCallerWithoutABody(FlakyS3.Behaviour behaviour, int status, String code) {
        s3.behave(behaviour);
        for (String payload : new String[] {REDACT, "{\"mode\":\"deny\"}", "{\"mode\":\"pass\"}"}) {
            rig.receiver.clear();
            rig.audit.clear();
            WgorReceiver.Call c = get(payload, 30_000);
            assertEquals(status, c.status(), payload);
            assertEquals(code, c.header("x-amz-fwd-error-code"), payload);
            assertEquals(0, c.body().length, payload);
            assertAudited(status, code);
        }
    }

    @ParameterizedTest
    @CsvSource({"LATE_HEADERS", "STALLED_BODY"})
    void slowS3IsCutOffAtTheDeadline(FlakyS3.Behaviour behaviour) {
        s3.behave(behaviour);
        long t0 = System.nanoTime();
        WgorReceiver.Call c = get(REDACT, 3_000);
        long took = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        assertEquals(503, c.status());
        assertEquals("ServiceUnavailable", c.header("x-amz-fwd-error-code"));
        assertTrue(c.header("x-amz-fwd-error-message").contains("fetch"), c.header("x-amz-fwd-error-message"));
        assertEquals(0, c.body().length);
        assertTrue(took < 3_000, "answered within the Lambda time left (" + took + " ms)");
        assertAudited(503, "ServiceUnavailable");
    }

    @Test
    void deadlineAlreadyPassedBeforeTheFetchIsA503() {
        s3.behave(FlakyS3.Behaviour.INTERNAL_ERROR);
        int before = s3.requests.get();
        WgorReceiver.Call c = get(REDACT, 400);
        assertEquals(503, c.status());
        assertEquals(0, c.body().length);
        assertEquals(before, s3.requests.get(), "no fetch once the time is gone");
        assertAudited(503, "ServiceUnavailable");
    }

    @Test
    void aMalformedCallerUrlInTheEventIsA400WithoutFetching() {
        int before = s3.requests.get();
        com.fasterxml.jackson.databind.node.ObjectNode e = Events.get(s3.url("letter.txt"), LambdaRig.BUCKET,
                "letter.txt", REDACT, "analyst", Map.of(), null);
        ((com.fasterxml.jackson.databind.node.ObjectNode) e.path("userRequest")).put("url", "https://h/%zz?partNumber=1");
        rig.invoke(e, 30_000);
        WgorReceiver.Call c = rig.receiver.only();
        assertEquals(400, c.status());
        assertEquals("InvalidRequest", c.header("x-amz-fwd-error-code"));
        assertEquals(0, c.body().length);
        assertEquals(before, s3.requests.get(), "nothing fetched for a request that cannot be described");
    }

    @Test
    void failedWriteGetObjectResponseIsLoggedAndTheRequestStillAudited() {
        rig.put("letter.txt", FlakyS3.BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain");
        rig.receiver.failWith(503);
        JsonNode out = rig.invoke(Events.get(rig.presignGet("letter.txt"), LambdaRig.BUCKET, "letter.txt", REDACT,
                "analyst", Map.of(), null), 30_000);
        assertEquals(200, out.path("statusCode").asInt(), "the handler itself does not fail");
        assertTrue(rig.receiver.calls().size() >= 1, "WriteGetObjectResponse was attempted");
        assertEquals(1, rig.audit.size());
        assertEquals("redact", rig.audit.get(0).decision());
    }
}
