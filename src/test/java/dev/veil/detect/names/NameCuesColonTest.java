package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.TextView;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NameCues#followsColon}, read from one pass over the text's colons, is what a look back
 * from each word finds: only spaces and tabs between a colon and the word. On random texts of
 * labels, colons, spaces, tabs, line breaks, words glued to colons and colons inside times.
 */
class NameCuesColonTest {
    private static final String[] PIECES = {"Name", "name", "first_name", "Surname", "Mary", "mary", "smith", ":", ":",
        "::", " ", " ", "  ", "\t", " \t ", "\n", "12:30", "http://x", "é", "Ana", "-", "'s", ",", ": ", ":\t", "a"};

    @Test
    void aWordFollowsAColonWhereALookBackFindsOne() {
        Random random = new Random(1130);
        int after = 0;
        int notAfter = 0;
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            WordTokens words = new WordTokens(new TextView(text), NameLexicon.shipped());
            NameCues cues = new NameCues(text, words);
            for (int s = 0; s < words.count(); s++) {
                boolean expected = lookBack(text, words.start(s));
                int word = s;
                assertEquals(expected, cues.followsColon(s), () -> "word " + word + " of: " + text);
                after += expected ? 1 : 0;
                notAfter += expected ? 0 : 1;
            }
        }
        assertTrue(after > 2_000 && notAfter > 2_000, after + " after a colon, " + notAfter + " not");
    }

    /** The last character before {@code start} that is not a space or tab is a colon. */
    private static boolean lookBack(String text, int start) {
        int k = start - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':';
    }
}
