package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import dev.veil.policy.PrincipalTags;
import dev.veil.policy.TagLookupException;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pipeline's decisions and every fail-closed path, with in-memory sources. */
class ObjectPipelineTest {
    static final String TEXT = "Dear Mary Smith, card 4111 1111 1111 1111, mail mary.smith@example.com.\n";
    static final byte[] BYTES = TEXT.getBytes(StandardCharsets.UTF_8);
    static final Caller CALLER = Caller.of("arn:aws:iam::111122223333:user/ana", "111122223333");

    final List<AuditRecord> audit = new ArrayList<>();
    final List<ObjectPipeline> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(ObjectPipeline::close);
    }

    ObjectPipeline pipeline(PrincipalTags tags, Supplier<KeyRing> keys) {
        ObjectPipeline p = new ObjectPipeline(tags, new TransformFactory(keys), audit::add, Clock.systemUTC());
        opened.add(p);
        return p;
    }

    ObjectPipeline pipeline() {
        KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        return pipeline(PrincipalTags.NONE, () -> ring);
    }

    static ObjectSource source(byte[] body) {
        return (d, max) -> new SourceObject(200, Map.of("ETag", "\"orig\"", "Content-Type", "text/plain",
                "x-amz-meta-owner", "o", "x-amz-checksum-crc32", "AAAAAA=="), body);
    }

    static ObjectRequest request(String range, int part, boolean head) {
        return new ObjectRequest("r1", "test", "ap", CALLER, "b", "doc.txt", "", range, part, head);
    }

    ObjectResponse run(ObjectPipeline p, String payload, ObjectSource s) {
        return p.handle(request("", 0, false), PolicyParser.parse(payload), s, Deadline.in(Duration.ofSeconds(20), Clock.systemUTC()));
    }

    static void assertNoBody(ObjectResponse r) {
        assertTrue(r.isError(), "an error");
        assertEquals(0, r.body().length, "no body on an error path");
    }

    @Test
    void passGivesTheOriginalWithItsHeaders() {
        ObjectResponse r = run(pipeline(), "{\"mode\":\"pass\"}", source(BYTES));
        assertArrayEquals(BYTES, r.body());
        assertEquals("\"orig\"", r.headers().get("ETag"));
        assertEquals("o", r.headers().get("x-amz-meta-owner"));
        assertEquals("pass", audit.get(0).decision());
    }

    @Test
    void redactChangesTheBodyAndDropsOriginalEtagChecksumsAndMetadata() {
        ObjectResponse r = run(pipeline(), "{\"mode\":\"redact\"}", source(BYTES));
        String out = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(out.contains("Mary Smith") || out.contains("4111") || out.contains("mary.smith"), out);
        assertNotEquals("\"orig\"", r.headers().get("ETag"));
        assertNull(r.headers().get("x-amz-meta-owner"));
        assertNull(r.headers().get("x-amz-checksum-crc32"));
        assertEquals("text/plain", r.headers().get("Content-Type"));
        assertEquals(Map.of("NAME", 1, "CREDIT_DEBIT_NUMBER", 1, "EMAIL", 1), audit.get(0).entities());
    }

    @Test
    void maskStyleMasks() {
        String out = new String(run(pipeline(), "{\"mode\":\"redact\",\"style\":\"mask\"}", source(BYTES)).body(),
                StandardCharsets.UTF_8);
        assertTrue(out.contains("Dear **** *****, card **** **** **** ****"), out);
    }

    @Test
    void denyRefusesPersonalDataAndPassesCleanText() {
        ObjectResponse r = run(pipeline(), "{\"mode\":\"deny\"}", source(BYTES));
        assertEquals(403, r.status());
        assertEquals("AccessDenied", r.errorCode());
        assertNoBody(r);
        assertEquals("deny", audit.get(0).decision());
        byte[] clean = "Quarterly revenue grew.\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(clean, run(pipeline(), "{\"mode\":\"deny\"}", source(clean)).body());
        assertEquals("clean", audit.get(1).decision());
    }

    @Test
    void denyRespectsTheEntityList() {
        ObjectResponse r = run(pipeline(), "{\"mode\":\"deny\",\"entities\":[\"IP_ADDRESS\"]}", source(BYTES));
        assertEquals(200, r.status(), "no IP addresses: the text passes");
    }

    @Test
    void unreadableTagsFailClosed() {
        PrincipalTags down = c -> {
            throw new TagLookupException("IAM unavailable", null);
        };
        ObjectResponse r = run(pipeline(down, () -> null), "{\"mode\":\"pass\",\"callers\":[{\"tag\":\"pii-access\"}]}",
                source(BYTES));
        assertEquals(503, r.status());
        assertNoBody(r);
    }

    @Test
    void s3ErrorsPassThroughAndNotModifiedIsNotAnError() {
        ObjectResponse r = run(pipeline(), "{\"mode\":\"redact\"}", (d, m) -> {
            throw new SourceException(404, "NoSuchKey", "The specified key does not exist.");
        });
        assertEquals(404, r.status());
        assertEquals("NoSuchKey", r.errorCode());
        assertNoBody(r);
        ObjectResponse nm = run(pipeline(), "{\"mode\":\"redact\"}", (d, m) -> {
            throw new SourceException(304, "NotModified", "not modified");
        });
        assertEquals(304, nm.status());
        assertEquals(0, nm.body().length);
    }

    @Test
    void oversizedObjectsAreRefusedUnlessPassed() {
        ObjectResponse r = run(pipeline(), "{\"mode\":\"redact\",\"maxObjectBytes\":20}", source(BYTES));
        assertEquals("EntityTooLarge", r.errorCode());
        assertNoBody(r);
        assertArrayEquals(BYTES, run(pipeline(), "{\"mode\":\"pass\",\"maxObjectBytes\":20}", source(BYTES)).body());
    }

    @Test
    void unsupportedObjectsAreRefusedOrPassedAsThePolicySays() {
        byte[] zip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        ObjectResponse r = run(pipeline(), "{\"mode\":\"redact\"}", source(zip));
        assertEquals(400, r.status());
        assertEquals("UnsupportedDocument", r.errorCode());
        assertNoBody(r);
        assertArrayEquals(zip, run(pipeline(), "{\"mode\":\"deny\",\"unsupported\":\"pass\"}", source(zip)).body());
        assertEquals("pass-unsupported", audit.get(1).decision());
    }

    @Test
    void corruptDocumentsAreRefused() {
        byte[] brokenPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> trailing garbage".getBytes(StandardCharsets.US_ASCII);
        ObjectResponse r = run(pipeline(), "{\"mode\":\"redact\"}", source(brokenPdf));
        assertEquals(400, r.status());
        assertNoBody(r);
    }

    @Test
    void aPassedDeadlineIs503() {
        ObjectPipeline p = pipeline();
        ObjectResponse r = p.handle(request("", 0, false), PolicyParser.parse("{\"mode\":\"redact\"}"), source(BYTES),
                Deadline.in(Duration.ZERO, Clock.systemUTC()));
        assertEquals(503, r.status());
        assertNoBody(r);
    }

    @Test
    void slowWorkIsAbandonedAtTheDeadline() {
        ObjectPipeline p = pipeline(PrincipalTags.NONE, () -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        long start = System.nanoTime();
        ObjectResponse r = p.handle(request("", 0, false), PolicyParser.parse("{\"mode\":\"tokenise\"}"), source(BYTES),
                Deadline.in(Duration.ofMillis(300), Clock.systemUTC()));
        assertEquals(503, r.status());
        assertNoBody(r);
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "answered at the deadline, not after the work");
    }

    @Test
    void internalFailuresAre500WithoutBody() {
        ObjectResponse r = run(pipeline(PrincipalTags.NONE, () -> {
            throw new IllegalStateException("key store broken");
        }), "{\"mode\":\"tokenise\"}", source(BYTES));
        assertEquals(500, r.status());
        assertNoBody(r);
        ObjectResponse keyless = run(pipeline(PrincipalTags.NONE, () -> null), "{\"mode\":\"tokenise\"}", source(BYTES));
        assertEquals(500, keyless.status());
        assertNoBody(keyless);
        ObjectResponse thrown = run(pipeline(), "{\"mode\":\"redact\"}", (d, m) -> {
            throw new OutOfMemoryError("simulated");
        });
        assertEquals(500, thrown.status());
        assertNoBody(thrown);
    }

    @Test
    void rangesAndPartsApplyToTheAnswer() {
        ObjectPipeline p = pipeline();
        byte[] whole = run(p, "{\"mode\":\"redact\"}", source(BYTES)).body();
        var policy = PolicyParser.parse("{\"mode\":\"redact\"}");
        ObjectResponse part = p.handle(request("bytes=2-5", 0, false), policy, source(BYTES),
                Deadline.in(Duration.ofSeconds(20), Clock.systemUTC()));
        assertEquals(206, part.status());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 2, 6), part.body());
        assertEquals("bytes 2-5/" + whole.length, part.headers().get("Content-Range"));
        ObjectResponse suffix = p.handle(request("bytes=-3", 0, false), policy, source(BYTES),
                Deadline.in(Duration.ofSeconds(20), Clock.systemUTC()));
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 3, whole.length), suffix.body());
        ObjectResponse both = p.handle(request("bytes=0-1", 1, false), policy, source(BYTES),
                Deadline.in(Duration.ofSeconds(20), Clock.systemUTC()));
        assertEquals(400, both.status());
        assertNoBody(both);
    }

    @Test
    void headHasTheLengthOfTheAnswerAndNoBody() {
        ObjectPipeline p = pipeline();
        byte[] whole = run(p, "{\"mode\":\"redact\"}", source(BYTES)).body();
        ObjectResponse head = p.handle(request("", 0, true), PolicyParser.parse("{\"mode\":\"redact\"}"), source(BYTES),
                Deadline.in(Duration.ofSeconds(20), Clock.systemUTC()));
        assertEquals(whole.length, head.contentLength());
        assertEquals(0, head.body().length);
    }

    @Test
    void auditRecordsNeverHoldValues() {
        ObjectPipeline p = pipeline();
        for (String mode : List.of("pass", "redact", "tokenise", "deny")) {
            run(p, "{\"mode\":\"" + mode + "\"}", source(BYTES));
        }
        assertEquals(4, audit.size());
        for (AuditRecord a : audit) {
            String line = AuditLog.toJson(a);
            for (String value : List.of("Mary", "Smith", "4111", "mary.smith", "example.com")) {
                assertFalse(line.contains(value), line);
            }
        }
    }
}
