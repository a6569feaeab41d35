package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeselTest {
    @ParameterizedTest
    @CsvSource({
        "79251056267, true",   // month 25: May in the 2000s
        "00062724126, true",
        "74210792235, true",
        "85292596794, true",
        "79251056260, false",  // wrong check digit
        "7925105626, false",
        "792510562670, false",
        "7925105626A, false",
    })
    void checksDigitAndLength(String candidate, boolean valid) {
        assertEquals(valid, Pesel.isValid(candidate));
    }

    @ParameterizedTest
    @CsvSource({
        "00023000000", // 30 February
        "00130000000", // month 13
        "00000100000", // month 0
        "00490100000", // the 2100s
        "00810100000", // the 1800s
    })
    void rejectsImpossibleOrImplausibleDates(String withoutCheck) {
        String prefix = withoutCheck.substring(0, 10);
        for (char c = '0'; c <= '9'; c++) {
            assertEquals(false, Pesel.isValid(prefix + c), prefix + c);
        }
    }
}
