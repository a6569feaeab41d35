package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The words that are not lower case of a long text are looked up together before the walk (their
 * spellings kept in the memo unanswered, then asked of the lexicon at once), a short text's as
 * asked: every word's classes must be what the lexicon answers for it alone, with a hyphenated
 * word's parts and the surname shapes as {@link WordTokens#classes} reads them; and the lexicon's answers for many words asked at once
 * ({@link NameLexicon#classes(String, int[], int, int[])}) must be its answers one by one.
 */
class WordTokensUpperLookUpTest {
    /** Known and unknown words in several cases, hyphens, apostrophes, long words, letters beyond ASCII, Greek and Cyrillic. */
    private static final String[] WORDS = {"Mary", "MARY", "mary", "O'Brien", "OBRIEN", "o’brien", "Smith", "SMITH",
        "Smith-Jones", "X-ray", "Dr", "Dear", "dear", "van", "Street", "Ltd", "Schedule", "Total", "Élodie", "ÉLODIE",
        "Zzyzx", "McAllister", "MacLeod", "D’Souza", "Marie-Claire", "Washington", "Commonwealth", "Administration",
        "Constantinopolitan", "Kowalczyk", "Γιώργος", "Москве", "Иван", "\u212aelvin", "İstanbul", "Straße", "J", "A",
        "Jean-Pierre-Louis", "Anne-", "Qwxv-Plok", "The", "THE", "Wxyzq", "Mc", "Nguyễn", "Bjørn", "and", "is"};
    private static final String[] GAPS = {" ", " ", ", ", ".\n", ": ", "\n", " 4 ", "="};

    @Test
    void everyWordHasTheClassesOfItsSpellingAlone() {
        NameLexicon lexicon = NameLexicon.shipped();
        Random random = new Random(24);
        int upper = 0;
        int known = 0;
        int longTexts = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            // short texts, whose words are looked up as asked, and long ones, whose upper-case words are kept as split
            int n = random.nextInt(8) == 0 ? 400 + random.nextInt(400) : 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                String w = random.nextInt(6) == 0 ? madeUp(random) : WORDS[random.nextInt(WORDS.length)];
                sb.append(w).append(GAPS[random.nextInt(GAPS.length)]);
            }
            String text = sb.toString();
            WordTokens tokens = new WordTokens(new TextView(text), lexicon);
            longTexts += text.length() >= WordTokens.KEEP_UPPER_FROM ? 1 : 0;
            for (int i = 0; i < tokens.count(); i++) {
                int expected = plainClasses(lexicon, text, tokens.start(i), tokens.end(i));
                assertEquals(expected, tokens.classes(i), text.substring(tokens.start(i), tokens.end(i)) + " in " + text);
                upper += tokens.isUpperStart(i) ? 1 : 0;
                known += expected != 0 ? 1 : 0;
            }
        }
        assertTrue(upper > 20_000 && known > 20_000 && longTexts > 300, upper + " upper-case words, " + known + " known, "
                + longTexts + " texts long enough to keep them");
    }

    @Test
    void manyWordsAskedAtOnceAnswerAsOneByOne() {
        NameLexicon lexicon = NameLexicon.shipped();
        Random random = new Random(25);
        for (int t = 0; t < 300; t++) {
            StringBuilder sb = new StringBuilder();
            List<Integer> bounds = new ArrayList<>();
            for (int i = 0, n = random.nextInt(200); i < n; i++) {
                String w = random.nextInt(3) == 0 ? madeUp(random) : WORDS[random.nextInt(WORDS.length)];
                bounds.add(sb.length());
                sb.append(w);
                bounds.add(sb.length());
                sb.append(' ');
            }
            String text = sb.toString();
            int n = bounds.size() / 2;
            int[] b = bounds.stream().mapToInt(Integer::intValue).toArray();
            int[] out = new int[n];
            lexicon.classes(text, b, n, out);
            for (int j = 0; j < n; j++) {
                assertEquals(lexicon.classes(text, b[2 * j], b[2 * j + 1]), out[j], text.substring(b[2 * j], b[2 * j + 1]));
            }
        }
    }

    /** A word of random letters, some beyond ASCII, in any case, at times with a hyphen or apostrophe inside. */
    private static String madeUp(Random random) {
        String letters = "aeiouxyzqkrstlnmAEIOUXQZKéÉøΓιώ\u212a";
        StringBuilder sb = new StringBuilder();
        sb.append(Character.toUpperCase(letters.charAt(random.nextInt(letters.length()))));
        for (int i = 0, n = random.nextInt(16); i < n; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        if (random.nextInt(5) == 0) {
            sb.insert(1 + random.nextInt(sb.length()), random.nextBoolean() ? '-' : '\'');
            sb.append('b');
        }
        return sb.toString();
    }

    /** The classes of {@code text[start, end)} asked of the lexicon alone, as {@link WordTokens#classes} reads them. */
    private static int plainClasses(NameLexicon lexicon, String text, int start, int end) {
        int whole = lexicon.classes(text, start, end);
        if (whole != 0) {
            return whole;
        }
        int hyphen = text.substring(start + 1, Math.max(start + 1, end - 1)).indexOf('-');
        if (hyphen < 0) {
            String w = text.substring(start, end);
            boolean shape = (w.length() >= 4 && w.startsWith("Mc") && Character.isUpperCase(w.charAt(2)))
                    || (w.length() >= 5 && w.startsWith("Mac") && Character.isUpperCase(w.charAt(3)))
                    || (w.length() >= 4 && (w.charAt(0) == 'O' || w.charAt(0) == 'D') && WordTable.isApostrophe(w.charAt(1))
                    && Character.isUpperCase(w.charAt(2)));
            return shape ? WordClass.PERSON_NAME.bit() : 0;
        }
        int h = start + 1 + hyphen;
        int left = plainClasses(lexicon, text, start, h);
        int right = plainClasses(lexicon, text, h + 1, end);
        int names = WordClass.FIRST_NAME.bit() | WordClass.SURNAME.bit() | WordClass.PERSON_NAME.bit();
        return ((left | right) & names) | (left & right & ~names);
    }
}
