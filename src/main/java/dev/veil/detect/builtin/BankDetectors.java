package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import dev.veil.detect.checksum.AbaRouting;
import dev.veil.detect.checksum.CountryCodes;
import java.util.List;

/** Bank identifiers: IBAN, US routing number, account number (by keyword), SWIFT/BIC. */
final class BankDetectors {
    /** The first digit of a number not inside a word, a longer number, a decimal or a date. */
    private static final String FIRST_DIGIT = "\\d(?<![A-Za-z0-9.,/-]\\d)";
    private static final String NUMBER_AFTER = "(?![A-Za-z0-9]|[.,/-]\\d)";

    private static final String[] ACCOUNT_WORDS = {"account", "acct", "acc", "account number", "account no",
        "bank account", "checking", "savings", "deposit account", "kontonummer", "konto"};
    /** The first word of each of {@link #ACCOUNT_WORDS}. */
    private static final String[] ACCOUNT_FIRST_WORDS = {"account", "acct", "acc", "bank", "checking", "savings",
        "deposit", "kontonummer", "konto"};
    private static final String[] SWIFT_WORDS = {"swift", "bic", "swift code", "bic code", "swift bic",
        "bank identifier code", "bank identification code", "swiftbic"};

    private BankDetectors() {
    }

    static List<Detector> all() {
        return List.of(new IbanDetector(), routing(),
                KeywordGate.onContext(account(), ACCOUNT_WORDS),
                KeywordGate.onContext(swift(), SWIFT_WORDS));
    }

    /**
     * ABA routing numbers. One 9-digit number in 27 passes the checksum and prefix test, so on its
     * own a candidate is only moderately likely; a keyword makes it near certain.
     */
    static PatternDetector routing() {
        return PatternDetector.builder("aba-routing", EntityType.BANK_ROUTING)
                .pattern("9-digits-or-4-4-1", FIRST_DIGIT + "\\d{3}(?:\\d{5}|-\\d{4}-\\d)" + NUMBER_AFTER, 0.3)
                .validator("aba-checksum", AbaRouting::isValid)
                .validatedScore(0.55)
                .context("routing", "aba", "rtn", "abartn", "routing number", "routing transit",
                        "transit number", "ach", "wire", "fedwire", "bank routing")
                .trigger(Trigger.layouts(0, "9", "4-4-1").separatedBy("-").notAfterGroup(".,/-").notBeforeGroup(".,/-")
                        .notInWord())
                .build();
    }

    /** Bank account numbers have no structure to check: only reported next to a keyword. */
    static PatternDetector account() {
        return PatternDetector.builder("bank-account", EntityType.BANK_ACCOUNT_NUMBER)
                .pattern("6-17-digits", FIRST_DIGIT + "\\d{5,16}" + NUMBER_AFTER, 0.3)
                .context(ACCOUNT_WORDS)
                .contextRequired()
                // every match is one whole run of 6 to 17 digits, not in a word, decimal or date; only
                // those with a phrase's first word close enough for the context look-up are tried
                .candidates(new NearKeywords(RunCandidates.digits(RunIndex.Shape.of(RunIndex.range(6, 17))
                        .test(BankDetectors::standsAlone)), ACCOUNT_FIRST_WORDS))
                .build();
    }

    /** The digit run {@code [s, e)} as {@link #FIRST_DIGIT} and {@link #NUMBER_AFTER} want it. */
    private static boolean standsAlone(String text, int s, int e) {
        char before = s > 0 ? text.charAt(s - 1) : ' ';
        char after = RunIndex.at(text, e);
        return !RunIndex.isAsciiLetter(before) && ".,/-".indexOf(before) < 0 && !RunIndex.isAsciiLetter(after)
                && !(".,/-".indexOf(after) >= 0 && RunIndex.isDigit(RunIndex.at(text, e + 1)));
    }

    /**
     * SWIFT/BIC: bank (4 letters), a real country, location (2) and optional branch (3). Many
     * upper-case words and acronyms have that shape, so only next to a keyword ("swift", "bic").
     */
    static PatternDetector swift() {
        return PatternDetector.builder("swift-bic", EntityType.SWIFT_CODE)
                .pattern("bic", "[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{5}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])", 0.3)
                .validator("country-code", BankDetectors::isPlausibleBic)
                .validatedScore(0.0)
                .context(SWIFT_WORDS)
                .contextRequired()
                // every match is one whole run of 8 or 11 letters and digits, starting with six capitals
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(8, 11).first(RunIndex.Chars.UPPER)
                        .third(RunIndex.Chars.UPPER)
                        .test((text, s, e) -> RunIndex.allAt(text, s, 6, RunIndex.Chars.UPPER))))
                .build();
    }

    /** The country part is assigned, and the location does not use the letter O as its second
     *  character (reserved); candidates with digits in the bank part were excluded by the pattern. */
    static boolean isPlausibleBic(String candidate) {
        return CountryCodes.isCountry(candidate.substring(4, 6)) && candidate.charAt(7) != 'O';
    }
}
