package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameLexiconTest {
    private static final NameLexicon LEXICON = NameLexicon.shipped();

    @Test
    void holdsTheShippedListsFromOneCopy() {
        // census 5k first names and 89k surnames, 39k people names, 38k common words, faker 15k + 14k
        assertTrue(LEXICON.size() > 140_000, "entries: " + LEXICON.size());
        assertTrue(NameLexicon.shipped() == LEXICON, "loaded once");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Mary,      FIRST_NAME",
        "KOWALSKI,  SURNAME",
        "O'Brien,   SURNAME",
        "Oluwaseun, FIRST_NAME",
        "Okonkwo,   PERSON_NAME",
        "will,      COMMON_WORD",
        "Will,      FIRST_NAME",
        "May,       NON_NAME",
        "Customer,  NEVER_NAME",
        "Dr,        TITLE",
        "GmbH,      COMPANY_SUFFIX",
        "Street,    ADDRESS_WORD",
        "Dear,      GREETING_CUE",
        "Sincerely, SIGNOFF_CUE",
        "Patient,   LABEL_CUE",
        "MD,        POST_NOMINAL",
        "van,       PARTICLE",
    })
    void classifiesWordsCaseInsensitively(String word, WordClass expected) {
        assertTrue(expected.in(LEXICON.classes(word, 0, word.length())), word + " should be " + expected);
    }

    @Test
    void unknownWordsHaveNoClass() {
        String text = "the Zqxwv report";
        assertEquals(0, LEXICON.classes(text, 4, 9));
    }

    @Test
    void wordTableLooksUpSlicesIgnoringCaseAndApostrophes() {
        WordTable t = WordTable.of(Map.of("obrien", WordClass.SURNAME.bit(), "mary", WordClass.FIRST_NAME.bit()));
        String text = "to MARY O\u2019Brien's";
        assertEquals(WordClass.FIRST_NAME.bit(), t.lookup(text, 3, 7));
        assertEquals(WordClass.SURNAME.bit(), t.lookup(text, 8, 15));
        assertEquals(0, t.lookup(text, 8, 17), "with the possessive it is another word");
        assertEquals(0, t.lookup(text, 0, 2));
    }
}
