package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AustralianTfnTest {
    @ParameterizedTest
    @CsvSource({
        "845046477, true",
        "845 046 477, true",
        "530542094, true",
        "870979564, true",
        "845046470, false",
        "84504647, false",
        "8450464770, false",
        "84504647A, false",
    })
    void checksWeightedModulus11(String candidate, boolean valid) {
        assertEquals(valid, AustralianTfn.isValid(candidate));
    }
}
