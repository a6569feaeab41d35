package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextWordsTest {
    /** The count of word starts before a position finds what a plain search finds, in any order of look-ups. */
    @Test
    void firstAtOrAfterIsThatOfAPlainSearchWhateverTheOrderOfLookUps() {
        Random random = new Random(1129);
        String[] pieces = {"a", "word", " ", "  ", "12", ", ", "Zoë", "\n", "x-y"};
        for (int t = 0; t < 300; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            TextWords words = TextWords.of(text, CharClasses.of(text));
            for (int q = 0; q < 200; q++) {
                // mostly ascending positions near each other, as detectors ask, sometimes anywhere
                int pos = random.nextInt(4) == 0 ? random.nextInt(text.length() + 2) - 1
                        : Math.min(text.length() + 1, q * text.length() / 200 + random.nextInt(5));
                int expected = 0;
                while (expected < words.count() && words.start(expected) < pos) {
                    expected++;
                }
                assertEquals(expected, words.firstAtOrAfter(pos), "position " + pos + " in '" + text + "'");
            }
        }
    }

    @Test
    void aLetterPairIsThePairOfItsLowerCaseLetters() {
        // the ASCII fast path answers as the definition: both fold (Letters.lower) to a-z, or -1
        char[] chars = new char[400];
        for (int i = 0; i < 300; i++) {
            chars[i] = (char) i;
        }
        char[] beyond = {'\u212a', '\u0130', '\u017f', '\u00c9', '\u0391', '\u2019', '\uff21', '\ud835'};
        for (int i = 0; i < 100; i++) {
            chars[300 + i] = beyond[i % beyond.length];
        }
        for (char a : chars) {
            for (char b : chars) {
                int f = Letters.lower(a) - 'a';
                int s = Letters.lower(b) - 'a';
                int expected = f >= 0 && f < 26 && s >= 0 && s < 26 ? f * 26 + s : -1;
                assertEquals(expected, TextWords.letterPair(a, b), (int) a + "," + (int) b);
            }
        }
    }
}
