package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneCandidatesTest {
    /** The pattern the detector used before the hand-written reading: the reading must agree with it. */
    private static final String ELEM = "(?:\\([ ]?\\d{1,5}[ ]?\\)|\\d{1,12}+)";
    private static final String SEP = "(?:[ ]{0,2}[.\\-/][ ]{0,2}|[ ]{1,2}|(?<=\\)))";
    private static final Pattern GRAMMAR = Pattern.compile(
            "(?<![\\w+.\\-/])(?:\\+[ ]?)?" + ELEM + "(?:" + SEP + ELEM + "){0,7}+"
                    + "(?:[ ]{0,2}(?:[xX]|[eE][xX][tT]\\.?|extension|#)[ ]{0,2}\\d{1,6}+)?"
                    + "(?![\\w]|[.\\-/]\\d)");
    private static final String[] PIECES = {"0", "1", "2", "5", "9", "12", "555", "1234", "1234567890123",
        " ", " ", "  ", "   ", "-", ".", "/", "(", ")", "+", "x", "X", "e", "E", "xt", "XT", "ext", "ext.",
        "extension", "#", "a", "_", ",", "\t", "\n"};

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "call +1 212-555-0954. | 5 | 20",
        "(212) 555-0954 x12 | 0 | 18",
        "212.555.0954 ext. 7 | 0 | 19",
        "212 555 0954 extension 77 | 0 | 25",
        "212-555-0954x12a | 0 | -1",
        "212-555-0954 x12a | 0 | 12",
        "a212-555-0954 | 1 | -1",
        "( 12 )(34) 5 | 0 | 12",
        "1234567890123456 | 0 | -1",
    })
    void readsTheCandidateThatStartsThere(String text, int start, int end) {
        assertEquals(end, PhoneCandidates.endAt(text, start), text);
        assertEquals(end, byPattern(text, start), text);
    }

    @Test
    void agreesWithThePatternOnRandomDigitsAndPunctuation() {
        Random random = new Random(20261129);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (int p = 0; p < text.length(); p++) {
                assertEquals(byPattern(text, p), PhoneCandidates.endAt(text, p), () -> "'" + text + "' at " + text.length());
            }
        }
    }

    private static int byPattern(String text, int start) {
        Matcher m = GRAMMAR.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(start, text.length());
        return m.lookingAt() ? m.end() : -1;
    }
}
