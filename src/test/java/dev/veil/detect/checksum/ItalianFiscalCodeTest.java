package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianFiscalCodeTest {
    @ParameterizedTest
    @CsvSource({
        "IBUCLB46T51E619O, true",
        "KLRNTX05L57F105R, true",
        "jpfrdi97t43p642r, true",
        "CUUIBI11E41Q705N, true",
        "IBUCLB46T51E619A, false",  // wrong check letter
        "IBUCLB46F51E619O, false",  // F is not a month letter
        "IBUCLB46T99E619O, false",  // day 99 (59 for women) does not exist
        "IBUCLB46T51E619, false",
        "IBUC1B46T51E619O, false",  // digit in the surname part
    })
    void checksStructureAndCheckLetter(String candidate, boolean valid) {
        assertEquals(valid, ItalianFiscalCode.isValid(candidate));
    }

    @ParameterizedTest
    @CsvSource({
        "IBUCLB46T51E619O, true",
        "IBUCLB46T51E619A, true",   // wrong check letter, right layout
        "IBUCLB46F51E619O, false",
        "IBUCLB46T99E619O, false",
        "IBUCLB46T00E619O, false",  // day 0
        "IBUCLB46T51E619, false",
        "IBUC1B46T51E619O, false",
    })
    void wellFormedIgnoresOnlyTheCheckLetter(String candidate, boolean wellFormed) {
        assertEquals(wellFormed, ItalianFiscalCode.isWellFormed(candidate));
    }

    @ParameterizedTest
    @CsvSource({
        "IBUCLB46T51E619A, true",
        "ibuclb46t51e619a, false",  // lower case
        "IbUCLB46T51E619A, false",
        "BBFCEF32E31D327D, false",  // letters A-F only: a hexadecimal id
        "BBFCEF32E31D327Z, true",
        "IBUCLB46T99E619A, false",
    })
    void mayBeMistypedAsksForCapitalsBeyondHexadecimal(String candidate, boolean mistyped) {
        assertEquals(mistyped, ItalianFiscalCode.mayBeMistyped(candidate));
    }

    @org.junit.jupiter.api.Test
    void acceptsOmocodiaLettersInPlaceOfDigits() {
        // Replacing the last digit 9 by V (the omocodia letter for 9) changes the check letter.
        String base = "IBUCLB46T51E61V";
        int matches = 0;
        for (char c = 'A'; c <= 'Z'; c++) {
            if (ItalianFiscalCode.isValid(base + c)) {
                matches++;
            }
        }
        assertEquals(1, matches);
    }
}
