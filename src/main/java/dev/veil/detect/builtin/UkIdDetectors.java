package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import dev.veil.detect.checksum.NationalInsuranceNumber;
import dev.veil.detect.checksum.NhsNumber;
import java.util.List;

/** United Kingdom: NHS number, National Insurance number, Unique Taxpayer Reference. */
final class UkIdDetectors {
    private UkIdDetectors() {
    }

    static List<Detector> all() {
        return List.of(nhsNumber(), nationalInsuranceNumber(), uniqueTaxpayerReference());
    }

    /** After the two prefix letters: a digit, or the space before the first pair of digits. */
    private static final RunIndex.Chars NINO_THIRD = RunIndex.Chars.DIGITS.plus(" ");

    /**
     * One random 10-digit number in eleven passes the NHS check digit, so the check alone proves
     * little: a valid number in the NHS's 3-3-4 grouping scores moderately, an ungrouped run of
     * ten digits (an order number, a phone number) only counts near a word such as "NHS".
     */
    static Detector nhsNumber() {
        return PatternDetector.builder("uk-nhs-number", EntityType.UK_NATIONAL_HEALTH_SERVICE_NUMBER)
                .pattern("nhs-3-3-4", IdPatterns.standalone("\\b\\d", "\\d{2}([ -])\\d{3}\\1\\d{4}\\b"), 0.6)
                .pattern("nhs-10-digits", IdPatterns.standalone("\\b\\d", "\\d{9}\\b"), 0.45)
                .validator("nhs-mod11", NhsNumber::isValid)
                .validatedScore(0.0) // a passing check keeps the rule's own score
                .context("nhs", "national health service", "health service", "nhs number", "nhs no",
                        "patient", "chi", "health number")
                .trigger(IdPatterns.standaloneLayouts(" -", "10", "3-3-4"))
                .build();
    }

    /**
     * Two prefix letters, six digits (optionally in pairs), a suffix A-D; lower case is accepted
     * when the whole number is written in it.
     */
    static Detector nationalInsuranceNumber() {
        return PatternDetector.builder("uk-national-insurance-number", EntityType.UK_NATIONAL_INSURANCE_NUMBER)
                .pattern("nino", "(?i)\\b[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b", 0.5)
                .validator("nino-prefix-rules", v -> IdPatterns.isSingleCase(v) && !IdPatterns.looksLikeHexHash(v)
                        && NationalInsuranceNumber.isValid(v))
                .validatedScore(0.85)
                .context("national insurance", "nino", "ni number", "ni no", "insurance number", "nic")
                // a match starts with its prefix letters as a run: "AB", "AB12", "AB1234", "AB123456" before a
                // space, or the whole "AB123456C"
                .candidates(RunCandidates.alnum(
                        RunIndex.Shape.of(9).first(RunIndex.Chars.LETTERS).third(NINO_THIRD).test(UkIdDetectors::startsNino),
                        RunIndex.Shape.of(2, 4, 6, 8).first(RunIndex.Chars.LETTERS).next(" ").third(NINO_THIRD)
                                .test(UkIdDetectors::startsNino)))
                .build();
    }

    /**
     * Two letters, three pairs of digits and the suffix letter, each maybe after a space: the
     * pattern's shape, checked by hand from the first run.
     */
    private static boolean startsNino(String text, int s, int e) {
        if (!RunIndex.isAsciiLetter(text.charAt(s)) || !RunIndex.isAsciiLetter(text.charAt(s + 1))) {
            return false;
        }
        int j = s + 2;
        for (int pair = 0; pair < 3; pair++) {
            j += RunIndex.at(text, j) == ' ' ? 1 : 0;
            if (!RunIndex.digitsAt(text, j, 2)) {
                return false;
            }
            j += 2;
        }
        j += RunIndex.at(text, j) == ' ' ? 1 : 0;
        char suffix = (char) (RunIndex.at(text, j) | 0x20);
        return suffix >= 'a' && suffix <= 'd';
    }

    /** Ten digits with no published check digit: only reported near words that name it. */
    static Detector uniqueTaxpayerReference() {
        return PatternDetector.builder("uk-utr", EntityType.UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER)
                .pattern("utr-10-digits", IdPatterns.standalone("\\b\\d", "\\d{4} ?\\d{5}K?\\b"), 0.4)
                .context("utr", "unique taxpayer reference", "taxpayer reference", "tax reference",
                        "self assessment", "hmrc", "corporation tax")
                .contextRequired()
                .trigger(Trigger.digits(9, 1, 1))
                .build();
    }
}
