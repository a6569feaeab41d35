package dev.veil.detect.checksum;

import java.util.Set;

/**
 * UK National Insurance number: two prefix letters, six digits, suffix A-D. HMRC never issues the
 * first letters D, F, I, Q, U, V, the second letters D, F, I, O, Q, U, V, nor the prefixes below
 * (BG, GB, NK, KN, TN, NT, ZZ are administrative or reserved). There is no check digit, so these
 * rules are all that separates a NINO from any two letters and six digits.
 */
public final class NationalInsuranceNumber {
    private static final String NEVER_FIRST = "DFIQUV";
    private static final String NEVER_SECOND = "DFIOQUV";
    private static final Set<String> NEVER_PREFIX = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private NationalInsuranceNumber() {
    }

    /** Whether {@code candidate} (any case, spaces allowed) is a possible NINO. */
    public static boolean isValid(String candidate) {
        String s = IdText.compact(candidate);
        if (s.length() != 9) {
            return false;
        }
        char first = s.charAt(0);
        char second = s.charAt(1);
        char suffix = s.charAt(8);
        return isLetter(first) && isLetter(second)
                && NEVER_FIRST.indexOf(first) < 0
                && NEVER_SECOND.indexOf(second) < 0
                && !NEVER_PREFIX.contains(s.substring(0, 2))
                && IdText.allDigits(s.substring(2, 8))
                && suffix >= 'A' && suffix <= 'D';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
