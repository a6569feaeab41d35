package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The words {@link WordTokens} reads from the view's shared runs of letters are the words its
 * own walk over every character found: same bounds, shapes and possessives (and the bits of the
 * capitalised words are those of their shape, and the words to visit those a plain scan finds), on random texts of
 * the pieces that walk looked at (joiners, digits and underscores that glue, possessives, case,
 * letters beyond ASCII, over-long words).
 */
class WordTokensFromRunsTest {
    private static final String[] PIECES = {"Mary", "mary", "MARY", "J", "j", "O'Brien", "o’neil", "Smith-Jones", "-",
        "'", "’", "'s", "’S", "s", "van", "A4", "4", "_", "x", " ", " ", "  ", ".", ",", "\n", "É", "élan", "ÉCOLE",
        "ǅ", "ß", "中文", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmno", "attentionplease", "--", "''", "Mc", "A-", "-b",
        "is", "I'm", "its", ":", ": ", "name:", "=", "=\"", "id=", "first name: ", "is ", "am "};

    @Test
    void wordsFromSharedRunsAreTheWordsOfTheCharacterWalk() {
        Random random = new Random(21);
        int words = 0;
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(14); i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            WordTokens tokens = new WordTokens(new TextView(text), NameLexicon.shipped());
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < tokens.count(); i++) {
                actual.add(tokens.start(i) + "-" + tokens.end(i) + ":" + tokens.shape(i) + (tokens.isPossessive(i) ? "s" : ""));
            }
            List<String> expected = characterWalk(text);
            assertEquals(expected, actual, text);
            words += expected.size();
            // the bits of the capitalised words are the words of that shape, and no other bit is set
            for (int b = 0; b < (tokens.count() + 63) >>> 6; b++) {
                long bits = 0;
                for (int i = b << 6; i < Math.min(tokens.count(), (b + 1) << 6); i++) {
                    bits |= tokens.shape(i) == WordTokens.CAPITALISED ? 1L << i : 0;
                }
                assertEquals(bits, tokens.capitalisedBits(b), text);
            }
            // the next word to visit is the first from i on that is not lower case, follows a colon or
            // a label, or follows a word that may introduce the writer
            for (int i = 0; i <= tokens.count() + 70; i++) {
                int expectedNext = tokens.count();
                for (int k = i; k < tokens.count(); k++) {
                    if (tokens.shape(k) != WordTokens.LOWER || tokens.followsColon(k) || tokens.followsLabel(k)
                            || (k > 0 && tokens.mayIntroduce(k - 1))) {
                        expectedNext = k;
                        break;
                    }
                }
                assertEquals(expectedNext, tokens.nextToVisit(i), text + " from " + i);
            }
        }
        assertTrue(words > 3_000, words + " words compared");
    }

    /** The walk over every character that WordTokens made before it read the shared runs. */
    private static List<String> characterWalk(String t) {
        List<String> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean upperFirst = isUpper(c);
            boolean anyLower = !upperFirst;
            int letters = 1;
            i++;
            while (i < n) {
                char d = t.charAt(i);
                if (isLetter(d)) {
                    anyLower |= !isUpper(d);
                    letters++;
                    i++;
                } else if ((d == '-' || WordTable.isApostrophe(d)) && i + 1 < n && isLetter(t.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (!upperFirst) {
                if (i - start <= 12 && !glued(t, start, i)) {
                    out.add(start + "-" + i + ":" + WordTokens.LOWER);
                }
                continue;
            }
            int end = i;
            if (end - start > WordTokens.MAX_WORD_LENGTH || glued(t, start, end)) {
                continue;
            }
            boolean ownsS = end - start >= 3 && (t.charAt(end - 1) == 's' || t.charAt(end - 1) == 'S')
                    && WordTable.isApostrophe(t.charAt(end - 2));
            if (ownsS) {
                end -= 2;
            }
            int shape = letters == 1 ? WordTokens.INITIAL : anyLower ? WordTokens.CAPITALISED : WordTokens.ALL_CAPS;
            out.add(start + "-" + end + ":" + shape + (ownsS ? "s" : ""));
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean isUpper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static boolean glued(String t, int start, int end) {
        return (start > 0 && isCodeChar(t.charAt(start - 1))) || (end < t.length() && isCodeChar(t.charAt(end)));
    }

    private static boolean isCodeChar(char c) {
        return (c >= '0' && c <= '9') || c == '_';
    }
}
