package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingaporeNricTest {
    @ParameterizedTest
    @CsvSource({
        "S2367220J, true",
        "S5296515B, true",
        "T7592839J, true",   // T adds 4 before the remainder
        "T4019159Z, true",
        "F0060477K, true",   // foreigners use another letter table
        "G8857866Q, true",
        "M7752483L, true",   // M series: offset 3 and its own table
        "s2367220j, true",
        "S2367220A, false",
        "T2367220J, false",  // same digits, other series: other letter
        "A2367220J, false",  // no such prefix
        "S236722J, false",
    })
    void checksTheSeriesCheckLetter(String candidate, boolean valid) {
        assertEquals(valid, SingaporeNric.isValid(candidate));
    }
}
