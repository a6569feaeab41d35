package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalInsuranceNumberTest {
    @ParameterizedTest
    @CsvSource({
        "JG103721A, true",
        "JG 10 37 21 A, true",
        "jg103721d, true",
        "CE 99 01 42 B, true",
        "DG103721A, false",  // D never first
        "QG103721A, false",  // Q never first
        "JO103721A, false",  // O never second
        "JV103721A, false",  // V never second
        "GB103721A, false",  // reserved prefixes
        "NK103721A, false",
        "TN103721A, false",
        "ZZ103721A, false",
        "JG103721E, false",  // suffix only A-D
        "JG10372A, false",
        "J1103721A, false",
    })
    void appliesThePrefixAndSuffixRules(String candidate, boolean valid) {
        assertEquals(valid, NationalInsuranceNumber.isValid(candidate));
    }
}
