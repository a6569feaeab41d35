package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanTaxIdTest {
    @ParameterizedTest
    @CsvSource({
        "87671297541, true",
        "22976203143, true",
        "19453042843, true",
        "42659878302, true",
        "87671297540, false",  // wrong check digit
        "07671297541, false",  // leading zero
        "8767129754, false",
        "876712975412, false",
    })
    void checksIso7064Mod1110(String candidate, boolean valid) {
        assertEquals(valid, GermanTaxId.isValid(candidate));
    }

    /** The first ten digits of each case break the repetition rule; the check digit is made right. */
    @ParameterizedTest
    @ValueSource(strings = {
        "1111234567", // one digit four times
        "1123345678", // two different digits repeated
        "1112345678", // three times in a row
    })
    void rejectsDigitPatternsNeverIssued(String firstTen) {
        assertFalse(GermanTaxId.isValid(firstTen + GermanTaxId.checkDigit(firstTen)));
    }

    @Test
    void acceptsOneDigitThreeTimesWhenNotInARow() {
        String firstTen = "1213456789";
        assertEquals(true, GermanTaxId.isValid(firstTen + GermanTaxId.checkDigit(firstTen)));
    }
}
