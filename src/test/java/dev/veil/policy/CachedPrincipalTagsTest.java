package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.transform.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedPrincipalTagsTest {
    private static final Caller ANALYST = new Caller("AssumedRole", "arn:aws:sts::111122223333:assumed-role/analyst/s1",
            "111122223333", "", "", "", "Role", "arn:aws:iam::111122223333:role/team/analyst");
    private static final Caller ANALYST_OTHER_SESSION = new Caller("AssumedRole",
            "arn:aws:sts::111122223333:assumed-role/analyst/s2", "111122223333", "", "", "", "Role",
            "arn:aws:iam::111122223333:role/team/analyst");
    private static final Caller USER = new Caller("IAMUser", "arn:aws:iam::111122223333:user/jdoe",
            "111122223333", "", "", "jdoe", "", "");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final AtomicInteger lookups = new AtomicInteger();

    private PrincipalTags counting(Map<String, String> tags) {
        return caller -> {
            lookups.incrementAndGet();
            return tags;
        };
    }

    @Test
    void aSecondCallForTheSameRoleIsAnsweredFromTheCacheEvenFromAnotherSession() {
        var cache = new CachedPrincipalTags(counting(Map.of("pii-access", "full")), Duration.ofSeconds(300), 10, clock);
        assertEquals(Map.of("pii-access", "full"), cache.tagsOf(ANALYST));
        assertEquals(Map.of("pii-access", "full"), cache.tagsOf(ANALYST_OTHER_SESSION));
        assertEquals(1, lookups.get());
        cache.tagsOf(USER);
        assertEquals(2, lookups.get(), "a user is another principal");
    }

    @Test
    void anAnswerExpiresAfterItsTtl() {
        var cache = new CachedPrincipalTags(counting(Map.of()), Duration.ofSeconds(300), 10, clock);
        cache.tagsOf(ANALYST);
        clock.advance(Duration.ofSeconds(299));
        cache.tagsOf(ANALYST);
        assertEquals(1, lookups.get());
        clock.advance(Duration.ofSeconds(1));
        cache.tagsOf(ANALYST);
        assertEquals(2, lookups.get());
    }

    @Test
    void failuresAreNotCachedAndAlwaysSurfaceAsTagLookupExceptions() {
        AtomicInteger calls = new AtomicInteger();
        PrincipalTags flaky = caller -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                throw new TagLookupException("IAM down", null);
            }
            if (n == 2) {
                throw new IllegalStateException("bug");
            }
            return Map.of("pii-access", "redacted");
        };
        var cache = new CachedPrincipalTags(flaky, Duration.ofSeconds(300), 10, clock);
        assertThrows(TagLookupException.class, () -> cache.tagsOf(ANALYST));
        TagLookupException wrapped = assertThrows(TagLookupException.class, () -> cache.tagsOf(ANALYST));
        assertEquals(IllegalStateException.class, wrapped.getCause().getClass());
        assertEquals(Map.of("pii-access", "redacted"), cache.tagsOf(ANALYST));
        assertEquals(Map.of("pii-access", "redacted"), cache.tagsOf(ANALYST));
        assertEquals(3, calls.get());
    }

    @Test
    void holdsAtMostMaxEntriesDroppingTheLeastRecentlyUsed() {
        var cache = new CachedPrincipalTags(counting(Map.of()), Duration.ofSeconds(300), 2, clock);
        Caller a = Caller.of("arn:aws:iam::1:role/a", "1");
        Caller b = Caller.of("arn:aws:iam::1:role/b", "1");
        Caller c = Caller.of("arn:aws:iam::1:role/c", "1");
        cache.tagsOf(a);
        cache.tagsOf(b);
        cache.tagsOf(a);
        cache.tagsOf(c);
        assertEquals(3, lookups.get());
        cache.tagsOf(a);
        assertEquals(3, lookups.get(), "a was used recently and stayed");
        cache.tagsOf(b);
        assertEquals(4, lookups.get(), "b was evicted");
    }

    @Test
    void aCallerWithNoPrincipalToLookUpIsNotCached() {
        var cache = new CachedPrincipalTags(counting(Map.of()), Duration.ofSeconds(300), 10, clock);
        Caller anonymous = Caller.of("arn:aws:sts::1:federated-user/bob", "1");
        cache.tagsOf(anonymous);
        cache.tagsOf(anonymous);
        assertEquals(2, lookups.get());
    }

    @Test
    void concurrentCallersAllGetTheTags() throws Exception {
        Map<String, String> tags = Map.of("pii-access", "tokenised");
        var cache = new CachedPrincipalTags(counting(tags), Duration.ofSeconds(300), 100, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Map<String, String>>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Caller c = Caller.of("arn:aws:iam::1:role/r" + (i % 4), "1");
                answers.add(pool.submit(() -> {
                    go.await();
                    return cache.tagsOf(c);
                }));
            }
            go.countDown();
            for (Future<Map<String, String>> a : answers) {
                assertEquals(tags, a.get());
            }
        } finally {
            pool.shutdownNow();
        }
        cache.tagsOf(Caller.of("arn:aws:iam::1:role/r0", "1"));
        assertTrue(lookups.get() >= 4 && lookups.get() <= 64, "one lookup per role, or a few more on racing misses");
    }
}
