package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneShapesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4111 1111 1111 1111 | true",
        "4111-1111-1111 | true",
        "94111 1111 11112 | true",
        "+1 415 555 0132 | false",
        "4111 111 1111 | false",
        "41111111 1111 | false",
    })
    void cardBlocksAreThreeFourDigitGroupsInARow(String s, boolean expected) {
        assertEquals(expected, PhoneShapes.hasCardBlocks(s), s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-15 | true",
        "15/03/2024 | true",
        "3.15.24 | true",
        "2024 03 15 | true",
        "24-03/15 | false",
        "415-555-0132 | false",
        "1850 03 15 | false",
        "12345-12-1 | false",
    })
    void datesHaveOneRepeatedSeparatorOrAYearFirst(String s, boolean expected) {
        assertEquals(expected, PhoneShapes.isDateLike(s), s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123-45-6789 | true",
        "123-456-789 | false",
        "123 45 6789 | true",
        "123-45 6789 | false",
        "1234-5-6789 | false",
    })
    void ssnLayoutIsThreeTwoFourWithOneSeparator(String s, boolean expected) {
        assertEquals(expected, PhoneShapes.isSsnLike(s), s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0711-0130-7 | true",
        "0711 0130 7 | false",
        "071-10130-7 | false",
        "0711-0130-77 | false",
    })
    void routingLayoutIsFourFourOneWithHyphens(String s, boolean expected) {
        assertEquals(expected, PhoneShapes.isRoutingLike(s), s);
    }
}
