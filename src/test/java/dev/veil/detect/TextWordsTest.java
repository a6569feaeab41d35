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

    /**
     * Each word's hash is {@link WordHash#of} its letters and its edge pairs those of its first and
     * last two letters folded, whether the text is read from its Latin-1 bytes (eight letters a load)
     * or as characters (a short text, or one with a character beyond Latin-1): words of every length
     * around eight, at the text's end, in capitals and in Latin-1 letters.
     */
    @Test
    void hashesAndEdgesAreThoseOfTheWordsLetters() {
        Random random = new Random(1201);
        String letters = "abcxyzABCXYZ\u00e9\u00c9\u00df\u00ff\u00b5\u00aa\u00c0\u00de";
        String wide = "\u0130\u212a\u1e9e\u0391\u03c3\u017f";
        for (int t = 0; t < 200; t++) {
            StringBuilder sb = new StringBuilder();
            int target = t % 4 == 0 ? random.nextInt(900) : 1024 + random.nextInt(3000);
            while (sb.length() < target) {
                int length = 1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 10);
                for (int i = 0; i < length; i++) {
                    boolean beyond = t % 3 == 2 && random.nextInt(200) == 0;
                    sb.append(beyond ? wide.charAt(random.nextInt(wide.length())) : letters.charAt(random.nextInt(letters.length())));
                }
                sb.append(" ,.-1\n".charAt(random.nextInt(6)));
            }
            if (random.nextBoolean()) {
                sb.setLength(sb.length() - 1); // a word at the text's very end
            }
            String text = sb.toString();
            TextWords words = TextWords.of(text, CharClasses.of(text));
            for (int k = 0; k < words.count(); k++) {
                int s = words.start(k);
                int e = words.end(k);
                String word = text.substring(s, e);
                assertEquals(WordHash.of(word), words.hash(k), word);
                int expected = e - s < 2 ? 0 : (pair(text.charAt(s), text.charAt(s + 1)) + 1) << 16
                        | (pair(text.charAt(e - 2), text.charAt(e - 1)) + 1);
                assertEquals(expected, words.edgePairs(k), word);
            }
        }
    }

    /** The pair of two letters as a look-up folds them: both small a-z, or -1. */
    private static int pair(char a, char b) {
        int f = Letters.lower(a) - 'a';
        int s = Letters.lower(b) - 'a';
        return f >= 0 && f < 26 && s >= 0 && s < 26 ? f * 26 + s : -1;
    }

    /** Words equal ignoring case (as context phrases are compared) have one hash: capitals of Latin-1 and beyond. */
    @Test
    void wordsEqualIgnoringCaseHashAlike() {
        String[][] same = {{"Address", "ADDRESS", "address"}, {"\u00c9T\u00c9", "\u00e9t\u00e9"},
            {"STRASSE", "strasse"}, {"Stra\u00dfe", "STRA\u1e9eE"}, {"\u0130d", "id"}, {"\u212aey", "key"},
            {"abcdefghijKLMNOPQRSTUVWXYZ", "ABCDEFGHIJklmnopqrstuvwxyz"}};
        for (String[] words : same) {
            for (String w : words) {
                assertEquals(WordHash.of(words[0]), WordHash.of(w), w);
            }
        }
        // and different words, mostly different hashes (a shared hash costs only a comparison of letters)
        java.util.Set<String> distinct = new java.util.HashSet<>();
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int j = 1 + random.nextInt(12); j > 0; j--) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            distinct.add(w.toString());
            hashes.add(WordHash.of(w.toString()));
        }
        assertEquals(true, hashes.size() > distinct.size() - 10, hashes.size() + " hashes of " + distinct.size() + " words");
    }
}
