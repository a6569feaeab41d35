package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.BatchDetector;
import dev.veil.detect.BatchResult;
import dev.veil.detect.ContainsResult;
import dev.veil.detect.DetectionDeadlineException;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.RemoteDetectionException;
import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import dev.veil.policy.PrincipalTags;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A remote detector (Amazon Comprehend's role) in the pipeline: its findings join the local ones,
 * it is asked cheaply in deny mode only when the local detectors found nothing, its units are
 * audited, and its failures fail closed.
 */
class RemoteDetectionTest {
    /** Finds a made-up name the local detectors cannot know. */
    static final class FakeRemote implements BatchDetector {
        static final String NAME = "Zorblax Quintavious";
        final RuntimeException failure;
        int detectCalls;
        int containsCalls;

        FakeRemote(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public String name() {
            return "fake-remote";
        }

        @Override
        public Set<EntityType> types() {
            return EnumSet.of(EntityType.NAME);
        }

        @Override
        public BatchResult detect(List<String> texts, Instant deadline) {
            detectCalls++;
            if (failure != null) {
                throw failure;
            }
            List<List<Finding>> out = new ArrayList<>();
            for (String t : texts) {
                List<Finding> fs = new ArrayList<>();
                int i = t.indexOf(NAME);
                while (i >= 0) {
                    fs.add(new Finding(EntityType.NAME, i, i + NAME.length(), 0.99, name(), Explanation.of("remote", 0.99)));
                    i = t.indexOf(NAME, i + 1);
                }
                out.add(fs);
            }
            return new BatchResult(out, 7);
        }

        @Override
        public ContainsResult containsAny(List<String> texts, Instant deadline) {
            containsCalls++;
            if (failure != null) {
                throw failure;
            }
            boolean found = texts.stream().anyMatch(t -> t.contains(NAME));
            return new ContainsResult(found, found ? Set.of(EntityType.NAME) : Set.of(), 3);
        }
    }

    final List<AuditRecord> audit = new ArrayList<>();

    ObjectResponse run(FakeRemote remote, String payload, String text) {
        try (ObjectPipeline p = new ObjectPipeline(PrincipalTags.NONE, TransformFactory.withoutKeys(), remote, audit::add,
                Clock.systemUTC())) {
            ObjectRequest req = new ObjectRequest("r", "test", "ap", Caller.of("arn:aws:iam::111122223333:user/a",
                    "111122223333"), "b", "k.txt", "", "", 0, false);
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            return p.handle(req, PolicyParser.parse(payload), (d, m) -> new SourceObject(200,
                    Map.of("Content-Type", "text/plain"), body), Deadline.in(Duration.ofSeconds(20), Clock.systemUTC()));
        }
    }

    @Test
    void remoteFindingsAreRedactedEverywhereAndUnitsAudited() {
        FakeRemote remote = new FakeRemote(null);
        String text = "Report by " + FakeRemote.NAME + ".\nContact: jo@example.com\nSigned, " + FakeRemote.NAME + "\n";
        ObjectResponse r = run(remote, "{\"mode\":\"redact\"}", text);
        String out = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(out.contains("Zorblax") || out.contains("jo@example.com"), out);
        assertTrue(out.contains("[NAME]") && out.contains("[EMAIL]"), out);
        assertEquals(1, remote.detectCalls, "one call for the whole document");
        assertEquals(7, audit.get(0).comprehendUnits());
    }

    @Test
    void remoteFindingsOfTypesThePolicyDoesNotWantAreIgnored() {
        String text = "Report by " + FakeRemote.NAME + ".\n";
        ObjectResponse r = run(new FakeRemote(null), "{\"mode\":\"redact\",\"entities\":[\"EMAIL\"]}", text);
        assertEquals(text, new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void denyAsksTheRemoteOnlyWhenLocalDetectorsFoundNothing() {
        FakeRemote remote = new FakeRemote(null);
        ObjectResponse local = run(remote, "{\"mode\":\"deny\"}", "Mail jo@example.com\n");
        assertEquals(403, local.status());
        assertEquals(0, remote.containsCalls, "local findings decide without a billed call");
        ObjectResponse remoteOnly = run(remote, "{\"mode\":\"deny\"}", "Written by " + FakeRemote.NAME + "\n");
        assertEquals(403, remoteOnly.status());
        assertEquals(0, remoteOnly.body().length);
        assertEquals(1, remote.containsCalls);
        assertEquals(3, audit.get(1).comprehendUnits());
        String clean = "Revenue grew in every region.\n";
        assertArrayEquals(clean.getBytes(StandardCharsets.UTF_8), run(remote, "{\"mode\":\"deny\"}", clean).body());
    }

    @Test
    void remoteFailuresFailClosed() {
        for (RuntimeException failure : List.of(new RemoteDetectionException("throttled after 5 attempts"),
                new DetectionDeadlineException("deadline passed"))) {
            for (String mode : List.of("redact", "deny")) {
                ObjectResponse r = run(new FakeRemote(failure), "{\"mode\":\"" + mode + "\"}", "Nothing local here.\n");
                assertEquals(503, r.status(), mode + " " + failure.getClass().getSimpleName());
                assertEquals(0, r.body().length);
            }
        }
    }
}
