package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbaRoutingTest {
    @ParameterizedTest
    @CsvSource({
        "015798682, true",
        "122828801, true",
        "217290221, true",
        "322791806, true",
        "615888714, true",
        "728033401, true",
        "801878017, true",
        "0157-9868-2, true",
        "015798683, false",  // checksum
        "137598980, false",  // checksum passes, prefix 13 unused
        "203478879, false",  // prefix 20 unused
        "508384833, false",  // prefix 50 unused
        "997261677, false",  // prefix 99 unused
        "000000000, false",
        "01579868, false",
        "0157986820, false",
        "01579868a, false",
    })
    void checksWeightsAndPrefix(String value, boolean valid) {
        assertEquals(valid, AbaRouting.isValid(value));
    }
}
