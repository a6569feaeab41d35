package dev.veil.detect.builtin;

import dev.veil.detect.Trigger;

/** Regular-expression pieces shared by the identifier detectors of this family. */
final class IdPatterns {
    /**
     * Digits with a margin of 12 characters instead of {@link Trigger#DIGITS}'s 32: every pattern
     * of this family has at most 12 characters between digits or before the first one / after the
     * last one (the longest: 11 letters after the digit of a driving licence, 8 before the digit of
     * a passport number). On number-rich text the regions to scan shrink by about a third, and
     * these are more than twenty detectors. Context words are still looked up in the whole text.
     */
    static final Trigger NEAR_DIGITS = Trigger.nearDigits("digits-12", 12);
    /** What separates the groups of a longer grouped number, for {@link #NOT_AFTER_GROUP} and {@link #NOT_BEFORE_GROUP}. */
    private static final String GROUP_SEPARATORS = " :./-";
    /**
     * Not right after a digit group and a separator, checked after the first character of a
     * match: keeps a 4-4-4 or 3-3-4 match from being cut out of a longer grouped number (an IBAN,
     * an IPv6 address, a longer account number). Placed after the first character rather than in
     * front of the pattern, the look-behind runs only where a match can start, which doubles the
     * speed of these patterns on number-rich text.
     */
    private static final String NOT_AFTER_GROUP = "(?<![0-9][" + GROUP_SEPARATORS + "].)";
    /** Not right before a separator and another digit, for the same reason. */
    private static final String NOT_BEFORE_GROUP = "(?![" + GROUP_SEPARATORS + "][0-9])";
    /** Not inside a path, file name or URL ("/files/bug2886870.tex"); placed as {@link #NOT_AFTER_GROUP}. */
    private static final String NOT_AFTER_PATH = "(?<![/.\\\\].)";
    /** Not followed by more of a path or a longer name ("X11R5-permissive", "1016593.html"). */
    private static final String NOT_BEFORE_PATH = "(?![./\\\\-]\\w)";

    private IdPatterns() {
    }

    /**
     * A number standing alone, not inside a longer grouped number: {@code first} matches exactly
     * one character (the match's first, after any {@code \b}), {@code rest} the remainder.
     */
    static String standalone(String first, String rest) {
        return first + NOT_AFTER_GROUP + rest + NOT_BEFORE_GROUP;
    }

    /** An identifier not inside a path or a longer name; {@code first} and {@code rest} as in {@link #standalone}. */
    static String notInPath(String first, String rest) {
        return first + NOT_AFTER_PATH + rest + NOT_BEFORE_PATH;
    }

    /**
     * Digit layouts for {@link #standalone} patterns of that many digits in groups, narrowed by the
     * patterns' look-arounds (no group of a longer grouped number before or after, no letter glued
     * on) and the separators the patterns allow between groups.
     */
    static Trigger standaloneLayouts(String separators, String... layouts) {
        return Trigger.layouts(0, layouts).separatedBy(separators).notAfterGroup(GROUP_SEPARATORS)
                .notBeforeGroup(GROUP_SEPARATORS).notInWord();
    }

    /**
     * Whether a match starting at {@code s} passes {@link #standalone}'s look-behind: not right
     * after a digit and one of {@link #GROUP_SEPARATORS}.
     */
    static boolean notAfterGroup(String text, int s) {
        return !(s >= 2 && RunIndex.isDigit(text.charAt(s - 2)) && GROUP_SEPARATORS.indexOf(text.charAt(s - 1)) >= 0);
    }

    /**
     * Whether {@code candidate} reads as an abbreviated commit hash: no separator, and every letter
     * a lower-case a-f. Lower-case identifiers are accepted ("tw987654a"), but "bc899650c" next to
     * "Merge:" in a log is a hash far more often than a National Insurance number. Used where the
     * check is weak (a NIF letter is right one time in 23; a NINO or a voter ID has no check).
     */
    static boolean looksLikeHexHash(String candidate) {
        boolean letter = false;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= 'a' && c <= 'f') {
                letter = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return letter;
    }

    /** Whether the letters of {@code candidate} are all upper case or all lower case ("As 503748d" is neither). */
    static boolean isSingleCase(String candidate) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return !(upper && lower);
    }
}
