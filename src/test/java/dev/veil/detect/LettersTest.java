package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void lowerIsCharacterToLowerCaseForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.toLowerCase((char) c), Letters.lower((char) c), "U+" + Integer.toHexString(c));
        }
    }
}
