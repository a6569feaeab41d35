package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WordTable#lookup} answers words of up to twelve letters and hyphens from its tables of
 * such keys: the answer must be the one the slots of all keys give ({@link WordTable#lookupInSlots}),
 * for every key of the shipped table as stored and respelled (case, apostrophes, letters beyond
 * ASCII that fold to ASCII ones) and for random words of every length around the tables' bounds.
 */
class WordTableShortKeysTest {
    /** Characters a respelled or random word is made of: ASCII and other letters, apostrophes, and some that fold to ASCII (Kelvin sign, dotted capital I). */
    private static final String ALPHABET = "aeinorstlmAEINORSTZzqxé'’\u212aİıßÉ-";

    @Test
    void shippedKeysAndTheirRespellingsAnswerAsTheSlots() {
        WordTable table = NameLexicon.shipped().table();
        List<String> keys = new ArrayList<>();
        table.forEachKey((slot, hash, entries, from, length) -> keys.add(new String(entries, from + 3, length)));
        Random random = new Random(23);
        int known = 0;
        for (String key : keys) {
            assertSame(table, key);
            String respelled = respell(key, random);
            assertSame(table, respelled);
            known += table.lookup(key, 0, key.length()) != 0 ? 1 : 0;
        }
        assertEquals(keys.size(), known, "every key is found");
        for (int i = 0; i < 200_000; i++) {
            assertSame(table, randomWord(random, random.nextInt(16)));
        }
    }

    @Test
    void aSmallTableAnswersAsItsSlots() {
        WordTable table = WordTable.of(Map.of("obrien", WordClass.SURNAME.bit(), "mary", WordClass.FIRST_NAME.bit(),
                "abcdefghi", WordClass.COMMON_WORD.bit(), "abcdefghij", WordClass.NON_NAME.bit(), "élodie", WordClass.FIRST_NAME.bit(),
                "abcdefghijkl", WordClass.TITLE.bit(), "abcdefghijklm", WordClass.TITLE.bit(), "smith-jones", WordClass.SURNAME.bit(),
                "kate", WordClass.FIRST_NAME.bit() | WordClass.SURNAME.bit()));
        Random random = new Random(29);
        for (String w : new String[] {"O'Brien", "MARY", "ABCDEFGHI", "abcdefghij", "Élodie", "\u212aate", "KATE", "", "'", "mar", "maryy",
            "ABCDEFGHIJKL", "abcdefghijklm", "abcdefghijk", "Smith-Jones", "smith-jone", "-", "--", "a-"}) {
            assertSame(table, w);
        }
        assertTrue(table.lookup("O’BRIEN", 0, 7) == WordClass.SURNAME.bit());
        for (int i = 0; i < 100_000; i++) {
            assertSame(table, randomWord(random, random.nextInt(16)));
        }
    }

    private static void assertSame(WordTable table, String word) {
        // also inside a longer text, at an offset
        String text = "x " + word + " y";
        assertEquals(table.lookupInSlots(text, 2, 2 + word.length()), table.lookup(text, 2, 2 + word.length()), word);
    }

    private static String respell(String key, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (random.nextInt(8) == 0) {
                b.append(random.nextBoolean() ? '\'' : '\u2019');
            }
            if (c == 'k' && random.nextInt(4) == 0) {
                b.append('\u212a'); // the Kelvin sign folds to k
            } else if (c == 'i' && random.nextInt(4) == 0) {
                b.append('\u0130'); // a capital I with a dot folds to i
            } else {
                b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
        }
        return b.toString();
    }

    private static String randomWord(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
