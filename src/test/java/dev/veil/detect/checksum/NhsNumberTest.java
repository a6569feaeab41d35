package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NhsNumberTest {
    @ParameterizedTest
    @CsvSource({
        "9247230101, true",
        "924 723 0101, true",
        "924-723-0101, true",
        "0866868194, true",
        "8107430123, true",
        "9247230100, false",
        "924723010, false",    // nine digits
        "92472301011, false",  // eleven digits
        "924723010A, false",
        "0000000010, false",   // remainder 1: check digit would be 10, never issued
    })
    void checksModulus11(String candidate, boolean valid) {
        assertEquals(valid, NhsNumber.isValid(candidate));
    }
}
