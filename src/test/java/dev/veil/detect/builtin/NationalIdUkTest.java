package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdUkTest {
    private static final Detector NHS = UkIdDetectors.nhsNumber();
    private static final Detector NINO = UkIdDetectors.nationalInsuranceNumber();
    private static final Detector UTR = UkIdDetectors.uniqueTaxpayerReference();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "924 723 0101                      | 924 723 0101",
        "Ref 086-686-8194 attached         | 086-686-8194",
        "NHS number: 8107430123            | 8107430123",
        "patient 9418770687 seen today     | 9418770687",
    })
    void findsNhsNumbersGroupedOrNearContext(String text, String value) {
        assertFinds(NHS, EntityType.UK_NATIONAL_HEALTH_SERVICE_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Order 9247230101 shipped",        // valid, but ten bare digits need context
        "924 723 0100",                    // wrong check digit
        "924 723-0101",                    // mixed separators
        "IBAN 51 924 723 0101 11",         // a slice of a longer grouped number
        "NHS number: 9247230100",
    })
    void ignoresInvalidOrUngroundedNhsCandidates(String text) {
        assertNothing(NHS, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JG103721A                         | JG103721A",
        "NI: JG 10 37 21 A.                | JG 10 37 21 A",
        "ce 99 01 42 b                     | ce 99 01 42 b",
        "national insurance CE990142B      | CE990142B",
    })
    void findsNationalInsuranceNumbers(String text, String value) {
        assertFinds(NINO, EntityType.UK_NATIONAL_INSURANCE_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB103721A", "QG 10 37 21 A", "JG103721E", "nino: NT 99 88 77 A", "XJG103721AX",
        "Merge: bc899650c ae9afd977",     // lower case with only a-f letters: an abbreviated commit hash
        "As 503748d fixed"})              // mixed case: a word and a hash
    void ignoresNinosThatBreakThePrefixOrSuffixRules(String text) {
        assertNothing(NINO, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Your UTR is 84920 17365           | 84920 17365",
        "Unique Taxpayer Reference: 8492017365K | 8492017365K",
    })
    void findsTaxpayerReferencesNearContext(String text, String value) {
        assertFinds(UTR, EntityType.UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Invoice 8492017365", "84920 17365"})
    void ignoresTenDigitsWithoutTaxpayerContext(String text) {
        assertNothing(UTR, text);
    }
}
