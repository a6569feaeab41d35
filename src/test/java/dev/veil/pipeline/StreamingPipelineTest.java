package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.policy.PolicyParser;
import dev.veil.policy.PrincipalTags;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Large text-like objects through the streaming path, with small windows so that every object has many. */
class StreamingPipelineTest {
    /** Windows of 4,096 characters; everything above 1 KB streams. */
    static final StreamSettings SMALL = new StreamSettings(1024, 4096, 16 * 1024, 64 * 1024);
    static final String IBAN = "GB82 WEST 1234 5698 7654 32";

    final List<AuditRecord> audit = new ArrayList<>();
    final List<ObjectPipeline> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(ObjectPipeline::close);
    }

    ObjectPipeline pipeline() {
        KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        ObjectPipeline p = new ObjectPipeline(PrincipalTags.NONE, new TransformFactory(() -> ring), null, audit::add,
                Clock.systemUTC(), new ResultCache(1 << 20), SMALL);
        opened.add(p);
        return p;
    }

    /** A streaming source over {@code body}; counts opens; fails after {@code failAfter} bytes when not negative. */
    static final class Source implements ObjectSource {
        final byte[] body;
        final String contentType;
        final long failAfter;
        final AtomicInteger opens = new AtomicInteger();
        final List<Map<String, String>> extras = new ArrayList<>();

        Source(byte[] body, String contentType, long failAfter) {
            this.body = body;
            this.contentType = contentType;
            this.failAfter = failAfter;
        }

        Source(String text, String contentType) {
            this(text.getBytes(StandardCharsets.UTF_8), contentType, -1);
        }

        @Override
        public SourceObject fetch(Deadline deadline, long maxBytes) {
            throw new AssertionError("a streaming source is opened, not fetched");
        }

        @Override
        public boolean streams() {
            return true;
        }

        @Override
        public SourceStream open(Deadline deadline, Map<String, String> extra) {
            opens.incrementAndGet();
            extras.add(extra);
            InputStream in = new ByteArrayInputStream(body);
            if (failAfter >= 0) {
                in = new FailingStream(in, failAfter);
            }
            return new SourceStream(200, Map.of("ETag", "\"v1\"", "Content-Type", contentType, "Content-Length",
                    Integer.toString(body.length), "x-amz-meta-owner", "o"), in);
        }
    }

    /** Fails with an IOException after {@code after} bytes, as a connection that breaks would. */
    static final class FailingStream extends java.io.FilterInputStream {
        private long left;

        FailingStream(InputStream in, long after) {
            super(in);
            this.left = after;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("connection reset");
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(0, n);
            return n;
        }
    }

    ObjectResponse run(String payload, String key, ObjectSource s, String range) {
        ObjectRequest r = new ObjectRequest("r1", "test", "ap", ObjectPipelineTest.CALLER, "b", key, "", range, 0, false);
        return pipeline().handle(r, PolicyParser.parse(payload), s, Deadline.in(Duration.ofSeconds(60), Clock.systemUTC()));
    }

    static byte[] body(ObjectResponse r) throws IOException {
        assertTrue(r.isStreamed(), "a streamed answer");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.stream().writeTo(out);
        return out.toByteArray();
    }

    /** A CSV with a header and {@code rows} rows, each with a distinct e-mail address and card number. */
    static String csv(int rows) {
        StringBuilder b = new StringBuilder("id,email,card,note\n");
        for (int i = 0; i < rows; i++) {
            b.append(i).append(",person").append(i).append("@example.com,4111 1111 1111 1111,\"a note, with\nbreak\"\n");
        }
        return b.toString();
    }

    @Test
    void csvIsRedactedWindowByWindowKeepingEveryRecord() throws IOException {
        String in = csv(2000);
        ObjectResponse r = run("{\"mode\":\"redact\"}", "people.csv", new Source(in, "text/csv"), "");
        String out = new String(body(r), StandardCharsets.UTF_8);
        assertEquals(200, r.status());
        assertFalse(out.contains("@example.com"), "no e-mail address left");
        assertFalse(out.contains("4111"), "no card number left");
        assertEquals(in.split("\n", -1).length, out.split("\n", -1).length, "every line kept");
        assertTrue(out.startsWith("id,email,card,note\n"), "the header once, at the top");
        assertEquals(1, out.split("id,email,card,note", -1).length - 1, "the header is not repeated per window");
        assertNull(r.headers().get("ETag"), "no ETag for a body whose digest is not known before it is sent");
        assertEquals("redact", audit.get(0).decision());
        assertTrue(audit.get(0).entities().getOrDefault("EMAIL", 0) >= 2000, "counted at the end of the stream");
    }

    @Test
    void aValueStraddlingEveryCutOfAnEndlessLineIsStillRemoved() throws IOException {
        // one line, no line ends; the only whitespace is inside the IBANs, so every cut falls in one
        StringBuilder b = new StringBuilder();
        int n = 0;
        while (b.length() < 100_000) {
            b.append("IBAN:").append(IBAN).append(";ref-").append("x".repeat(40)).append(';');
            n++;
        }
        ObjectResponse r = run("{\"mode\":\"redact\"}", "line.txt", new Source(b.toString(), "text/plain"), "");
        String out = new String(body(r), StandardCharsets.UTF_8);
        assertFalse(out.contains("GB82"), "no IBAN start left");
        assertFalse(out.contains("7654 32"), "no IBAN end left");
        assertEquals(n, out.split("\\[INTERNATIONAL_BANK_ACCOUNT_NUMBER]", -1).length - 1, "each IBAN replaced once, whole");
    }

    @Test
    void jsonLinesAreStreamedLineByLine() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            b.append("{\"id\":").append(i).append(",\"email\":\"user").append(i).append("@example.org\"}\n");
        }
        ObjectResponse r = run("{\"mode\":\"redact\"}", "events.jsonl", new Source(b.toString(), "application/x-ndjson"), "");
        String out = new String(body(r), StandardCharsets.UTF_8);
        assertFalse(out.contains("@example.org"));
        assertEquals(1500, out.lines().count());
        out.lines().forEach(l -> assertTrue(l.startsWith("{\"id\":") && l.endsWith("}"), "each line still JSON"));
    }

    @Test
    void charsetAndByteOrderMarkAreKept() throws IOException {
        String text = "Name: Zoë Ångström, mail zoe@example.com\n".repeat(300);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        byte[] out = body(run("{\"mode\":\"redact\"}", "a.txt", new Source(utf16, "text/plain", -1), ""));
        assertEquals((byte) 0xFE, out[0]);
        assertEquals((byte) 0xFF, out[1]);
        String decoded = new String(out, 2, out.length - 2, StandardCharsets.UTF_16BE);
        assertFalse(decoded.contains("zoe@example.com"));
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] latin = text.getBytes(cp1252);
        String back = new String(body(run("{\"mode\":\"redact\"}", "b.txt", new Source(latin, "text/plain", -1), "")),
                cp1252);
        assertFalse(back.contains("zoe@example.com"));
        assertTrue(back.contains("Name: "), "windows-1252 text comes back in windows-1252");
    }

    @Test
    void aFailureAfterTheFirstWindowFailsTheBodyWithNothingUnprocessedInIt() throws IOException {
        byte[] in = csv(2000).getBytes(StandardCharsets.UTF_8);
        Source broken = new Source(in, "text/csv", in.length / 2);
        ObjectResponse r = run("{\"mode\":\"redact\"}", "people.csv", broken, "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IOException.class, () -> r.stream().writeTo(out));
        String sent = out.toString(StandardCharsets.UTF_8);
        assertTrue(sent.length() > 0 && sent.length() < in.length, "part of the answer went out");
        assertFalse(sent.contains("@example.com"), "what went out was transformed");
        assertEquals("error", audit.get(0).decision(), "audited as failed");
    }

    @Test
    void aFailureBeforeTheFirstWindowIsANormalError() {
        Source broken = new Source(csv(2000).getBytes(StandardCharsets.UTF_8), "text/csv", 100);
        ObjectResponse r = run("{\"mode\":\"redact\"}", "people.csv", broken, "");
        assertTrue(r.isError());
        assertEquals(503, r.status());
        assertFalse(r.isStreamed());
    }

    @Test
    void denyStopsAtAFindingAndStreamsACleanObjectPinnedToItsVersion() throws IOException {
        String clean = "Quarterly figures: revenue grew in every region.\n".repeat(2000);
        Source late = new Source(clean + "mail jane.doe@example.com\n", "text/plain");
        assertEquals(403, run("{\"mode\":\"deny\"}", "r.txt", late, "").status());
        Source ok = new Source(clean, "text/plain");
        ObjectResponse r = run("{\"mode\":\"deny\"}", "r.txt", ok, "");
        assertArrayEquals(clean.getBytes(StandardCharsets.UTF_8), body(r));
        assertEquals(2, ok.opens.get(), "read once to inspect, once to answer");
        assertEquals(Map.of("If-Match", "\"v1\""), ok.extras.get(1));
        assertEquals("\"v1\"", r.headers().get("ETag"), "the original's headers");
    }

    @Test
    void rangesOfAStreamedAnswerAreCutFromTheTransformedBytes() throws IOException {
        String in = csv(500);
        byte[] whole = body(run("{\"mode\":\"redact\"}", "p.csv", new Source(in, "text/csv"), ""));
        ObjectResponse mid = run("{\"mode\":\"redact\"}", "p.csv", new Source(in, "text/csv"), "bytes=100-299");
        assertEquals(206, mid.status());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 100, 300), mid.body());
        assertEquals("bytes 100-299/" + whole.length, mid.headers().get("Content-Range"));
        ObjectResponse tail = run("{\"mode\":\"redact\"}", "p.csv", new Source(in, "text/csv"), "bytes=-50");
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 50, whole.length), tail.body());
        assertEquals(416, run("{\"mode\":\"redact\"}", "p.csv", new Source(in, "text/csv"),
                "bytes=" + whole.length + "-").status());
        assertEquals(400, run("{\"mode\":\"redact\"}", "p.csv", new Source(csv(3000), "text/csv"), "bytes=0-").status(),
                "a range larger than the streamed-range limit is refused");
    }

    @Test
    void passStreamsTheOriginalWithItsLengthAndRange() throws IOException {
        byte[] in = csv(100).getBytes(StandardCharsets.UTF_8);
        ObjectResponse r = run("{\"mode\":\"pass\"}", "p.csv", new Source(in, "text/csv", -1), "");
        assertEquals(in.length, r.stream().length());
        assertArrayEquals(in, body(r));
        ObjectResponse part = run("{\"mode\":\"pass\"}", "p.csv", new Source(in, "text/csv", -1), "bytes=10-19");
        assertEquals(206, part.status());
        assertArrayEquals(java.util.Arrays.copyOfRange(in, 10, 20), body(part));
    }

    @Test
    void limitsApplyByKindOfFormat() {
        String in = csv(500);
        ObjectResponse over = run("{\"mode\":\"redact\",\"maxStreamBytes\":1000}", "p.csv", new Source(in, "text/csv"), "");
        assertEquals(400, over.status());
        assertEquals("EntityTooLarge", over.errorCode());
        ObjectResponse streamedPast = run("{\"mode\":\"redact\",\"maxObjectBytes\":1000}", "p.csv",
                new Source(in, "text/csv"), "");
        assertEquals(200, streamedPast.status(), "text streams past maxObjectBytes");
        byte[] pdf = ("%PDF-1.7\n" + "x".repeat(5000)).getBytes(StandardCharsets.US_ASCII);
        ObjectResponse whole = run("{\"mode\":\"redact\",\"maxObjectBytes\":1000}", "a.pdf",
                new Source(pdf, "application/pdf", -1), "");
        assertEquals(400, whole.status());
        assertEquals("EntityTooLarge", whole.errorCode(), "formats held whole keep maxObjectBytes");
    }
}
