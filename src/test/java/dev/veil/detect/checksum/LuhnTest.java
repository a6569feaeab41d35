package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuhnTest {
    @ParameterizedTest
    @CsvSource({
        "4114710497465079, true",
        "4114 7104 9746 5079, true",
        "4114-7104-9746-5079, true",
        "116372657, true",
        "00, true",
        "4114710497465078, false",
        "4114710497465097, false", // adjacent digits swapped
        "4114.7104.9746.5079, false",
        "41147104974650a9, false",
        "0, false",
        "'', false",
    })
    void checksTheCheckDigit(String value, boolean valid) {
        assertEquals(valid, Luhn.isValid(value));
    }
}
