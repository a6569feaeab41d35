package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.BatchResult;
import dev.veil.detect.ContainsResult;
import dev.veil.detect.DetectionDeadlineException;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.RemoteDetectionException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.comprehend.ComprehendClient;

/** The Comprehend detector against a local server speaking Comprehend's JSON 1.1 protocol. */
class ComprehendDetectorIT {
    private static final Duration QUICK_RETRY = Duration.ofMillis(5);
    private final FakeComprehend fake = new FakeComprehend();
    private AwsJsonServer server;
    private ComprehendClient client;
    private final List<ComprehendDetector> detectors = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new AwsJsonServer("application/x-amz-json-1.1", fake);
        client = server.configure(ComprehendClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    @AfterEach
    void stop() {
        detectors.forEach(ComprehendDetector::close);
        client.close();
        server.close();
    }

    private ComprehendDetector detector(ComprehendSettings settings) {
        ComprehendDetector d = new ComprehendDetector(client, settings, Clock.systemUTC());
        detectors.add(d);
        return d;
    }

    private ComprehendDetector detector() {
        return detector(ComprehendSettings.defaults().withRetries(4, QUICK_RETRY, QUICK_RETRY));
    }

    private static Instant inSeconds(long s) {
        return Instant.now().plusSeconds(s);
    }

    /** "TYPE start-end" for each expected value in a text, by the fake's own rules. */
    private static Set<String> expected(String text) {
        Set<String> out = new HashSet<>();
        for (var rule : List.of(new Object[] {FakeComprehend.EMAIL, "EMAIL"}, new Object[] {FakeComprehend.NAME, "NAME"})) {
            Matcher m = ((Pattern) rule[0]).matcher(text);
            while (m.find()) {
                out.add(rule[1] + " " + m.start() + "-" + m.end());
            }
        }
        return out;
    }

    private static List<String> spans(List<Finding> findings) {
        return findings.stream().map(f -> f.type() + " " + f.start() + "-" + f.end()).toList();
    }

    private static String record(int i) {
        return "Record " + i + ": Carol Sample <carol.s" + i + "@example.org> wrote to Bob Example 😀 about é.";
    }

    /**
     * A document of about 250 KB in three shapes: lines as texts, one long line, and e-mail
     * addresses without any whitespace (so chunks are cut inside values).
     */
    private static List<String> denseDocument(String shape) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            lines.add(record(i));
        }
        return switch (shape) {
            case "lines" -> lines;
            case "one-line" -> List.of(String.join(" ", lines));
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 6_000; i++) {
                    sb.append("carol.s").append(i).append(".from.accounts@example.org😀,");
                }
                yield List.of(sb.toString());
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"lines", "one-line", "no-whitespace"})
    void aPiiDenseDocumentSeveralChunksLongLosesAndDuplicatesNothing(String shape) {
        List<String> texts = denseDocument(shape);
        for (ComprehendSettings settings : List.of(ComprehendSettings.defaults(),
                ComprehendSettings.defaults().withChunks(2_000, 200))) {
            fake.detectTexts.clear();
            BatchResult result = detector(settings).detect(texts, inSeconds(60));
            assertTrue(fake.detectTexts.size() >= 3, "several chunks: " + fake.detectTexts.size());
            for (int i = 0; i < texts.size(); i++) {
                List<String> got = spans(result.findings().get(i));
                assertEquals(got.size(), new HashSet<>(got).size(), "no duplicates in text " + i);
                Set<String> missing = new TreeSet<>(expected(texts.get(i)));
                missing.removeAll(got);
                Set<String> extra = new TreeSet<>(got);
                extra.removeAll(expected(texts.get(i)));
                assertEquals(Set.of(), missing, "lost in text " + i);
                assertEquals(Set.of(), extra, "not expected in text " + i);
            }
            long units = fake.detectTexts.stream().mapToLong(ComprehendDetector::billedUnits).sum();
            assertEquals(units, result.billedUnits());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"€", "😀", "é"})
    void theHundredKilobyteLimitFallingInsideAMultiByteCharacterIsRespected(String wide) {
        String head = "Mail alice.one@example.com now ";
        int fill = ComprehendSettings.SERVICE_MAX_BYTES - head.length() - 1; // the limit falls inside `wide`
        String text = head + "a".repeat(fill) + wide.repeat(3) + " bob.two@example.com and Carol Sample " + wide;
        BatchResult result = detector().detect(List.of(text), inSeconds(60));
        assertEquals(2, fake.detectTexts.size());
        assertTrue(fake.detectTexts.stream().allMatch(t -> t.getBytes(StandardCharsets.UTF_8).length <= 100_000));
        assertEquals(head.length() + fill, fake.detectTexts.stream().mapToInt(String::length).max().orElseThrow(),
                "the first chunk is cut just before the wide character");
        assertEquals(List.of("alice.one@example.com", "bob.two@example.com", "Carol Sample"),
                result.findings().get(0).stream().map(f -> text.substring(f.start(), f.end())).toList());
    }

    @Test
    void emojiBeforeAFindingDoNotShiftItsSpan() {
        List<String> texts = List.of("😀😀 hi", "𝄞 Alice Example 👩‍👩‍👧 writes from alice.x@example.com 😀");
        BatchResult result = detector().detect(texts, inSeconds(10));
        assertTrue(result.findings().get(0).isEmpty());
        assertEquals(List.of("Alice Example", "alice.x@example.com"),
                result.findings().get(1).stream().map(f -> texts.get(1).substring(f.start(), f.end())).toList());
        assertEquals(0.9991, result.findings().get(1).get(1).score(), 1e-6);
        assertEquals(ComprehendDetector.NAME, result.findings().get(1).get(0).detector());
    }

    @Test
    void aNameBrokenAcrossLinesOrTextsIsFoundAndSplitBackOntoThem() {
        List<String> texts = List.of("Dear Alice", "Example, thanks. Bob\nSample wrote.", "Done.", "Carol", "", "Sample");
        BatchResult result = detector().detect(texts, inSeconds(10));
        assertEquals(List.of("NAME 5-10"), spans(result.findings().get(0)));
        assertEquals(List.of("NAME 0-7", "NAME 17-27"), spans(result.findings().get(1)));
        assertTrue(result.findings().get(3).isEmpty(), "a blank line between them ends the paragraph");
        assertEquals("Dear Alice Example, thanks. Bob Sample wrote.\nDone.\nCarol\n\nSample", fake.detectTexts.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThrottlingException", "TooManyRequestsException"})
    void throttlingIsRetriedUntilItSucceeds(String code) {
        fake.script(FakeComprehend.throttling(code), FakeComprehend.throttling(code), FakeComprehend.internalError());
        BatchResult result = detector().detect(List.of("Ask Bob Sample."), inSeconds(10));
        assertEquals(List.of("NAME 4-14"), spans(result.findings().get(0)));
        assertEquals(4, server.received().size(), "three retries, then the answer");
        assertEquals(3, result.billedUnits(), "failed attempts are not billed");
    }

    @Test
    void persistentThrottlingFailsCleanlyAtTheDeadline() {
        fake.always(FakeComprehend.throttling("ThrottlingException"));
        ComprehendDetector d = detector(ComprehendSettings.defaults()
                .withRetries(1_000, Duration.ofMillis(50), Duration.ofMillis(200)));
        Instant start = Instant.now();
        Instant deadline = start.plusMillis(1_000);
        DetectionDeadlineException e = assertThrows(DetectionDeadlineException.class,
                () -> d.detect(List.of("Ask Bob Sample."), deadline));
        assertTrue(Instant.now().isBefore(deadline.plusMillis(300)), "gave up by the deadline");
        assertTrue(server.received().size() >= 3, "retried meanwhile: " + server.received().size());
        assertFalse(e.getMessage().contains("Bob"));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsADeadlineFailure() {
        fake.delay(2_000);
        Instant deadline = Instant.now().plusMillis(400);
        assertThrows(DetectionDeadlineException.class, () -> detector().detect(List.of("Ask Bob Sample."), deadline));
        assertTrue(Instant.now().isBefore(deadline.plusMillis(300)), "did not wait for the answer");
    }

    @Test
    void serverErrorsFailAfterTheLastAttemptAndOtherErrorsAtOnce() {
        fake.always(FakeComprehend.internalError());
        RemoteDetectionException e = assertThrows(RemoteDetectionException.class,
                () -> detector().detect(List.of("Ask Bob Sample."), inSeconds(10)));
        assertFalse(e instanceof DetectionDeadlineException);
        assertEquals(4, server.received().size());
        assertTrue(e.getMessage().contains("InternalServerException (HTTP 500)"), e.getMessage());
        assertFalse(e.getMessage().contains("Bob") || e.getMessage().contains("127.0.0.1"), e.getMessage());

        fake.always(AwsJsonServer.Reply.error("InvalidRequestException", "bad"));
        assertThrows(RemoteDetectionException.class, () -> detector().detect(List.of("Ask Bob Sample."), inSeconds(10)));
        assertEquals(5, server.received().size(), "not retried");
    }

    @Test
    void sendsSignedJson11RequestsInTheConfiguredLanguage() {
        detector(ComprehendSettings.defaults().withLanguage("es")).detect(List.of("Escribe a Bob Sample."), inSeconds(10));
        AwsJsonServer.Received r = server.received().get(0);
        assertEquals("Comprehend_20171127.DetectPiiEntities", r.target());
        assertEquals("application/x-amz-json-1.1", r.contentType());
        assertTrue(r.signed());
        assertEquals("es", r.body().get("LanguageCode").asText());
    }

    @Test
    void unknownAndUnwantedTypesAreDropped() {
        String text = "Ticket QX-1234 for Bob Sample, bob@example.com";
        BatchResult all = detector().detect(List.of(text), inSeconds(10));
        assertEquals(List.of("NAME 19-29", "EMAIL 31-46"), spans(all.findings().get(0)));
        BatchResult emails = detector(ComprehendSettings.defaults().withTypes(Set.of(EntityType.EMAIL)))
                .detect(List.of(text), inSeconds(10));
        assertEquals(List.of("EMAIL 31-46"), spans(emails.findings().get(0)));
    }

    @Test
    void blankTextsCostNothingAndAPassedDeadlineSendsNothing() {
        BatchResult blank = detector().detect(List.of("", "  ", "\n"), inSeconds(10));
        assertEquals(List.of(List.of(), List.of(), List.of()), blank.findings());
        assertEquals(0, blank.billedUnits());
        assertThrows(DetectionDeadlineException.class,
                () -> detector().detect(List.of("Ask Bob Sample."), Instant.now().minusSeconds(1)));
        assertEquals(0, server.received().size());
    }

    @Test
    void containsAnyStopsAfterTheFirstWaveThatFindsSomething() {
        List<String> texts = new ArrayList<>(List.of("Write to carol@example.com today."));
        for (int i = 0; i < 200; i++) {
            texts.add("Line " + i + " of an ordinary report about quarterly figures and nothing personal.");
        }
        ComprehendDetector d = detector(ComprehendSettings.defaults().withChunks(1_000, 50).withParallelism(2));
        ContainsResult result = d.containsAny(texts, inSeconds(10));
        assertTrue(result.found());
        assertEquals(Set.of(EntityType.EMAIL), result.types());
        assertEquals(2, fake.containsTexts.size(), "one wave of two chunks");
        assertEquals(fake.containsTexts.stream().mapToLong(ComprehendDetector::billedUnits).sum(), result.billedUnits());
        assertEquals("Comprehend_20171127.ContainsPiiEntities", server.received().get(0).target());

        fake.containsTexts.clear();
        ContainsResult clean = d.containsAny(texts.subList(1, texts.size()), inSeconds(10));
        assertFalse(clean.found());
        assertTrue(fake.containsTexts.size() > 10, "every chunk checked: " + fake.containsTexts.size());
    }

    @Test
    void containsAnyInAnotherLanguageDetectsInstead() {
        ContainsResult result = detector(ComprehendSettings.defaults().withLanguage("es"))
                .containsAny(List.of("Escribe a Bob Sample. QX-1234"), inSeconds(10));
        assertEquals(Set.of(EntityType.NAME), result.types());
        assertEquals("Comprehend_20171127.DetectPiiEntities", server.received().get(0).target());
        assertEquals(3, result.billedUnits());
    }
}
