package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.pipeline.AuditRecord;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.ObjectRequest;
import dev.veil.pipeline.ObjectResponse;
import dev.veil.pipeline.ObjectSource;
import dev.veil.pipeline.SourceObject;
import dev.veil.pipeline.TransformFactory;
import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import dev.veil.policy.PrincipalTags;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.comprehend.ComprehendClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The services around the pipeline failing, with the real adapters against local fakes: Amazon
 * Comprehend throttling, failing or too slow; IAM tag lookups failing; the token key not loading.
 * Each shows the fail-closed answer (no body, 503 or 500) and the audit record of the request.
 */
class ServiceFaultsIT {
    static final String TEXT = "Note for Bob Sample: card 4111 1111 1111 1111.\n";
    static final String CLEAN = "Quarterly revenue grew in every region.\n";
    static final Caller ROLE = new Caller("AssumedRole", "arn:aws:sts::111122223333:assumed-role/analyst/s1",
            "111122223333", "AROAEXAMPLE:s1", "ASIAEXAMPLE", "", "Role", "arn:aws:iam::111122223333:role/analyst");

    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    final FakeComprehend fake = new FakeComprehend();
    AwsJsonServer comprehendServer;
    ComprehendClient comprehendClient;
    ComprehendDetector comprehend;
    ObjectPipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        comprehendServer = new AwsJsonServer("application/x-amz-json-1.1", fake);
        comprehendClient = comprehendServer.configure(ComprehendClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        comprehend = new ComprehendDetector(comprehendClient, ComprehendSettings.defaults()
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        comprehend.close();
        comprehendClient.close();
        comprehendServer.close();
    }

    ObjectPipeline pipeline(PrincipalTags tags, Supplier<KeyRing> keys) {
        pipeline = new ObjectPipeline(tags, new TransformFactory(keys), comprehend, audit::add, Clock.systemUTC());
        return pipeline;
    }

    ObjectPipeline pipeline() {
        KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        return pipeline(PrincipalTags.NONE, () -> ring);
    }

    static ObjectResponse run(ObjectPipeline p, String payload, String text, Duration budget) {
        ObjectSource source = (d, max) -> new SourceObject(200, Map.of("content-type", "text/plain"),
                text.getBytes(StandardCharsets.UTF_8));
        ObjectRequest request = new ObjectRequest("fault-1", "test", "ap", ROLE, "b", "note.txt", "", "", 0, false);
        return assertTimeoutPreemptively(budget.plusSeconds(20), () -> p.handle(request, PolicyParser.parse(payload),
                source, Deadline.in(budget, Clock.systemUTC())));
    }

    void assertFailedClosed(ObjectResponse r, int status, String code) {
        assertEquals(status, r.status(), () -> r.errorCode() + " " + r.errorMessage());
        assertEquals(code, r.errorCode());
        assertEquals(0, r.body().length, "no body on an error path");
        AuditRecord a = audit.get(audit.size() - 1);
        assertEquals("error", a.decision());
        assertEquals(status, a.status());
        assertEquals(code, a.errorCode());
        assertEquals(0, a.bytesOut());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThrottlingException", "TooManyRequestsException"})
    void comprehendThrottlingThatOutlastsTheRetriesFailsClosed(String code) {
        fake.always(FakeComprehend.throttling(code));
        assertFailedClosed(run(pipeline(), "{\"mode\":\"redact\"}", TEXT, Duration.ofSeconds(20)), 503,
                "ServiceUnavailable");
        assertTrue(comprehendServer.received().size() > 1, "throttled calls are retried before giving up");
    }

    @Test
    void comprehendOutageFailsClosedInRedactAndDenyMode() {
        fake.always(FakeComprehend.internalError());
        assertFailedClosed(run(pipeline(), "{\"mode\":\"redact\"}", TEXT, Duration.ofSeconds(20)), 503,
                "ServiceUnavailable");
        // deny asks Comprehend only when the local detectors found nothing: a clean text must not pass
        assertFailedClosed(run(pipeline, "{\"mode\":\"deny\"}", CLEAN, Duration.ofSeconds(20)), 503,
                "ServiceUnavailable");
    }

    @Test
    void comprehendTooSlowForTheDeadlineFailsClosed() {
        fake.delay(5_000);
        long t0 = System.nanoTime();
        assertFailedClosed(run(pipeline(), "{\"mode\":\"redact\"}", TEXT, Duration.ofSeconds(2)), 503,
                "ServiceUnavailable");
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(5)) < 0,
                "answered at the deadline, not when Comprehend finally replied");
    }

    @Test
    void comprehendUnreachableFailsClosed() {
        comprehendServer.close();
        assertFailedClosed(run(pipeline(), "{\"mode\":\"redact\"}", TEXT, Duration.ofSeconds(20)), 503,
                "ServiceUnavailable");
    }

    @Test
    void iamTagLookupFailureFailsClosedUntilIamAnswers() throws Exception {
        try (FakeIam iam = new FakeIam(); IamClient client = iam.client()) {
            iam.failWithStatus = 500;
            KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
            ObjectPipeline p = pipeline(new IamPrincipalTags(client), () -> ring);
            String payload = "{\"callers\":[{\"tag\":\"pii-access\",\"value\":\"full\",\"mode\":\"pass\"}],\"mode\":\"redact\"}";
            ObjectResponse r = run(p, payload, TEXT, Duration.ofSeconds(20));
            assertFailedClosed(r, 503, "ServiceUnavailable");
            assertEquals("tags", audit.get(0).rule(), "the audit record says the tags could not be read");
            iam.failWithStatus = 0;
            iam.roleTags.put("analyst", FakeIam.tags("pii-access", "full"));
            assertEquals(200, run(p, payload, TEXT, Duration.ofSeconds(20)).status(), "recovers once IAM answers");
        }
    }

    @Test
    void tokenKeyThatCannotBeLoadedFailsClosedAndIsRetriedLater() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean(false);
        KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        AwsJsonServer.Handler ssm = (op, body) -> up.get()
                ? AwsJsonServer.Reply.ok(AwsJsonServer.JSON.createObjectNode().set("Parameter",
                        AwsJsonServer.JSON.createObjectNode().put("Name", "/veil/key").put("Type", "SecureString")
                                .put("Value", dev.veil.transform.KeyFiles.format(ring)).put("Version", 1)).toString())
                : AwsJsonServer.Reply.error("AccessDeniedException", "not authorised to perform ssm:GetParameter");
        try (AwsJsonServer server = new AwsJsonServer("application/x-amz-json-1.1", ssm);
             SsmClient client = server.configure(SsmClient.builder()).build()) {
            Supplier<KeyRing> keys = AwsKeyRings.fromEnvironment(Map.of(AwsKeyRings.SSM_PARAMETER_ENV, "/veil/key"),
                    () -> client, () -> {
                        throw new AssertionError("Secrets Manager is not configured");
                    });
            ObjectPipeline p = pipeline(PrincipalTags.NONE, keys);
            assertFailedClosed(run(p, "{\"mode\":\"tokenise\"}", TEXT, Duration.ofSeconds(20)), 500, "InternalError");
            assertEquals(200, run(p, "{\"mode\":\"redact\"}", TEXT, Duration.ofSeconds(20)).status(),
                    "redaction needs no key");
            up.set(true);
            assertEquals(200, run(p, "{\"mode\":\"tokenise\"}", TEXT, Duration.ofSeconds(20)).status(),
                    "a failed load is not cached");
        }
    }
}
