package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which pattern shapes {@link RegexEdges} reads as never starting or ending inside a word, and which it leaves unsure. */
class RegexEdgesTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = ";;", quoteCharacter = '`', value = {
        // pattern ;; may start in a word ;; may end in a word
        "\\b\\d{3}\\b ;; false ;; false",
        "\\d(?<![A-Za-z0-9.,/-]\\d)\\d{2,3}(?![A-Za-z0-9]|[.,/-]\\d) ;; false ;; false",
        "(?i)\\b(?=[A-Z]{0,8}\\d)[A-Z0-9](?<![/.\\\\].)[A-Z0-9]{7,8}\\b(?![./\\\\-]\\w) ;; false ;; false",
        "(?<![\\w./-])\\b[A-Z0-9]{1,10}(?:[ -][A-Z0-9]{1,5}){0,2}\\b(?![\\w-]|\\.\\w) ;; false ;; false",
        "[0-9]+[A-Z] ;; false ;; true",
        "[A-Z]\\d{1,4} ;; true ;; false",
        "\\d?[A-Z] ;; true ;; true",
        "\\d*x\\d{0,2} ;; true ;; true",
        "\\d{0,3} ;; true ;; true",
        "(?:\\d)+ ;; true ;; true",
        "\\b\\d|x ;; true ;; true",
        "\\p{L}\\d ;; true ;; true",
        "[A-Za-z0-9/+](?<![A-Za-z0-9/+=][A-Za-z0-9/+])[A-Za-z0-9/+]{39}(?![A-Za-z0-9/+=]) ;; true ;; true",
        "[]a]\\d ;; true ;; true",
        "(\\d ;; true ;; true",
        "`` ;; true ;; true",
    })
    void readsTheEdgesOfPatterns(String regex, boolean mayStart, boolean mayEnd) {
        assertEquals(mayStart, RegexEdges.mayStartInWord(regex), "start of " + regex);
        assertEquals(mayEnd, RegexEdges.mayEndInWord(regex), "end of " + regex);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = ";;", quoteCharacter = '`', nullValues = "NULL", value = {
        // pattern ;; its trailing look-arounds
        "(?<![\\w./-])[A-Z0-9]{1,10}(?:[ -][A-Z0-9]{1,5}){0,2}(?![\\w-]|\\.\\w) ;; (?![\\w-]|\\.\\w)",
        "\\d{3}(?=x)(?!\\d) ;; (?=x)(?!\\d)",
        "\\d{3} ;; ``",
        "(?i)\\b[A-Z]{3}(?![a-z]) ;; NULL",
        "\\d(?!x)|y ;; NULL",
    })
    void readsTheLookaroundsAfterAMatch(String regex, String expected) {
        assertEquals(expected, RegexEdges.trailingLookarounds(regex), regex);
    }
}
