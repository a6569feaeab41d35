package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinnishIdentityCodeTest {
    @ParameterizedTest
    @CsvSource({
        "010121-5941, true",
        "030594-4015, true",
        "030256-582S, true",
        "011152A453J, true",
        "190582a741b, true",
        "030594Y4015, true",   // Y: one of the 1900s signs added in 2023
        "030594+4015, true",   // the century sign does not enter the check
        "010121-5940, false",  // wrong check character
        "300221-5941, false",  // 30 February
        "010121-0011, false",  // individual numbers 000 and 001 are not used
        "010121/5941, false",  // not a century sign
        "010121-594, false",
    })
    void checksDateCenturySignAndModulus31(String candidate, boolean valid) {
        assertEquals(valid, FinnishIdentityCode.isValid(candidate));
    }
}
