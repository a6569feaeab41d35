package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerhoeffTest {
    @ParameterizedTest
    @CsvSource({
        "2363, true",          // the textbook example: 236 with check digit 3
        "2364, false",
        "853752319874, true",
        "770020427596, true",
        "564136508438, true",
        "853752319870, false",
        "770020427569, false", // adjacent transposition of the last two digits
        "0, false",            // too short to carry a check digit
        "85375231987a, false",
    })
    void acceptsOnlyNumbersWithTheRightCheckDigit(String digits, boolean valid) {
        assertEquals(valid, Verhoeff.isValid(digits));
    }

    @ParameterizedTest
    @ValueSource(strings = {"853752319874", "493257942660"})
    void catchesEverySingleDigitChange(String valid) {
        for (int i = 0; i < valid.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                assertEquals(false, Verhoeff.isValid(changed), changed);
            }
        }
    }
}
