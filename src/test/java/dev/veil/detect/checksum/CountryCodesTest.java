package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryCodesTest {
    @ParameterizedTest
    @CsvSource({"DE, true", "GB, true", "US, true", "XK, false", "UK, false", "EU, false", "ZZ, false",
        "de, false", "D, false", "DEU, false"})
    void knowsAssignedCodes(String code, boolean assigned) {
        assertEquals(assigned, CountryCodes.isCountry(code));
    }

    @Test
    void holdsEveryAssignedCode() {
        assertEquals(249, CountryCodes.count());
    }
}
