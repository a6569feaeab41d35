package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishIdTest {
    @ParameterizedTest
    @CsvSource({
        "65581127P, true",
        "65581127-P, true",
        "62494900j, true",
        "91499963Y, true",
        "00000000T, true",
        "0000000T, true",     // seven digits: a leading zero left out
        "65581127A, false",
        "6558112P, false",
        "X4701566K, false",   // an NIE is not a NIF
    })
    void checksTheNifControlLetter(String candidate, boolean valid) {
        assertEquals(valid, SpanishId.isValidNif(candidate));
    }

    @ParameterizedTest
    @CsvSource({
        "X4701566K, true",
        "X5768631-R, true",
        "x1772854z, true",
        "X4701566A, false",
        "W4701566K, false",   // only X, Y, Z
        "X470156K, false",
        "65581127P, false",
    })
    void checksTheNieControlLetter(String candidate, boolean valid) {
        assertEquals(valid, SpanishId.isValidNie(candidate));
    }
}
