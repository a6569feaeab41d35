package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.RemoteDetectionException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComprehendChunkerTest {
    private static final String[] WORDS = {"Mary", "Smith", "é", "€uro", "😀", "naïve", "x".repeat(40), "\n", "\n\n", "a"};

    private static String randomText(long seed, int words) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(5) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void assertWellFormed(String text, List<ComprehendChunker.Chunk> chunks, int maxBytes) {
        assertEquals(0, chunks.get(0).start());
        assertEquals(text.length(), chunks.get(chunks.size() - 1).end());
        for (int i = 0; i < chunks.size(); i++) {
            ComprehendChunker.Chunk c = chunks.get(i);
            assertEquals(text.substring(c.start(), c.end()), c.text());
            assertTrue(utf8(c.text()) <= maxBytes, "chunk " + i + " has " + utf8(c.text()) + " bytes");
            assertFalse(Character.isLowSurrogate(c.text().charAt(0)), "starts inside a surrogate pair");
            assertFalse(Character.isHighSurrogate(c.text().charAt(c.text().length() - 1)), "ends inside a surrogate pair");
            if (i > 0) {
                assertTrue(c.start() > chunks.get(i - 1).start(), "moves forward");
                assertTrue(c.start() <= chunks.get(i - 1).end(), "no gap between chunks");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void chunksCoverTheTextWithinTheByteLimitAndNeverSplitACharacter(long seed) {
        String text = randomText(seed, 20_000);
        int maxBytes = 500 + (int) seed * 997;
        assertWellFormed(text, new ComprehendChunker(maxBytes, 100).chunks(text), maxBytes);
    }

    @Test
    void cutsAfterALineBreakInTheSecondHalf() {
        String text = "word ".repeat(150) + "\n" + "word ".repeat(150);
        List<ComprehendChunker.Chunk> chunks = new ComprehendChunker(1000, 20).chunks(text);
        assertEquals(751, chunks.get(0).end());
        assertEquals('\n', text.charAt(chunks.get(0).end() - 1));
    }

    @Test
    void withoutLineBreaksCutsAfterASpaceAndOverlapsFromAWordStart() {
        String text = "abcdefghi ".repeat(300);
        List<ComprehendChunker.Chunk> chunks = new ComprehendChunker(1005, 50).chunks(text);
        assertEquals(1000, chunks.get(0).end());
        assertEquals(950, chunks.get(1).start(), "50 characters back, at a word start");
        assertWellFormed(text, chunks, 1005);
    }

    @ParameterizedTest
    @CsvSource({"€, 3", "😀, 4", "é, 2"})
    void aByteLimitInsideAMultiByteCharacterEndsTheChunkBeforeIt(String ch, int size) {
        String text = "x" + ch.repeat(2000);
        int maxBytes = 1000 + 1 + 1; // one past a whole character: the limit falls inside one
        List<ComprehendChunker.Chunk> chunks = new ComprehendChunker(maxBytes, 10).chunks(text);
        assertEquals(1 + (1000 / size) * ch.length(), chunks.get(0).end());
        assertWellFormed(text, chunks, maxBytes);
    }

    @Test
    void blankChunksAreNotSent() {
        String text = "Mary" + " ".repeat(5000) + "Smith";
        List<ComprehendChunker.Chunk> chunks = new ComprehendChunker(1000, 10).chunks(text);
        assertTrue(chunks.stream().noneMatch(c -> c.text().isBlank()));
        assertEquals("Mary", chunks.get(0).text().strip());
        assertEquals("Smith", chunks.get(chunks.size() - 1).text().strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mary\\nSmith|Mary Smith",
            "Dear Mary \\n Smith|Dear Mary   Smith",
            "Done.\\nNext|Done.\\nNext",
            "Name:\\nMary|Name:\\nMary",
            "one\\n\\ntwo|one\\n\\ntwo",
            "Mary\\r\\nSmith|Mary  Smith",
            "Mary Smith\\n|Mary Smith\\n",
            "\\nMary|\\nMary",
    })
    void lineBreaksInsideRunningTextBecomeSpaces(String in, String expected) {
        String text = in.replace("\\n", "\n").replace("\\r", "\r");
        String joined = ComprehendChunker.joinLines(text);
        assertEquals(expected.replace("\\n", "\n"), joined);
        assertEquals(text.length(), joined.length());
    }

    @ParameterizedTest
    @CsvSource({"1, 3", "300, 3", "301, 4", "1000, 10", "100000, 1000"})
    void billsUnitsOfAHundredCharactersAndAtLeastThree(int chars, long units) {
        assertEquals(units, ComprehendDetector.billedUnits("a".repeat(chars)));
        assertEquals(units, ComprehendDetector.billedUnits("😀".repeat(chars)), "a code point is one character");
    }

    @Test
    void codePointOffsetsMapToUtf16Indices() {
        CodePoints cps = new CodePoints("😀 é 𝄞x");
        assertEquals(0, cps.toChar(0));
        assertEquals(2, cps.toChar(1));
        assertEquals(5, cps.toChar(4));
        assertEquals(7, cps.toChar(5));
        assertEquals(8, cps.toChar(6));
        assertThrows(RemoteDetectionException.class, () -> cps.toChar(7));
        assertThrows(RemoteDetectionException.class, () -> cps.toChar(-1));
        assertEquals(4, new CodePoints("abcd").toChar(4));
    }

    private static Finding f(EntityType t, int s, int e, double score) {
        return new Finding(t, s, e, score, "comprehend", Explanation.of("comprehend", score));
    }

    @Test
    void aValueInTheOverlapIsKeptOnceWithTheHigherScore() {
        var chunks = List.of(new ComprehendChunker.Chunk(0, 100, ""), new ComprehendChunker.Chunk(80, 200, ""));
        List<Finding> merged = ChunkedFindings.merge(chunks, List.of(
                List.of(f(EntityType.EMAIL, 10, 20, 0.9), f(EntityType.NAME, 85, 95, 0.8)),
                List.of(f(EntityType.NAME, 85, 95, 0.95), f(EntityType.SSN, 150, 161, 0.99))));
        assertEquals(List.of(f(EntityType.EMAIL, 10, 20, 0.9), f(EntityType.NAME, 85, 95, 0.95),
                f(EntityType.SSN, 150, 161, 0.99)), merged);
    }

    @Test
    void aValueCutShortByAChunkEdgeGivesWayToTheWholeOneSeenByTheNeighbour() {
        var chunks = List.of(new ComprehendChunker.Chunk(0, 100, ""), new ComprehendChunker.Chunk(90, 200, ""));
        List<Finding> merged = ChunkedFindings.merge(chunks, List.of(
                List.of(f(EntityType.EMAIL, 96, 100, 0.7), f(EntityType.NAME, 60, 95, 0.9)),
                List.of(f(EntityType.EMAIL, 96, 110, 0.9), f(EntityType.NAME, 91, 95, 0.8),
                        f(EntityType.ADDRESS, 150, 190, 0.8), f(EntityType.NAME, 160, 170, 0.8))));
        assertEquals(List.of(f(EntityType.NAME, 60, 95, 0.9), f(EntityType.EMAIL, 96, 110, 0.9),
                f(EntityType.ADDRESS, 150, 190, 0.8), f(EntityType.NAME, 160, 170, 0.8)), merged,
                "cut-short spans go; a span inside one of another type stays");
    }

    @Test
    void findingsThatOnlyOverlapAreBothKept() {
        var chunks = List.of(new ComprehendChunker.Chunk(0, 100, ""), new ComprehendChunker.Chunk(90, 200, ""));
        List<Finding> merged = ChunkedFindings.merge(chunks, List.of(
                List.of(f(EntityType.ADDRESS, 80, 100, 0.7)), List.of(f(EntityType.ADDRESS, 90, 120, 0.8))));
        assertEquals(2, merged.size());
    }
}
