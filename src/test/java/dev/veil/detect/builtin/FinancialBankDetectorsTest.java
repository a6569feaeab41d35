package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;
import static dev.veil.detect.DetectAssertions.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.PatternDetector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialBankDetectorsTest {
    private static final Detector IBAN = new IbanDetector();
    private static final PatternDetector ROUTING = BankDetectors.routing();
    private static final PatternDetector ACCOUNT = BankDetectors.account();
    private static final PatternDetector SWIFT = BankDetectors.swift();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DE50526018159083016613|DE50526018159083016613",
        "IBAN: DE50 5260 1815 9083 0166 13.|DE50 5260 1815 9083 0166 13",
        "pay to DE50-5260-1815-9083-0166-13 today|DE50-5260-1815-9083-0166-13",
        "GB75 VEIL 1860 9139 0996 03 X in a sentence|GB75 VEIL 1860 9139 0996 03",
        "FR510824628194A821993518190|FR510824628194A821993518190",
        "NO98 9378 6579 754|NO98 9378 6579 754",
        "(BE60601895559797)|BE60601895559797",
        "MT87VEIL32319ABCDEFGH1234567890|MT87VEIL32319ABCDEFGH1234567890",
    })
    void findsIbansCompactOrGroupedByFour(String text, String iban) {
        assertFinds(IBAN, EntityType.INTERNATIONAL_BANK_ACCOUNT_NUMBER, text, iban);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DE50526018159083016614",         // mod 97 fails
        "DE5052601815908301661",          // too short for Germany
        "DE505260181590830166131",        // too long for Germany
        "DE50 526 0181 5908 3016 613",    // irregular groups
        "DE50 5260-1815 9083 0166 13",    // mixed separators
        "DE50/5260/1815/9083/0166/13",
        "XDE50526018159083016613",        // inside a word
        "de50526018159083016613",
        "SD 20241 440-600-5124",
    })
    void ignoresMalformedIbans(String text) {
        assertNothing(IBAN, text);
    }

    @Test
    void findsSeveralIbansInAList() {
        List<Finding> found = reported(IBAN, "from DE50526018159083016613, to BE60601895559797");
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(f -> f.score() >= 0.9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "015798682|015798682|0.55",
        "0157-9868-2|0157-9868-2|0.55",
        "Routing number: 122828801|122828801|0.9",
        "ABA 801878017 for wires|801878017|0.9",
    })
    void findsRoutingNumbersMoreSurelyWithAKeyword(String text, String value, double score) {
        assertFinds(ROUTING, EntityType.BANK_ROUTING, text, value);
        assertEquals(score, reported(ROUTING, text).get(0).score(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"routing 015798683", "routing 137598980", "A015798682", "015798682-1", "0157986820"})
    void ignoresNumbersThatFailTheRoutingChecks(String text) {
        assertNothing(ROUTING, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Account number: 12345678|12345678",
        "acct 0099887766554|0099887766554",
        "Acct. no. 4455667788|4455667788",
        "checking 10293847|10293847",
    })
    void findsAccountNumbersNextToAKeyword(String text, String value) {
        assertFinds(ACCOUNT, EntityType.BANK_ACCOUNT_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"order 12345678 shipped", "account 12345", "account 123456789012345678", "accountable 12345678"})
    void accountNumbersNeedAKeywordAndALength(String text) {
        assertNothing(ACCOUNT, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SWIFT: VEILDEFF|VEILDEFF",
        "BIC VEILGB2LXXX|VEILGB2LXXX",
        "swift code VEILFRPP123, please|VEILFRPP123",
    })
    void findsBicsNextToAKeyword(String text, String value) {
        assertFinds(SWIFT, EntityType.SWIFT_CODE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "VEILDEFF",                        // the shape alone is not enough
        "THE HOSPITAL IS CLOSED",
        "SWIFT: VEILQQFF",                 // QQ is no country
        "SWIFT: VEILDEFO",                 // O as second location character
        "SWIFT: VEILDEFFX",                // 9 characters
        "swift: veildeff",
    })
    void ignoresUpperCaseWordsAndBadBics(String text) {
        assertNothing(SWIFT, text);
    }
}
