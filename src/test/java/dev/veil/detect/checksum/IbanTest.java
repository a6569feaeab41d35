package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "DE50526018159083016613",
        "DE50 5260 1815 9083 0166 13",
        "DE50-5260-1815-9083-0166-13",
        "GB75VEIL18609139099603",
        "FR510824628194A821993518190",
        "NO9893786579754",
        "MT87VEIL32319ABCDEFGH1234567890",
        "IQ23VEIL487574911862527",
        "BE60601895559797",
    })
    void acceptsValidIbans(String iban) {
        assertEquals(true, Iban.isValid(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DE50526018159083016614",     // check digits do not match
        "DE05526018159083016613",     // check digits swapped
        "DE5052601815908301661",      // one character short for Germany
        "DE505260181590830166133",    // one character long
        "XX50526018159083016613",     // no such country
        "US50526018159083016613",     // a country without IBANs
        "de50526018159083016613",     // lower case
        "DEAB526018159083016613",     // letters as check digits
        "DE50 5260/1815 9083 0166 13",
        "",
    })
    void rejectsInvalidIbans(String iban) {
        assertEquals(false, Iban.isValid(iban));
    }

    @ParameterizedTest
    @CsvSource({"DE, 22", "NO, 15", "LC, 32", "RU, 33", "GB, 22", "US, 0", "XX, 0"})
    void knowsEachCountrysLength(String country, int length) {
        assertEquals(length, Iban.lengthFor(country));
    }

    @Test
    void mod97CountsLettersAsTwoDigits() {
        assertEquals(1, Iban.mod97("526018159083016613DE50"));
        assertEquals(10 % 97, Iban.mod97("A"));
        assertEquals(3510 % 97, Iban.mod97("Z10"));
    }
}
