package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.BatchDetector;
import dev.veil.detect.BatchResult;
import dev.veil.detect.ContainsResult;
import dev.veil.detect.EntityType;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The deadline passing in each phase, with parts that ignore it (a source that returns late, a
 * remote detector that hangs, a key store that hangs): the caller gets 503 at the deadline, never
 * the late result, and the request is audited as an error.
 */
class DeadlinePhasesTest {
    static final byte[] TEXT = "Dear Mary Smith, card 4111 1111 1111 1111.\n".getBytes(StandardCharsets.UTF_8);
    static final Duration DEADLINE = Duration.ofMillis(800);
    static final Duration HANG = Duration.ofSeconds(5);

    final List<AuditRecord> audit = new ArrayList<>();

    /** A remote detector that answers only after {@link #HANG}, whatever the deadline. */
    static final class HangingRemote implements BatchDetector {
        @Override
        public String name() {
            return "hanging";
        }

        @Override
        public Set<EntityType> types() {
            return Set.of(EntityType.NAME);
        }

        @Override
        public BatchResult detect(List<String> texts, Instant deadline) {
            sleep(HANG);
            return new BatchResult(texts.stream().map(t -> List.<dev.veil.detect.Finding>of()).toList(), 1);
        }

        @Override
        public ContainsResult containsAny(List<String> texts, Instant deadline) {
            sleep(HANG);
            return new ContainsResult(false, Set.of(), 1);
        }
    }

    ObjectResponse run(String payload, ObjectSource source, BatchDetector remote, Supplier<KeyRing> keys) {
        try (ObjectPipeline p = new ObjectPipeline(PrincipalTags.NONE, new TransformFactory(keys), remote, audit::add,
                Clock.systemUTC())) {
            ObjectRequest req = new ObjectRequest("r", "test", "ap", Caller.of("arn:aws:iam::111122223333:user/a",
                    "111122223333"), "b", "k.txt", "", "", 0, false);
            long t0 = System.nanoTime();
            ObjectResponse r = assertTimeoutPreemptively(HANG.plusSeconds(5), () -> p.handle(req,
                    PolicyParser.parse(payload), source, Deadline.in(DEADLINE, Clock.systemUTC())));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertTrue(took.compareTo(HANG) < 0, "answered at the deadline, not when the slow part finished: " + took);
            return r;
        }
    }

    static ObjectSource source() {
        return (d, max) -> new SourceObject(200, Map.of("Content-Type", "text/plain"), TEXT);
    }

    void assertTimedOut(ObjectResponse r) {
        assertEquals(503, r.status());
        assertEquals("ServiceUnavailable", r.errorCode());
        assertTrue(r.errorMessage().contains("ran out of time"), r.errorMessage());
        assertEquals(0, r.body().length);
        assertEquals("error", audit.get(0).decision());
        assertEquals(503, audit.get(0).status());
    }

    @Test
    void aSourceThatReturnsAfterTheDeadlineGivesA503NotTheDocument() {
        ObjectSource late = (d, max) -> {
            sleep(DEADLINE.plusMillis(300));
            return new SourceObject(200, Map.of("Content-Type", "text/plain"), TEXT);
        };
        for (String mode : List.of("redact", "deny")) {
            audit.clear();
            assertTimedOut(run("{\"mode\":\"" + mode + "\"}", late, null, () -> null));
        }
    }

    @Test
    void detectionThatHangsGivesA503AtTheDeadline() {
        assertTimedOut(run("{\"mode\":\"redact\"}", source(), new HangingRemote(), () -> null));
        audit.clear();
        byte[] clean = "Quarterly revenue grew.\n".getBytes(StandardCharsets.UTF_8);
        assertTimedOut(run("{\"mode\":\"deny\"}", (d, max) -> new SourceObject(200, Map.of(), clean),
                new HangingRemote(), () -> null));
    }

    @Test
    void aKeyStoreThatHangsDuringTheTransformGivesA503AtTheDeadline() {
        KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        assertTimedOut(run("{\"mode\":\"tokenise\"}", source(), null, () -> {
            sleep(HANG);
            return ring;
        }));
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
