package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.ObjectRequest;
import dev.veil.pipeline.ObjectResponse;
import dev.veil.pipeline.ResultCache;
import dev.veil.pipeline.SharedDetectionCache;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.comprehend.ComprehendClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Two containers (pipelines with their own answer caches and Comprehend detectors) share one
 * DynamoDB table, spoken to by the real SDK: the second container's read of an object version
 * skips Comprehend; a new version does not; the table holds no value and no object key; a slow or
 * throttling table costs its timeout and never the answer.
 */
class SharedDetectionCacheIT {
    static final String BUCKET = "shared-cache-docs";
    static final String KEY = "reports/alice-example-2026.txt";
    static final String TABLE = "veil-detections";
    static final List<String> SEEDED = List.of("Alice Example", "bob@example.org", "123-45-6789");
    static final byte[] DOC = "Report for Alice Example.\nContact: bob@example.org\nSSN 123-45-6789\n"
            .getBytes(StandardCharsets.UTF_8);

    final EmbeddedS3 s3Store = new EmbeddedS3();
    final S3Client s3 = s3Store.client();
    final FakeComprehend comprehend = new FakeComprehend();
    final FakeDynamoDb dynamo = new FakeDynamoDb(DynamoDbSharedCacheStore.ID);
    /** What the table does before answering (a delay, or a throttling answer instead). */
    volatile AwsJsonServer.Handler tableBehaviour = dynamo;
    final KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
    final List<SharedDetectionCache.Outcome> outcomes = new CopyOnWriteArrayList<>();
    final List<AutoCloseable> closing = new ArrayList<>();
    AwsJsonServer comprehendServer;
    AwsJsonServer dynamoServer;
    DynamoDbClient dynamoClient;

    @BeforeEach
    void start() throws Exception {
        s3.createBucket(b -> b.bucket(BUCKET));
        s3.putObject(b -> b.bucket(BUCKET).key(KEY).contentType("text/plain"), RequestBody.fromBytes(DOC));
        comprehendServer = new AwsJsonServer("application/x-amz-json-1.1", comprehend);
        dynamoServer = new AwsJsonServer("application/x-amz-json-1.0", (op, body) -> tableBehaviour.handle(op, body));
        dynamoClient = dynamoServer.configure(DynamoDbClient.builder()).build();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        dynamoClient.close();
        dynamoServer.close();
        comprehendServer.close();
        s3.close();
        s3Store.close();
    }

    /** One container: its own answer cache and Comprehend detector, the shared table. */
    ObjectPipeline container(Duration storeTimeout) {
        ComprehendClient client = comprehendServer.configure(ComprehendClient.builder()).build();
        ComprehendDetector detector = new ComprehendDetector(client, ComprehendSettings.defaults(), Clock.systemUTC());
        SharedDetectionCache shared = new SharedDetectionCache(new DynamoDbSharedCacheStore(() -> dynamoClient, TABLE),
                () -> ring, new SharedDetectionCache.Settings(Duration.ofDays(1), storeTimeout, storeTimeout, "it"),
                Clock.systemUTC(), outcomes::add);
        ObjectPipeline p = new ObjectPipeline(PrincipalTags.NONE, TransformFactory.withoutKeys(), detector, r -> { },
                Clock.systemUTC(), new ResultCache(1 << 20), shared);
        closing.add(p);
        closing.add(detector);
        closing.add(client);
        return p;
    }

    ObjectPipeline container() {
        return container(Duration.ofSeconds(2));
    }

    /** A redact GET of the object as S3 serves it now (its real ETag), within {@code deadline}. */
    byte[] get(ObjectPipeline p, Duration deadline) {
        ObjectRequest req = new ObjectRequest("r", "test", "ap", Caller.of("arn:aws:iam::111122223333:user/a",
                "111122223333"), BUCKET, KEY, "", "", 0, false);
        ObjectResponse r = p.handle(req, PolicyParser.parse("{\"mode\":\"redact\"}"), (d, max) -> {
            ResponseBytes<GetObjectResponse> o = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(KEY));
            Map<String, String> h = new HashMap<>();
            h.put("Content-Type", o.response().contentType());
            h.put("ETag", o.response().eTag());
            return new SourceObject(200, h, o.asByteArray());
        }, Deadline.in(deadline, Clock.systemUTC()));
        assertEquals(200, r.status(), r.errorCode() + " " + r.errorMessage());
        String text = new String(r.body(), StandardCharsets.UTF_8);
        SEEDED.forEach(v -> assertFalse(text.contains(v), "left in the answer: " + v.length() + " chars"));
        return r.body();
    }

    byte[] get(ObjectPipeline p) {
        return get(p, Duration.ofSeconds(20));
    }

    long tableCalls(String operation) {
        return dynamoServer.received().stream().filter(r -> r.target().endsWith("." + operation)).count();
    }

    @Test
    void aSecondContainerSkipsComprehendAndANewVersionDoesNot() {
        ObjectPipeline first = container();
        byte[] answer = get(first);
        int billed = comprehend.detectTexts.size();
        assertTrue(billed > 0);
        assertEquals(1, dynamo.items.size());
        get(first);
        assertEquals(1, tableCalls("GetItem"), "the container's own answer cache is asked first");

        byte[] fromSecond = get(container());
        assertEquals(billed, comprehend.detectTexts.size(), "no Comprehend call in the second container");
        assertEquals(SharedDetectionCache.Outcome.HIT, outcomes.get(outcomes.size() - 1));
        assertArrayEquals(answer, fromSecond);

        s3.putObject(b -> b.bucket(BUCKET).key(KEY).contentType("text/plain"),
                RequestBody.fromBytes(("Updated. " + new String(DOC, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        get(container());
        assertEquals(2 * billed, comprehend.detectTexts.size(), "a new ETag is detected again");
        assertEquals(2, dynamo.items.size());
    }

    @Test
    void theTableHoldsNoValueNoTextAndNoObjectKeyAndEachItemExpires() {
        get(container());
        assertEquals(1, dynamo.items.size());
        ObjectNode item = dynamo.items.values().iterator().next();
        long expires = item.path(DynamoDbSharedCacheStore.EXPIRES_AT).path("N").asLong();
        long inADay = Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
        assertTrue(Math.abs(expires - inADay) < 120, "TTL attribute a day ahead");
        byte[] entry = Base64.getDecoder().decode(item.path(DynamoDbSharedCacheStore.ENTRY).path("B").asText());
        String raw = item.toString() + new String(entry, StandardCharsets.ISO_8859_1);
        List<String> secrets = new ArrayList<>(SEEDED);
        secrets.addAll(List.of(KEY, "alice-example", "reports/", "Report for", "Contact", BUCKET));
        for (String s : secrets) {
            assertFalse(raw.contains(s), "the item holds " + s);
            assertFalse(new String(entry, StandardCharsets.UTF_16BE).contains(s), "the item holds " + s);
        }
        dynamo.expire(DynamoDbSharedCacheStore.EXPIRES_AT, expires);
        int billed = comprehend.detectTexts.size();
        get(container());
        assertEquals(2 * billed, comprehend.detectTexts.size(), "deleted by TTL: detected again");
    }

    @Test
    void aSlowTableCostsItsTimeoutNotTheAnswer() {
        tableBehaviour = (op, body) -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dynamo.handle(op, body);
        };
        // reading and writing a 1.5 s table would take past the 2.5 s deadline; 150 ms timeouts do not
        get(container(Duration.ofMillis(150)), Duration.ofMillis(2500));
        assertTrue(outcomes.contains(SharedDetectionCache.Outcome.READ_FAILED), outcomes.toString());
        assertTrue(outcomes.contains(SharedDetectionCache.Outcome.WRITE_FAILED), outcomes.toString());
    }

    @Test
    void aThrottlingTableIsAMissAndTheAnswerIsStillRight() {
        tableBehaviour = (op, body) -> AwsJsonServer.Reply.error(
                "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", "Rate exceeded");
        get(container(Duration.ofMillis(500)));
        assertTrue(outcomes.containsAll(List.of(SharedDetectionCache.Outcome.READ_FAILED,
                SharedDetectionCache.Outcome.WRITE_FAILED)), outcomes.toString());
        assertTrue(comprehend.detectTexts.size() > 0);
        assertTrue(dynamo.items.isEmpty());
    }
}
