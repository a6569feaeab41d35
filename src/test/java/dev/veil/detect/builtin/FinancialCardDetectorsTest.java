package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialCardDetectorsTest {
    private static final PatternDetector CARD = PaymentCardDetectors.cardNumber();
    private static final PatternDetector CVV = PaymentCardDetectors.cvv();
    private static final PatternDetector EXPIRY = PaymentCardDetectors.expiry();
    private static final PatternDetector PIN = PaymentCardDetectors.pin();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4114710497465079|4114710497465079",                       // Visa 16
        "paid with 4529170342368 yesterday|4529170342368",         // Visa 13
        "5167 1276 8426 8468|5167 1276 8426 8468",                 // Mastercard, spaces
        "2221-5632-1223-3072|2221-5632-1223-3072",                 // Mastercard 2-series, hyphens
        "Amex 3492 440268 59953 on file|3492 440268 59953",       // Amex 4-6-5
        "372890786666176|372890786666176",
        "card: 6011603137215906.|6011603137215906",                 // Discover
        "3530109281590135|3530109281590135",                       // JCB
        "3696 245957 1179|3696 245957 1179",                       // Diners 4-6-4
        "6277741215472803853|6277741215472803853",                 // UnionPay 19
        "6277 7412 1547 2803 853|6277 7412 1547 2803 853",
        "6759280841485251|6759280841485251",                       // Maestro
        "138885393363386|138885393363386",                         // UATP
        "card 4114 7104 9746 5079 12/27|4114 7104 9746 5079",      // expiry right after
        "4114 7104 9746 5079 123|4114 7104 9746 5079",             // CVV right after
        "(-4114710497465079-)|4114710497465079",
    })
    void findsLuhnValidCardsWithKnownPrefixes(String text, String card) {
        assertFinds(CARD, EntityType.CREDIT_DEBIT_NUMBER, text, card);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4114710497465078",                   // Luhn fails
        "9750047439575519",                   // Luhn passes, no scheme starts with 9
        "7313735379907510",                   // nor with 7
        "41147104974650791",                  // Visa has no 17-digit cards
        "34924402685995",                     // Amex is 15 digits
        "order 1234114710497465079",          // inside a longer run of digits
        "ref 4114710497465079123",
        "x4114710497465079",                  // glued to a word
        "1234 4114 7104 9746 5079",           // a five-group number
        "4114 7104-9746 5079",                // mixed separators
        "3.4114710497465079",                 // decimals
        "DE50 5260 1815 9083 0166 13",        // groups of an IBAN
    })
    void ignoresOtherNumbers(String text) {
        assertNothing(CARD, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CVV: 123|123",
        "cvv2 4821|4821",
        "Card security code 907|907",
        "CVC 045, thanks|045",
    })
    void findsCvvNextToItsKeyword(String text, String value) {
        assertFinds(CVV, EntityType.CREDIT_DEBIT_CVV, text, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "exp 12/27|12/27",
        "Expires: 01/2029|01/2029",
        "valid thru 9/26|9/26",
        "Expiry date 03-28|03-28",
        "good thru 11 / 30|11 / 30",
    })
    void findsExpiryNextToItsKeyword(String text, String value) {
        assertFinds(EXPIRY, EntityType.CREDIT_DEBIT_EXPIRY, text, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PIN: 4821|4821",
        "your new pin code is 904417|904417",
        "PIN 0000|0000",
    })
    void findsPinNextToItsKeyword(String text, String value) {
        assertFinds(PIN, EntityType.PIN, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Room 123 is on floor 4",
        "We sold 4821 units in 2024",
        "Meet on 12/27 at noon",
        "exp 13/27",                  // no month 13
        "PIN 123",                    // too short for a PIN
        "PIN 1234567",                // too long
        "CVV 12345",
        "CVV 1.234",
        "expires 12/27/2025",         // a full date is not a card expiry
        "spinning at 3000 rpm",       // "pin" inside a word
    })
    void shortNumbersNeedTheirKeyword(String text) {
        assertNothing(CVV, text);
        assertNothing(EXPIRY, text);
        assertNothing(PIN, text);
    }

    @ParameterizedTest
    @CsvSource({
        "4114710497465079, true",
        "4114-7104-9746-5079, true",
        "5167127684268468, true",
        "2721000000000004, false",  // above the 2-series range
        "2204000000000000, true",   // Mir
        "0000000000000000, false",
        "411471049746507, false",   // too short for Visa
    })
    void plausibleCardNeedsPrefixLengthAndLuhn(String value, boolean plausible) {
        assertEquals(plausible, PaymentCardDetectors.isPlausibleCard(value));
    }
}
