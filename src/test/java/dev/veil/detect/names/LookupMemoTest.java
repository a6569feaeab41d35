package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The memo answers as the lexicon does for every word of a text, also for words that repeat in
 * another case or with apostrophes (each spelling kept, with the answer of the first) and past
 * the point where it grows.
 */
class LookupMemoTest {
    private static final String[] WORDS = {"Mary", "MARY", "mary", "O'Brien", "OBrien", "o’brien", "Smith", "smith",
        "Dr", "dear", "van", "Street", "Ltd", "Schedule", "Total", "Élodie", "élodie", "Zzyzx", "D'", "Marie-Claire"};

    @Test
    void answersAsTheLexiconForRepeatedAndManyWords() {
        NameLexicon lexicon = NameLexicon.shipped();
        String text = randomText(new Random(41), 5000);
        LookupMemo memo = new LookupMemo(text, lexicon);
        int known = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            int expected = lexicon.classes(text, start, end);
            assertEquals(expected, memo.classes(start, end, WordTable.hash(text, start, end)), text.substring(start, end));
            known += expected != 0 ? 1 : 0;
            start = end + 1;
        }
        assertTrue(known > 1000, known + " known words");
    }

    /**
     * Whatever hash a word is asked with, the answer is the lexicon's: the same word under two
     * hashes, and different words under one (here the word's length, or one of three values).
     */
    @Test
    void answersAsTheLexiconWhateverTheHashAskedWith() {
        NameLexicon lexicon = NameLexicon.shipped();
        Random random = new Random(43);
        String text = randomText(random, 800);
        LookupMemo memo = new LookupMemo(text, lexicon);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            int hash = switch (random.nextInt(3)) {
                case 0 -> WordTable.hash(text, start, end);
                case 1 -> end - start;
                default -> random.nextInt(3);
            };
            assertEquals(lexicon.classes(text, start, end), memo.classes(start, end, hash), text.substring(start, end));
            start = end + 1;
        }
    }

    /**
     * 3,000 words, each followed by a space: known words in every form, and a third made up from
     * {@code madeUp} distinct ones, so that the memo grows.
     */
    private static String randomText(Random random, int madeUp) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(random.nextInt(3) == 0 ? "W" + Integer.toString(random.nextInt(madeUp), 26).replaceAll("[0-9]", "q")
                    : WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString();
    }
}
