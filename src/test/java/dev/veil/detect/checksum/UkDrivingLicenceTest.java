package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkDrivingLicenceTest {
    @ParameterizedTest
    @CsvSource({
        "JOHNS802146AB9XY, true",
        "DOE99853126J99KL, true",   // short surname padded with 9s, woman (month + 50)
        "johns802146ab9xy, true",
        "JOHNS813146AB9XY, false",  // month 13
        "JOHNS863146AB9XY, false",  // month 63
        "JOHNS802346AB9XY, false",  // day 34
        "JO9NS802146AB9XY, false",  // letters after the padding
        "JOHNS802146A99XY, true",   // one initial, padded
        "JOHNS8021461B9XY, false",  // first initial must be a letter
        "JOHNS802146AB9X, false",
    })
    void checksTheFieldStructure(String candidate, boolean valid) {
        assertEquals(valid, UkDrivingLicence.isValid(candidate));
    }
}
