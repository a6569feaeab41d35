package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The text's word filter answers "may contain" for few words that are absent, also in the short
 * texts of a document's units, where every context-requiring detector asks for its keywords.
 */
class TextWordFilterRateTest {
    private static String word(Random random) {
        char[] w = new char[3 + random.nextInt(7)];
        for (int i = 0; i < w.length; i++) {
            w[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(w);
    }

    @Test
    void fewAbsentWordsPassInShortOrLongTexts() {
        Random random = new Random(14);
        for (int words : new int[] {5, 30, 200, 3_000}) {
            int asked = 0;
            int passed = 0;
            for (int text = 0; text < 40; text++) {
                Set<String> present = new HashSet<>();
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < words; k++) {
                    String w = word(random);
                    present.add(w);
                    sb.append(k % 9 == 0 ? w.toUpperCase() : w).append(k % 7 == 0 ? ", " : " ");
                }
                TextView view = new TextView(sb.toString());
                for (String w : present) {
                    assertTrue(view.mayContainWord(w), w); // never a false "absent"
                }
                for (int q = 0; q < 500; q++) {
                    String w = word(random);
                    if (!present.contains(w)) {
                        asked++;
                        passed += view.mayContainWord(w) ? 1 : 0;
                    }
                }
            }
            double rate = passed / (double) asked;
            assertTrue(rate < 0.02, words + " words a text: " + passed + " of " + asked + " absent words passed");
        }
    }
}
