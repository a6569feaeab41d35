package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of libphonenumber's number descriptions (a region's general description, or one of its
 * number types) compiled once: whether a national significant number fits it, as libphonenumber's
 * {@code isNumberMatchingDesc} answers (a listed length, or any when none is listed, and the whole
 * pattern), with a table of the first two digits the pattern can start with to turn most numbers
 * away before the pattern runs.
 */
record NumberDesc(boolean[] lengths, DigitAutomaton pattern, boolean[] firstTwo) {
    /** libphonenumber's bound on a national significant number's length. */
    static final int MAX_NATIONAL = 17;

    /** The compiled description, or null when it has no pattern (libphonenumber: it fits no number). */
    static NumberDesc of(PhoneNumberDesc d) {
        if (!d.hasNationalNumberPattern() || d.getNationalNumberPattern().isEmpty()) {
            return null;
        }
        boolean[] lengths = new boolean[MAX_NATIONAL + 1];
        if (d.getPossibleLengthCount() == 0) {
            Arrays.fill(lengths, true);
        }
        for (int len : d.getPossibleLengthList()) {
            if (len >= 0 && len <= MAX_NATIONAL) {
                lengths[len] = true;  // [-1], "no such numbers", marks none
            }
        }
        Pattern p = Pattern.compile(d.getNationalNumberPattern());
        return new NumberDesc(lengths, new DigitAutomaton(p), starts(p, 2, true));
    }

    /** What could make a pattern's answer on a number's first digits differ on the whole number. */
    private static final Pattern ANCHORS = Pattern.compile("[$^]|\\\\[bBzZ]|\\(\\?<?[=!]");

    /**
     * Whether {@code pattern}'s answer on a number's first digits holds for the whole number: it
     * has no anchor, word boundary or look-around, so a match there, or a failure that did not read
     * to their end, stays one on any longer number.
     */
    static boolean decidedByStart(Pattern pattern) {
        return !ANCHORS.matcher(pattern.pattern()).find();
    }

    /** A number's first three digits read as a number below 1000: the index of a table kept per start. */
    static int firstThree(String digits) {
        return (digits.charAt(0) - '0') * 100 + (digits.charAt(1) - '0') * 10 + digits.charAt(2) - '0';
    }

    /**
     * Whether some number starting with {@code prefix} may fit: {@code false} when the pattern
     * failed on those digits without reading to their end, so that no longer text can match it.
     */
    boolean mayStartWith(String prefix) {
        if (!decidedByStart(pattern.pattern())) {
            return true;
        }
        Matcher m = pattern.pattern().matcher(prefix);
        return m.matches() || m.hitEnd();
    }

    boolean matches(String nsn) {
        int n = nsn.length();
        return n <= MAX_NATIONAL && lengths[n]
                && (n < 2 || firstTwo[(nsn.charAt(0) - '0') * 10 + nsn.charAt(1) - '0'])
                && pattern.matches(nsn);
    }

    /**
     * {@link #matches} of the {@code n} digits of {@code text[from, to)} (its other characters
     * skipped), whose first two read as a number are {@code firstTwo} (when {@code n >= 2}): a
     * number asked where it is written, with no copy of its digits.
     */
    boolean matchesDigitsOf(String text, int from, int to, int n, int firstTwo) {
        return n <= MAX_NATIONAL && lengths[n] && (n < 2 || this.firstTwo[firstTwo])
                && pattern.matchesDigitsOf(text, from, to);
    }

    /**
     * For every string of {@code width} (1 or 2) digits, whether {@code pattern} could match a text
     * that starts with it (the whole text when {@code whole}, a prefix otherwise): a match, or a
     * failed attempt that reached the end of those digits ({@code hitEnd}) and so might succeed on
     * more. Indexed by the digits read as a number; all true when there is no pattern.
     */
    static boolean[] starts(Pattern pattern, int width, boolean whole) {
        int n = width == 1 ? 10 : 100;
        boolean[] ok = new boolean[n];
        for (int v = 0; v < n; v++) {
            if (pattern == null) {
                ok[v] = true;
                continue;
            }
            String digits = width == 1 ? String.valueOf((char) ('0' + v))
                    : new String(new char[] {(char) ('0' + v / 10), (char) ('0' + v % 10)});
            Matcher m = pattern.matcher(digits);
            ok[v] = (whole ? m.matches() : m.lookingAt()) || m.hitEnd();
        }
        return ok;
    }
}
