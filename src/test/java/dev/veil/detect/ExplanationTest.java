package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ExplanationTest {
    @Test
    void scoresAreWrittenWithAtMostTwoDecimalsSoNoLongDigitRunCanEchoAValue() {
        // 0.3 + 0.35 in doubles: 0.6499999999999999, which holds "999999", a value the fuzzer found.
        Explanation e = Explanation.of("bank-account", "6-17-digits", 0.1 + 0.2)
                .withContext("acc", 0.3 + 0.35)
                .withCheck("luhn", 1.0 / 3);
        String text = e.toString();
        assertEquals("bank-account/6-17-digits base=0.3 context 'acc': 0.65; luhn passed: 0.33", text);
        assertFalse(text.contains("999"), text);
        assertFalse(text.contains("333"), text);
    }

    @Test
    void roundScoresKeepTheirShortForm() {
        assertEquals("1", Explanation.decimal(1.0));
        assertEquals("0.7", Explanation.decimal(0.7));
        assertEquals("0", Explanation.decimal(0.0));
    }
}
