package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.PatternDetector;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A built-in pattern detector said never to report a span that starts (ends) between two letters
 * ({@link PatternDetector#spansMayStartInWord}) indeed matches no such span, on texts where values
 * are glued to letters of every kind: its context regions skip the phrases only such a cut would
 * show, so a wrong answer would lose findings.
 */
class SpanEdgesTest {
    private static final String[] TOKENS = {
        "AB123456", "123456789", "12/25", "1234", "123", "X1234567", "C12345678", "1234 567 890 AB", "AB12CDE",
        "AB12 CDE", "K1234 56789", "1234567890", "046 454 286", "ABC-1234", "XYZ 987", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "passport", "plate", "licence", "é", "É", "ß", "ı", "Ω", "ж", "x", "ab", "Kelvin\u212A", "ÉXP", "٣", "7",
    };
    private static final String[] SEPARATORS = {"", "", "", " ", " ", "-", "/", ".", ":", "\n", "é", "_"};

    static Stream<PatternDetector> cutFree() {
        // only where context is looked for in regions does the answer count
        return ContextRegionsMatchEveryRegionTest.patternDetectors()
                .filter(d -> !d.contextPhrases().isEmpty() && (!d.spansMayStartInWord() || !d.spansMayEndInWord()));
    }

    @ParameterizedTest
    @MethodSource("cutFree")
    void noMatchCutsAWordWhereTheDetectorSaysNone(PatternDetector detector) {
        Random random = new Random(detector.name().hashCode());
        int matches = 0;
        for (int t = 0; t < 2_000; t++) {
            String text = RandomTexts.tokens(random, TOKENS, SEPARATORS, 1 + random.nextInt(30));
            for (PatternDetector.Rule rule : detector.rules()) {
                Matcher m = rule.pattern().matcher(text);
                boolean group = rule.pattern().pattern().contains("(?<v>");
                while (m.find()) {
                    int s = group ? m.start("v") : m.start();
                    int e = group ? m.end("v") : m.end();
                    if (s < 0) {
                        continue;
                    }
                    matches++;
                    if (!detector.spansMayStartInWord()) {
                        assertFalse(splits(text, s), () -> detector.name() + " starts inside a word in: " + text);
                    }
                    if (!detector.spansMayEndInWord()) {
                        assertFalse(splits(text, e), () -> detector.name() + " ends inside a word in: " + text);
                    }
                }
            }
        }
        assertTrue(matches > 100, detector.name() + ": too few matches to tell (" + matches + ")");
    }

    /** The keyword detectors whose regions this matters most for are among those read as cut-free. */
    @Test
    void theKeywordDetectorsOfDigitsAreCutFree() {
        List<String> names = cutFree().filter(d -> !d.spansMayStartInWord() && !d.spansMayEndInWord())
                .map(PatternDetector::name).toList();
        for (String expected : List.of("card-cvv", "card-expiry", "card-pin", "uk-utr", "ca-health-number",
                "passport-number", "driver-id")) {
            assertTrue(names.contains(expected), expected + " not read as cut-free: " + names);
        }
    }

    private static boolean splits(String text, int pos) {
        return pos > 0 && pos < text.length() && Character.isLetter(text.charAt(pos - 1))
                && Character.isLetter(text.charAt(pos));
    }
}
