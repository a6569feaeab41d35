package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import dev.veil.detect.checksum.Luhn;
import java.util.List;

/**
 * Payment card data: the card number (Luhn and a real scheme prefix), and the CVV, expiry date
 * and PIN, which are ordinary short numbers and so are reported only next to their keywords.
 */
final class PaymentCardDetectors {
    /**
     * Not inside a longer number or word: not preceded by a letter, a digit, a digit and a hyphen
     * or decimal mark, or a group of four ending in a digit and a space (a group of the same number,
     * or of an IBAN).
     */
    private static final String NO_DIGIT_BEFORE = "(?<![A-Za-z]|\\d[.,-]?)(?<!(?<![A-Za-z0-9-])[A-Z0-9]{3}\\d )";
    /** A short number that is not part of a longer number, a decimal or a date. */
    private static final String SHORT_BEFORE = "(?<![A-Za-z0-9.,/-])";
    private static final String SHORT_AFTER = "(?![A-Za-z0-9]|[.,/-]\\d)";

    private PaymentCardDetectors() {
    }

    static List<Detector> all() {
        return List.of(cardNumber(), cvv(), expiry(), pin());
    }

    static PatternDetector cardNumber() {
        return PatternDetector.builder("credit-card", EntityType.CREDIT_DEBIT_NUMBER)
                .pattern("compact", NO_DIGIT_BEFORE + "\\d{13,19}(?![A-Za-z]|[.,]?\\d)", 0.3)
                // 4-4-4-4 (and 13-15 digit cards printed 4-4-4-x); the separator is consistent
                .pattern("groups-of-4", NO_DIGIT_BEFORE
                        + "\\d{4}(?<s>[ -])\\d{4}\\k<s>\\d{4}\\k<s>\\d{1,4}(?![A-Za-z0-9]|\\k<s>\\d{4})", 0.3)
                .pattern("groups-4-4-4-4-3", NO_DIGIT_BEFORE
                        + "\\d{4}(?<s>[ -])\\d{4}\\k<s>\\d{4}\\k<s>\\d{4}\\k<s>\\d{3}(?![A-Za-z0-9]|[ -]\\d)", 0.3)
                // American Express 4-6-5 and Diners Club 4-6-4
                .pattern("groups-4-6-5", NO_DIGIT_BEFORE + "\\d{4}(?<s>[ -])\\d{6}\\k<s>\\d{4,5}(?![A-Za-z0-9]|[ -]\\d)", 0.3)
                .validator("luhn+iin", PaymentCardDetectors::isPlausibleCard)
                .context("card", "credit", "debit", "visa", "mastercard", "amex", "american express",
                        "discover", "maestro", "jcb", "diners", "unionpay", "cc", "pan", "payment")
                .trigger(Trigger.DIGITS)
                .build();
    }

    /**
     * Whether the digits of {@code candidate} form a card number: a length the scheme issues with
     * that prefix (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir, UATP)
     * and a valid Luhn check digit.
     */
    static boolean isPlausibleCard(String candidate) {
        String d = candidate.replace(" ", "").replace("-", "");
        int n = d.length();
        if (n < 13 || n > 19 || !Luhn.isValid(d)) {
            return false;
        }
        int two = Integer.parseInt(d.substring(0, 2));
        int four = Integer.parseInt(d.substring(0, 4));
        switch (d.charAt(0)) {
            case '1': // UATP (airline cards)
                return n == 15;
            case '2': // Mastercard 2-series, Mir
                return (four >= 2221 && four <= 2720 && n == 16) || (four >= 2200 && four <= 2204 && n >= 16);
            case '3': // Amex 34/37, JCB 3528-3589, Diners 30/36/38/39
                if (two == 34 || two == 37) {
                    return n == 15;
                }
                if (four >= 3528 && four <= 3589) {
                    return n >= 16;
                }
                return (two == 30 || two == 36 || two == 38 || two == 39) && n >= 14;
            case '4': // Visa
                return n == 13 || n == 16 || n == 19;
            case '5': // Mastercard 51-55, Maestro 50 and 56-58
                if (two >= 51 && two <= 55) {
                    return n == 16;
                }
                return two == 50 || (two >= 56 && two <= 58);
            case '6': // Discover, UnionPay, Maestro, RuPay
                return n >= 14;
            default:
                return false;
        }
    }

    static PatternDetector cvv() {
        return PatternDetector.builder("card-cvv", EntityType.CREDIT_DEBIT_CVV)
                .pattern("3-4-digits", SHORT_BEFORE + "\\d{3,4}" + SHORT_AFTER, 0.3)
                .context("cvv", "cvc", "cvn", "cid", "csc", "security code", "card verification",
                        "verification code", "verification value", "card code")
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
    }

    static PatternDetector expiry() {
        return PatternDetector.builder("card-expiry", EntityType.CREDIT_DEBIT_EXPIRY)
                .pattern("mm-yy", "(?<![A-Za-z0-9/.-])(?:0?[1-9]|1[0-2]) ?[/-] ?(?:20)?\\d{2}(?![A-Za-z0-9]|[/.-]\\d)", 0.3)
                .context("exp", "expiry", "expires", "expiration", "expiring", "expiry date",
                        "valid thru", "valid through", "valid until", "good thru", "good through", "exp date")
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
    }

    static PatternDetector pin() {
        return PatternDetector.builder("card-pin", EntityType.PIN)
                .pattern("4-6-digits", SHORT_BEFORE + "\\d{4,6}" + SHORT_AFTER, 0.2)
                .context("pin", "pin code", "pin number", "pincode", "personal identification number")
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
    }
}
