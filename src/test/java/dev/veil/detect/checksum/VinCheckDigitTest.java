package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VinCheckDigitTest {
    @ParameterizedTest
    @CsvSource({
        "1FTP9YP5956YYS7VH, true",
        "5YJ2KASG0MAZ6JYZ7, true",
        "JT21NL711PG70UX11, true",
        "LSVE14BU7RZRRPKVE, true",
        "lsve14bu7rzrrpkve, true",   // case does not matter
        "1FTP9YP5056YYS7VH, false",  // wrong check digit
        "5YJ2KASG1MAZ6JYZ7, false",
        "1FTP9YP5956YYS7V, false",   // 16 characters
        "1FTP9YP5956YYS7VO, false",  // O is not a VIN character
        "1FTP9YP5956YIS7VH, false",  // nor I
    })
    void checksPositionNine(String vin, boolean valid) {
        assertEquals(valid, VinCheckDigit.isValid(vin));
    }

    @ParameterizedTest
    @CsvSource({"1FTP9YP5956YYS7VH, true", "5YJ2KASG0MAZ6JYZ7, true", "JT21NL711PG70UX11, false",
        "WVWL5NPY77Y9E2111, false"})
    void knowsNorthAmericanManufacturerCodes(String vin, boolean northAmerican) {
        assertEquals(northAmerican, VinCheckDigit.isNorthAmerican(vin));
    }
}
