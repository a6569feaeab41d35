package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import dev.veil.detect.checksum.Luhn;
import java.util.List;
import java.util.Set;

/**
 * US Social Security numbers, US ITINs and Canadian Social Insurance Numbers. All three are nine
 * digits; the grouped forms are distinctive enough to report alone, the bare nine digits only next
 * to a keyword. SSN and ITIN split on the area number (ITINs start with 9, which the SSA never
 * issues), so one value is never both.
 */
final class UsCanadaIdDetectors {
    /** Values that pass the SSN rules but are known not to belong to anyone (advertising samples). */
    private static final Set<String> PUBLICISED_SSNS = Set.of("078051120", "219099999");
    /** Score of bare nine digits: reported only with a keyword, which then outranks a routing number. */
    private static final double BARE = 0.25;
    /** Score of the grouped forms (3-2-4, 3-3-3): reported alone, near certain with a keyword. */
    private static final double GROUPED = 0.55;

    /**
     * SSN and ITIN digits: nine in a row, or 3-2-4 with one separator, nothing else around. Log
     * timestamps, phone numbers and IBANs have other layouts and are never scanned; each layout is
     * narrowed by the look-arounds of the pattern that reads it.
     */
    private static final Trigger SSN_LAYOUTS = Trigger.anyOf(
            Trigger.layouts(0, "3-2-4").separatedBy("-. ").notAfterGroup(" .-").notBeforeGroup("-. ").notInWord(),
            Trigger.layouts(0, "9").notAfterGroup(" .,/-").notBeforeGroup(".,/-").notInWord());

    private UsCanadaIdDetectors() {
    }

    static List<Detector> all() {
        return List.of(ssn(), itin(), sin());
    }

    static PatternDetector ssn() {
        return nineDigits(PatternDetector.builder("us-ssn", EntityType.SSN), "[0-8]")
                .validator("ssn-rules", UsCanadaIdDetectors::isValidSsn)
                .context("ssn", "ssns", "social security", "social security number", "social security no",
                        "ss", "soc sec", "ssa")
                .build();
    }

    /** ITINs always start with 9, so the pattern does too (it fails fast on every other digit). */
    static PatternDetector itin() {
        PatternDetector.Builder b = PatternDetector.builder("us-itin", EntityType.US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER);
        return nineDigits(b, "9")
                .validator("itin-rules", UsCanadaIdDetectors::isValidItin)
                .context("itin", "itins", "tin", "tax id", "taxpayer id", "taxpayer identification",
                        "individual taxpayer", "tax identification number", "taxpayer")
                .build();
    }

    /**
     * SSN-shaped rules: 3-2-4 with one consistent dash, space or dot, or nine bare digits, starting
     * with a digit of {@code firstDigit} (a character class) that is not inside a word or number.
     */
    private static PatternDetector.Builder nineDigits(PatternDetector.Builder b, String firstDigit) {
        String first = firstDigit + "(?<![A-Za-z0-9]\\d)(?<!\\d[ .-]\\d)";
        return b.pattern("3-2-4", first + "\\d{2}(?<s>[-. ])\\d{2}\\k<s>\\d{4}(?![A-Za-z0-9]|[-. ]\\d)", GROUPED)
                .pattern("9-digits", first + "(?<![.,/-]\\d)\\d{8}(?![A-Za-z0-9]|[.,/-]\\d)", BARE)
                .validatedScore(0.0)
                .trigger(SSN_LAYOUTS);
    }

    static PatternDetector sin() {
        return PatternDetector.builder("ca-sin", EntityType.CA_SOCIAL_INSURANCE_NUMBER)
                .pattern("3-3-3", "[1-79](?<![A-Za-z0-9]\\d)(?<!\\d[ .-]\\d)"
                        + "\\d{2}(?<s>[ -])\\d{3}\\k<s>\\d{3}(?![A-Za-z0-9]|[ -]\\d)", GROUPED)
                .pattern("9-digits", "[1-79](?<![A-Za-z0-9.,/-]\\d)\\d{8}(?![A-Za-z0-9]|[.,/-]\\d)", BARE)
                .validator("luhn", UsCanadaIdDetectors::isValidSin)
                .validatedScore(0.0)
                .context("sin", "social insurance", "social insurance number", "nas",
                        "assurance sociale", "numero d assurance sociale", "insurance number")
                // each pattern has its own layout and look-arounds
                .trigger(Trigger.anyOf(
                        Trigger.layouts(0, "3-3-3").separatedBy(" -").notAfterGroup(" .-").notBeforeGroup(" -").notInWord(),
                        Trigger.layouts(0, "9").notAfterGroup(".,/-").notBeforeGroup(".,/-").notInWord()))
                .build();
    }

    /** Area not 000, 666 or 900-999; group not 00; serial not 0000; not a publicised sample. */
    static boolean isValidSsn(String candidate) {
        String d = digits(candidate);
        if (d.length() != 9 || sameDigit(d) || PUBLICISED_SSNS.contains(d)) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        return area != 0 && area != 666 && area < 900
                && !d.startsWith("00", 3) && !d.startsWith("0000", 5);
    }

    /** Starts with 9; the group (digits 4-5) is 50-65, 70-88, 90-92 or 94-99. */
    static boolean isValidItin(String candidate) {
        String d = digits(candidate);
        if (d.length() != 9 || d.charAt(0) != '9') {
            return false;
        }
        int group = Integer.parseInt(d.substring(3, 5));
        return (group >= 50 && group <= 65) || (group >= 70 && group <= 88)
                || (group >= 90 && group <= 92) || group >= 94;
    }

    /** Luhn-valid; the first digit is never 0 (unassigned) or 8 (business numbers). */
    static boolean isValidSin(String candidate) {
        String d = digits(candidate);
        return d.length() == 9 && d.charAt(0) != '0' && d.charAt(0) != '8' && !sameDigit(d) && Luhn.isValid(d);
    }

    private static String digits(String s) {
        return DigitAutomaton.digitsOf(s, 0, s.length());
    }

    private static boolean sameDigit(String d) {
        // a plain loop: a stream's pipeline cost a quarter of the SSN detector's time on the mixed text
        for (int i = 1; i < d.length(); i++) {
            if (d.charAt(i) != d.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
