package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextWordsTest {
    private static final ContextWords WORDS = ContextWords.of("routing number", "aba", "SSN", "e-mail");

    /** The candidate is always the token 123456789 in the text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "Routing Number: 123456789                 | routing number",
        "ABA#123456789                             | aba",
        "123456789 (ssn)                           | ssn",
        "E-Mail 123456789                          | e mail",
        "routing 123456789 number                  | NONE",
        "abacus 123456789                          | NONE",
        "the SSNs 123456789                        | NONE",
        "ssn one two three four five six 123456789 | NONE",
        "ssn one two three four five 123456789     | ssn",
        "123456789 one two three ssn               | NONE",
        "123456789 one ssn                         | ssn",
    })
    void findsWholeWordsAndPhrasesWithinTheWindow(String text, String expected) {
        int s = text.indexOf("123456789");
        assertEquals(expected, WORDS.findNear(text, s, s + 9));
        assertEquals(expected, WORDS.findNear(new TextView(text), s, s + 9), "from the word index");
    }

    /**
     * The word index gives the walk's answer everywhere: at every candidate edge, including edges
     * inside words, with gaps longer than the window's reach, and in a text with a very long word.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Routing Number: 12 ssn-aba x routing number",
        "xssn 1 ssnx abacus ABA e-mail E-MAIL ssn",
        "ssn                                                                                                                                                                                                         1 aba",
        "ssn aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 7 aba",
    })
    void wordIndexAnswersAsTheWalkDoes(String text) {
        TextView view = new TextView(text);
        for (int s = 0; s < text.length(); s++) {
            for (int e = s + 1; e <= Math.min(text.length(), s + 4); e++) {
                assertEquals(WORDS.findNear(text, s, e), WORDS.findNear(view, s, e), s + "-" + e);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "5"})
    void emptyListNeverMatches(int at) {
        assertNull(ContextWords.of().findNear("ssn ssn ssn", at, at + 1));
    }
}
