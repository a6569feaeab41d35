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
     * The first digit of a card number that is not inside a longer number or word: not preceded by
     * a letter, a digit, a digit and a hyphen or decimal mark, or a group of four ending in a digit
     * and a space (a group of the same number, or of an IBAN). The digit comes first and the
     * look-behinds after it, so the pattern fails at once on the letters that make up most text;
     * each look-behind has a fixed length, which Java checks at one position only.
     */
    private static final String FIRST_DIGIT =
            "\\d(?<![A-Za-z0-9]\\d)(?<!\\d[.,-]\\d)(?<!(?<![A-Za-z0-9-])[A-Z0-9]{3}\\d \\d)";
    /** The first digit of a short number that is not part of a longer number, a decimal or a date. */
    private static final String SHORT_FIRST = "\\d(?<![A-Za-z0-9.,/-]\\d)";
    private static final String SHORT_AFTER = "(?![A-Za-z0-9]|[.,/-]\\d)";

    private static final String[] CVV_WORDS = {"cvv", "cvc", "cvn", "cid", "csc", "security code",
        "card verification", "verification code", "verification value"};
    private static final String[] EXPIRY_WORDS = {"exp", "expiry", "expires", "expiration", "expiring",
        "expiry date", "valid thru", "valid through", "valid until", "good thru", "good through", "exp date"};
    private static final String[] PIN_WORDS = {"pin", "pin code", "pin number", "pincode",
        "personal identification number"};

    private PaymentCardDetectors() {
    }

    static List<Detector> all() {
        return List.of(cardNumber(),
                KeywordGate.onContext(cvv(), CVV_WORDS),
                KeywordGate.onContext(expiry(), EXPIRY_WORDS),
                KeywordGate.onContext(pin(), PIN_WORDS));
    }

    static PatternDetector cardNumber() {
        return PatternDetector.builder("credit-card", EntityType.CREDIT_DEBIT_NUMBER)
                // compact; 4-4-4-4 (and 13-15 digit cards printed 4-4-4-x); Amex 4-6-5 and Diners
                // 4-6-4. One pattern, so the text is scanned once; the separator is consistent.
                .pattern("compact-or-grouped", FIRST_DIGIT + "\\d{3}(?:\\d{9,15}(?![A-Za-z]|[.,]?\\d)"
                        + "|(?<s>[ -])(?:\\d{4}\\k<s>\\d{4}\\k<s>\\d{1,4}(?![A-Za-z0-9]|\\k<s>\\d{4})"
                        + "|\\d{6}\\k<s>\\d{4,5}(?![A-Za-z0-9]|[ -]\\d)))", 0.3)
                // 19 digits printed 4-4-4-4-3: its own pattern, so that "4-4-4-4 and a CVV" is still
                // tried as 16 digits when the 19-digit reading fails the Luhn check
                .pattern("groups-4-4-4-4-3", FIRST_DIGIT
                        + "\\d{3}(?<s>[ -])\\d{4}\\k<s>\\d{4}\\k<s>\\d{4}\\k<s>\\d{3}(?![A-Za-z0-9]|[ -]\\d)", 0.3)
                .validator("luhn+iin", PaymentCardDetectors::isPlausibleCard)
                .context("card", "credit", "debit", "visa", "mastercard", "amex", "american express",
                        "discover", "maestro", "jcb", "diners", "unionpay", "cc", "pan", "payment")
                // the digit layouts of the patterns above: each group a whole run of digits
                .trigger(Trigger.layouts(0, "13..19", "4-4-4-1..4", "4-6-4..5", "4-4-4-4-3"))
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
                .pattern("3-4-digits", SHORT_FIRST + "\\d{2,3}" + SHORT_AFTER, 0.3)
                .context(CVV_WORDS)
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
    }

    static PatternDetector expiry() {
        return PatternDetector.builder("card-expiry", EntityType.CREDIT_DEBIT_EXPIRY)
                .pattern("mm-yy", "\\d(?<![A-Za-z0-9/.-]\\d)\\d? ?[/-] ?(?:20)?\\d{2}(?![A-Za-z0-9]|[/.-]\\d)", 0.3)
                .validator("month", PaymentCardDetectors::hasMonth)
                .validatedScore(0.0)
                .context(EXPIRY_WORDS)
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
    }

    /** The number before the separator is a month, 1 to 12. */
    static boolean hasMonth(String candidate) {
        int month = 0;
        for (int i = 0; i < candidate.length() && Character.isDigit(candidate.charAt(i)); i++) {
            month = month * 10 + candidate.charAt(i) - '0';
        }
        return month >= 1 && month <= 12;
    }

    static PatternDetector pin() {
        return PatternDetector.builder("card-pin", EntityType.PIN)
                .pattern("4-6-digits", SHORT_FIRST + "\\d{3,5}" + SHORT_AFTER, 0.2)
                .context(PIN_WORDS)
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
    }
}
