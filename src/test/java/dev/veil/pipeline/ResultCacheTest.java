package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.BatchDetector;
import dev.veil.detect.BatchResult;
import dev.veil.detect.ContainsResult;
import dev.veil.detect.EntityType;
import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import dev.veil.policy.PrincipalTags;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The container's answer cache: hits skip detection, any change to object, policy or mode misses. */
class ResultCacheTest {
    static final byte[] PII = "Dear Mary Smith, mail mary.smith@example.com\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] CLEAN = "Revenue grew in every region.\n".getBytes(StandardCharsets.UTF_8);

    final AtomicInteger remoteCalls = new AtomicInteger();
    final List<AuditRecord> audit = new ArrayList<>();
    final ResultCache cache = new ResultCache(1 << 20);
    final ObjectPipeline pipeline = new ObjectPipeline(PrincipalTags.NONE, TransformFactory.withoutKeys(),
            new CountingRemote(), audit::add, Clock.systemUTC(), cache);

    /** A remote detector that finds nothing and counts its calls (each would be billed). */
    final class CountingRemote implements BatchDetector {
        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Set<EntityType> types() {
            return Set.of(EntityType.NAME);
        }

        @Override
        public BatchResult detect(List<String> texts, Instant deadline) {
            remoteCalls.incrementAndGet();
            List<List<dev.veil.detect.Finding>> none = new ArrayList<>();
            texts.forEach(t -> none.add(List.of()));
            return new BatchResult(none, 3);
        }

        @Override
        public ContainsResult containsAny(List<String> texts, Instant deadline) {
            remoteCalls.incrementAndGet();
            return new ContainsResult(false, Set.of(), 3);
        }
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    ObjectResponse get(String payload, byte[] body, String etag, String version) {
        Map<String, String> h = new HashMap<>();
        h.put("Content-Type", "text/plain");
        if (etag != null) {
            h.put("ETag", etag);
        }
        if (version != null) {
            h.put("x-amz-version-id", version);
        }
        ObjectRequest req = new ObjectRequest("r", "test", "ap", Caller.of("arn:aws:iam::111122223333:user/a",
                "111122223333"), "bucket", "doc.txt", "", "", 0, false);
        return pipeline.handle(req, PolicyParser.parse(payload), (d, m) -> new SourceObject(200, h, body),
                Deadline.in(Duration.ofSeconds(20), Clock.systemUTC()));
    }

    boolean lastCached() {
        return audit.get(audit.size() - 1).cached();
    }

    @Test
    void aSecondReadOfTheSameVersionIsAHitAndSkipsDetection() {
        ObjectResponse first = get("{\"mode\":\"redact\"}", PII, "\"e1\"", "v1");
        assertFalse(lastCached());
        assertEquals(1, remoteCalls.get());
        ObjectResponse second = get("{\"mode\":\"redact\"}", PII, "\"e1\"", "v1");
        assertTrue(lastCached());
        assertEquals(1, remoteCalls.get(), "no second (billed) detection");
        assertArrayEquals(first.body(), second.body());
        assertEquals(first.headers().get("ETag"), second.headers().get("ETag"));
        assertEquals(audit.get(0).entities(), audit.get(1).entities());
        assertTrue(AuditLog.toJson(audit.get(1)).contains("\"cached\":true"));
    }

    @Test
    void policyModeEtagAndVersionChangesMiss() {
        get("{\"mode\":\"redact\"}", PII, "\"e1\"", "v1");
        get("{\"mode\":\"redact\",\"style\":\"mask\"}", PII, "\"e1\"", "v1");
        assertFalse(lastCached(), "another policy");
        get("{\"mode\":\"deny\"}", PII, "\"e1\"", "v1");
        assertFalse(lastCached(), "another mode");
        get("{\"mode\":\"redact\"}", PII, "\"e2\"", "v1");
        assertFalse(lastCached(), "another ETag");
        get("{\"mode\":\"redact\"}", PII, "\"e1\"", "v2");
        assertFalse(lastCached(), "another version");
        get("{\"mode\":\"redact\"}", PII, "\"e1\"", "v1");
        assertTrue(lastCached(), "the first again");
    }

    @Test
    void objectsWithoutEtagAreNeverCached() {
        get("{\"mode\":\"redact\"}", PII, null, null);
        get("{\"mode\":\"redact\"}", PII, null, null);
        assertFalse(lastCached());
        assertEquals(0, cache.size());
    }

    @Test
    void denyDecisionsAreCachedWithoutKeepingTheOriginal() {
        ObjectResponse denied = get("{\"mode\":\"deny\"}", PII, "\"p\"", null);
        assertEquals(403, denied.status());
        ObjectResponse again = get("{\"mode\":\"deny\"}", PII, "\"p\"", null);
        assertEquals(403, again.status());
        assertEquals(0, again.body().length);
        assertTrue(lastCached());
        get("{\"mode\":\"deny\"}", CLEAN, "\"c\"", null);
        int calls = remoteCalls.get();
        ObjectResponse clean = get("{\"mode\":\"deny\"}", CLEAN, "\"c\"", null);
        assertTrue(lastCached());
        assertEquals(calls, remoteCalls.get());
        assertArrayEquals(CLEAN, clean.body(), "the bytes fetched now are served, not a kept copy");
    }

    @Test
    void theCacheStaysWithinItsBound() {
        ResultCache small = new ResultCache(8 * 1024);
        for (int i = 0; i < 100; i++) {
            small.put(new ResultCache.Key("b", "k" + i, "e", "", "p", "redact", ""),
                    new ResultCache.Entry(ObjectResponse.ok(200, Map.of(), new byte[1000]), Map.of(), "text", false));
        }
        assertTrue(small.size() <= 8, "entries: " + small.size());
        assertTrue(small.get(new ResultCache.Key("b", "k99", "e", "", "p", "redact", "")).isPresent(), "newest kept");
        assertFalse(small.get(new ResultCache.Key("b", "k0", "e", "", "p", "redact", "")).isPresent(), "oldest evicted");
    }
}
