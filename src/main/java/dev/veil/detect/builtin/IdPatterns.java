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
    static final Trigger NEAR_DIGITS = new Trigger("digits-12", c -> c >= '0' && c <= '9', 12);
    /**
     * Not right after a digit group and a separator: keeps a 4-4-4 or 3-3-4 match from being cut
     * out of a longer grouped number (an IBAN, an IPv6 address, a longer account number).
     */
    static final String NOT_AFTER_GROUP = "(?<![0-9][ :./-])";
    /** Not right before a separator and another digit, for the same reason. */
    static final String NOT_BEFORE_GROUP = "(?![ :./-][0-9])";

    /** Not inside a path, file name or URL ("/files/bug2886870.tex", "X11R5-permissive"). */
    static final String NOT_AFTER_PATH = "(?<![/.\\\\])";
    /** See {@link #NOT_AFTER_PATH}. */
    static final String NOT_BEFORE_PATH = "(?![./\\\\-]\\w)";

    private IdPatterns() {
    }

    /** {@code core} (which should start and end with {@code \b}) standing alone, not inside a longer grouped number. */
    static String standalone(String core) {
        return NOT_AFTER_GROUP + core + NOT_BEFORE_GROUP;
    }

    /** {@code core} (which should start and end with {@code \b}) not as part of a path or a longer name. */
    static String notInPath(String core) {
        return NOT_AFTER_PATH + core + NOT_BEFORE_PATH;
    }
}
