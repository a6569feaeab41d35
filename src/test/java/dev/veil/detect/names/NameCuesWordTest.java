package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.TextView;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NameCues#isWord} and {@link NameCues#isAnyWord}, which turn words away on their first
 * letters before comparing them, answer as a plain case-blind comparison of the whole word does,
 * on random texts whose words differ in case, in first letters beyond ASCII that fold to ASCII
 * ones (the Kelvin sign, the long s, the dotless i) and in length.
 */
class NameCuesWordTest {
    private static final String[] PIECES = {"dog", "Dog", "DOG", "cat", "kitten", "\u212Aitten", "\u017Fign", "sign",
        "\u0131s", "is", "I", "i", "am", "Am", "law", "Law", "hurricane", "Storm", "me", "ME", "and", "\u00E9t\u00E9",
        "\u00C9T\u00C9", "pike", "Pike", "x", " ", ", ", "\n", "-", "to", "et", "al"};
    private static final String[] LOWERS = {"dog", "cat", "kitten", "sign", "is", "I", "i", "am", "law", "hurricane",
        "storm", "me", "and", "\u00E9t\u00E9", "pike", "to", "et", "al", "x"};

    @Test
    void firstLettersTurnAwayOnlyWordsTheComparisonTurnsAway() {
        Random random = new Random(22);
        int compared = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
            }
            String text = sb.toString();
            WordTokens words = new WordTokens(new TextView(text), NameLexicon.shipped());
            NameCues cues = new NameCues(text, words);
            for (int i = 0; i < words.count(); i++) {
                int s = words.start(i);
                int len = words.end(i) - s;
                for (String lower : LOWERS) {
                    boolean plain = len == lower.length() && text.regionMatches(true, s, lower, 0, len);
                    assertEquals(plain, cues.isWord(i, lower), text + " word " + i + " " + lower);
                    compared++;
                }
                String[] some = {LOWERS[random.nextInt(LOWERS.length)], LOWERS[random.nextInt(LOWERS.length)],
                    LOWERS[random.nextInt(LOWERS.length)]};
                boolean any = false;
                for (String lower : some) {
                    any |= len == lower.length() && text.regionMatches(true, s, lower, 0, len);
                }
                assertEquals(any, cues.isAnyWord(i, some), text + " word " + i);
            }
        }
        assertTrue(compared > 100_000, compared + " comparisons");
    }
}
