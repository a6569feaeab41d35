package dev.veil.detect.builtin;

/** Regular-expression pieces shared by the identifier detectors of this family. */
final class IdPatterns {
    /**
     * Not right after a digit group and a separator: keeps a 4-4-4 or 3-3-4 match from being cut
     * out of a longer grouped number (an IBAN, an IPv6 address, a longer account number).
     */
    static final String NOT_AFTER_GROUP = "(?<![0-9][ :./-])";
    /** Not right before a separator and another digit, for the same reason. */
    static final String NOT_BEFORE_GROUP = "(?![ :./-][0-9])";

    private IdPatterns() {
    }

    /** {@code core} (which should start and end with {@code \b}) standing alone, not inside a longer grouped number. */
    static String standalone(String core) {
        return NOT_AFTER_GROUP + core + NOT_BEFORE_GROUP;
    }
}
