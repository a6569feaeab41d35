package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.BatchDetector;
import dev.veil.detect.BatchResult;
import dev.veil.detect.ContainsResult;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import dev.veil.policy.PrincipalTags;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TestClock;
import dev.veil.transform.TokenKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shared tier across two pipelines (two containers) with one store: a hit skips detection and
 * Comprehend and still rewrites with the cached spans; every change or fault is a miss that
 * detects again, and nothing stored holds a value or the object key.
 */
class SharedDetectionCacheTest {
    /** Found only by the remote detector, so a hit's answer shows that its spans came from the cache. */
    static final String REMOTE_ONLY = "Zorblaxia";
    static final String EMAIL = "mary.smith@example.com";
    static final String OBJECT_KEY = "patients/mary-smith-record.txt";
    static final byte[] DOC = ("Dear " + REMOTE_ONLY + ", write to " + EMAIL + " today.\n")
            .getBytes(StandardCharsets.UTF_8);
    static final String REDACT = "{\"mode\":\"redact\"}";

    final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    final MemoryCacheStore store = new MemoryCacheStore();
    final KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), clock.instant()));
    final AtomicInteger remoteCalls = new AtomicInteger();
    final List<SharedDetectionCache.Outcome> outcomes = new CopyOnWriteArrayList<>();
    final List<ObjectPipeline> pipelines = new ArrayList<>();

    /** Finds {@link #REMOTE_ONLY} as a name, counting its (billed) calls. */
    final class RemoteOnlyNames implements BatchDetector {
        @Override
        public String name() {
            return "remote";
        }

        @Override
        public Set<EntityType> types() {
            return Set.of(EntityType.NAME);
        }

        @Override
        public BatchResult detect(List<String> texts, Instant deadline) {
            remoteCalls.incrementAndGet();
            List<List<Finding>> out = new ArrayList<>();
            for (String t : texts) {
                int i = t.indexOf(REMOTE_ONLY);
                out.add(i < 0 ? List.of() : List.of(new Finding(EntityType.NAME, i, i + REMOTE_ONLY.length(), 0.9,
                        "remote", Explanation.of("remote", 0.9))));
            }
            return new BatchResult(out, 1);
        }

        @Override
        public ContainsResult containsAny(List<String> texts, Instant deadline) {
            throw new AssertionError("deny mode is not used here");
        }
    }

    ObjectPipeline container(Supplier<KeyRing> keys, SharedCacheStore s) {
        SharedDetectionCache shared = new SharedDetectionCache(s, keys,
                SharedDetectionCache.Settings.defaults("test-detector"), clock, outcomes::add);
        ObjectPipeline p = new ObjectPipeline(PrincipalTags.NONE, TransformFactory.withoutKeys(), new RemoteOnlyNames(),
                r -> { }, clock, ResultCache.off(), shared);
        pipelines.add(p);
        return p;
    }

    ObjectPipeline container() {
        return container(() -> ring, store);
    }

    @AfterEach
    void close() {
        pipelines.forEach(ObjectPipeline::close);
    }

    static String get(ObjectPipeline p, String payload, byte[] body, String etag) {
        Map<String, String> h = new HashMap<>();
        h.put("Content-Type", "text/plain");
        h.put("ETag", etag);
        h.put("x-amz-version-id", "v1");
        ObjectRequest req = new ObjectRequest("r", "test", "ap", Caller.of("arn:aws:iam::111122223333:user/a",
                "111122223333"), "bucket", OBJECT_KEY, "", "", 0, false);
        ObjectResponse r = p.handle(req, PolicyParser.parse(payload), (d, m) -> new SourceObject(200, h, body),
                Deadline.in(Duration.ofSeconds(20), java.time.Clock.systemUTC()));
        assertEquals(200, r.status(), r.errorCode());
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    SharedDetectionCache.Outcome last() {
        return outcomes.get(outcomes.size() - 1);
    }

    static void assertClean(String answer) {
        assertFalse(answer.contains(REMOTE_ONLY), answer);
        assertFalse(answer.contains(EMAIL), answer);
    }

    @Test
    void aSecondContainerSkipsDetectionAndComprehendAndRewritesFromTheCachedSpans() {
        String first = get(container(), REDACT, DOC, "\"e1\"");
        assertEquals(1, remoteCalls.get());
        assertEquals(List.of(SharedDetectionCache.Outcome.MISS, SharedDetectionCache.Outcome.STORED), outcomes);
        String second = get(container(), REDACT, DOC, "\"e1\"");
        assertEquals(1, remoteCalls.get(), "no second Comprehend call");
        assertEquals(SharedDetectionCache.Outcome.HIT, last());
        assertEquals(first, second);
        assertClean(second);
    }

    @Test
    void aStyleChangeStillHitsButADetectionSettingChangeMisses() {
        get(container(), REDACT, DOC, "\"e1\"");
        assertClean(get(container(), "{\"mode\":\"redact\",\"style\":\"mask\"}", DOC, "\"e1\""));
        assertEquals(SharedDetectionCache.Outcome.HIT, last(), "style is not a detection setting");
        for (String payload : List.of("{\"mode\":\"redact\",\"minScore\":0.6}",
                "{\"mode\":\"redact\",\"entities\":[\"NAME\",\"EMAIL\"]}",
                "{\"mode\":\"redact\",\"allowList\":[\"nobody\"]}")) {
            int calls = remoteCalls.get();
            get(container(), payload, DOC, "\"e1\"");
            assertEquals(SharedDetectionCache.Outcome.STORED, last(), payload);
            assertEquals(calls + 1, remoteCalls.get(), payload + " detects again");
        }
    }

    @Test
    void anotherEtagOrVersionOrDetectorMisses() {
        get(container(), REDACT, DOC, "\"e1\"");
        get(container(), REDACT, DOC, "\"e2\"");
        assertEquals(2, remoteCalls.get(), "new ETag");
        SharedDetectionCache other = new SharedDetectionCache(store, () -> ring,
                SharedDetectionCache.Settings.defaults("next-detector"), clock, outcomes::add);
        ObjectPipeline upgraded = new ObjectPipeline(PrincipalTags.NONE, TransformFactory.withoutKeys(),
                new RemoteOnlyNames(), r -> { }, clock, ResultCache.off(), other);
        pipelines.add(upgraded);
        get(upgraded, REDACT, DOC, "\"e1\"");
        assertEquals(3, remoteCalls.get(), "new detector version");
    }

    @Test
    void anExpiredEntryMisses() {
        get(container(), REDACT, DOC, "\"e1\"");
        clock.advance(Duration.ofHours(23));
        get(container(), REDACT, DOC, "\"e1\"");
        assertEquals(SharedDetectionCache.Outcome.HIT, last());
        clock.advance(Duration.ofHours(2));
        assertClean(get(container(), REDACT, DOC, "\"e1\""));
        assertEquals(2, remoteCalls.get(), "a day old: detected again");
        assertTrue(outcomes.contains(SharedDetectionCache.Outcome.REJECTED));
    }

    @Test
    void aShorterTtlTakesEffectAtOnceButSmallClockSkewDoesNot() {
        get(container(), REDACT, DOC, "\"e1\"");
        clock.advance(Duration.ofMinutes(-2));
        get(container(), REDACT, DOC, "\"e1\"");
        assertEquals(SharedDetectionCache.Outcome.HIT, last(), "a reader two minutes behind the writer");
        SharedDetectionCache hourly = new SharedDetectionCache(store, () -> ring, new SharedDetectionCache.Settings(
                Duration.ofHours(1), Duration.ofMillis(300), Duration.ofMillis(300), "test-detector"), clock, outcomes::add);
        ObjectPipeline p = new ObjectPipeline(PrincipalTags.NONE, TransformFactory.withoutKeys(), new RemoteOnlyNames(),
                r -> { }, clock, ResultCache.off(), hourly);
        pipelines.add(p);
        get(p, REDACT, DOC, "\"e1\"");
        assertEquals(2, remoteCalls.get(), "a day-long entry is not used under a one-hour TTL");
    }

    @Test
    void anEntryForOtherTextsIsIgnored() {
        get(container(), REDACT, DOC, "\"e1\"");
        byte[] changed = ("Hello " + REMOTE_ONLY + " and " + EMAIL + ", and " + REMOTE_ONLY + "!\n")
                .getBytes(StandardCharsets.UTF_8);
        String answer = get(container(), REDACT, changed, "\"e1\"");
        assertEquals(SharedDetectionCache.Outcome.STORED, last());
        assertTrue(outcomes.contains(SharedDetectionCache.Outcome.REJECTED));
        assertClean(answer);
    }

    @Test
    void tamperedMovedAndForeignEntriesAreIgnored() {
        get(container(), REDACT, DOC, "\"e1\"");
        String id = store.entries.keySet().iterator().next();
        byte[] sealed = store.entries.get(id);
        List<byte[]> bad = new ArrayList<>();
        for (int i : new int[] {0, sealed.length / 2, sealed.length - 1}) {
            byte[] b = sealed.clone();
            b[i] ^= 1;
            bad.add(b);
        }
        bad.add(java.util.Arrays.copyOf(sealed, sealed.length - 20));
        bad.add(new byte[0]);
        MemoryCacheStore foreignStore = new MemoryCacheStore();
        KeyRing foreign = KeyRing.of(TokenKey.generate(new SecureRandom(), clock.instant()));
        get(container(() -> foreign, foreignStore), REDACT, DOC, "\"e1\"");
        bad.add(foreignStore.entries.values().iterator().next());
        get(container(), REDACT, DOC, "\"other-etag\"");
        store.entries.entrySet().stream().filter(e -> !e.getKey().equals(id)).findFirst()
                .ifPresent(e -> bad.add(e.getValue()));
        assertEquals(7, bad.size());
        for (byte[] b : bad) {
            store.entries.put(id, b);
            int calls = remoteCalls.get();
            assertClean(get(container(), REDACT, DOC, "\"e1\""));
            assertEquals(calls + 1, remoteCalls.get(), "detected again");
        }
        assertEquals(7, outcomes.stream().filter(o -> o == SharedDetectionCache.Outcome.REJECTED).count());
    }

    @Test
    void aStoreThatIsDownOrAKeyRingThatFailsNeverFailsTheRequest() {
        store.down = true;
        assertClean(get(container(), REDACT, DOC, "\"e1\""));
        assertTrue(outcomes.containsAll(List.of(SharedDetectionCache.Outcome.READ_FAILED,
                SharedDetectionCache.Outcome.WRITE_FAILED)));
        store.down = false;
        assertClean(get(container(() -> {
            throw new IllegalStateException("SSM unavailable");
        }, store), REDACT, DOC, "\"e1\""));
        assertClean(get(container(() -> null, store), REDACT, DOC, "\"e1\""));
        assertEquals(SharedDetectionCache.Outcome.UNAVAILABLE, last());
        assertEquals(3, remoteCalls.get());
        assertTrue(store.entries.isEmpty());
    }

    @Test
    void nothingStoredHoldsAValueTheTextOrTheObjectKey() {
        get(container(), REDACT, DOC, "\"e1\"");
        get(container(), REDACT, DOC, "\"e2\"");
        assertEquals(2, store.entries.size());
        List<String> secrets = List.of(REMOTE_ONLY, EMAIL, "mary", "Dear", OBJECT_KEY, "mary-smith", "patients", "bucket");
        store.entries.forEach((id, sealed) -> {
            for (String s : secrets) {
                for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    assertFalse(indexOf(sealed, s.getBytes(cs)) >= 0, "entry holds " + s);
                }
                assertFalse(id.contains(s), "id holds " + s);
            }
        });
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
