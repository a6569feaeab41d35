package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskOperatorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // keepSeparators | keepFirst | keepLast | input               | expected
            "true  | 0 | 0 | 4111 1111 1111 1111 | **** **** **** ****",
            "false | 0 | 0 | 4111-1111           | *********",
            "true  | 0 | 4 | 4111 1111 1111 1234 | **** **** **** 1234",
            "true  | 0 | 4 | DE89 3704 0044 0532 0130 00 | **** **** **** **** **30 00",
            "true  | 2 | 0 | AB123456C           | AB*******",
            "true  | 0 | 4 | 1234                | ****",
            "true  | 0 | 4 | 12-3               | **-*",
            "true  | 0 | 0 | José Müller         | **** ******",
    })
    void masksOneCharacterPerCodePoint(boolean keepSeparators, int keepFirst, int keepLast,
                                       String input, String expected) {
        MaskOperator op = new MaskOperator('*', keepSeparators, keepFirst, keepLast);
        assertEquals(expected, op.apply(EntityType.CREDIT_DEBIT_NUMBER, input).text());
    }

    @ParameterizedTest
    @CsvSource({"true, 😀ab, 😀**", "false, 😀ab, ***", "false, 𝐀b, **"})
    void countsSurrogatePairsAsOneCharacter(boolean keepSeparators, String input, String expected) {
        MaskOperator op = new MaskOperator('*', keepSeparators, 0, 0);
        assertEquals(expected, op.apply(EntityType.NAME, input).text());
    }

    @ParameterizedTest
    @CsvSource({"65", "48", "-1"})
    void rejectsLettersDigitsAndInvalidCodePointsAsMask(int mask) {
        assertThrows(IllegalArgumentException.class, () -> new MaskOperator(mask, true, 0, 0));
    }

    @ParameterizedTest
    @CsvSource({"0, 0, mask", "0, 4, partial-mask", "2, 0, partial-mask"})
    void namesItsMethod(int first, int last, String method) {
        assertEquals(method, new MaskOperator('#', true, first, last).method());
    }
}
