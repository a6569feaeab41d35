package dev.veil.detect;

import java.util.function.IntPredicate;

/**
 * Where a pattern can possibly match, so that patterns run only over the parts of a text that
 * could hold their values. A trigger names a character class and a margin: the pattern runs over
 * the regions within {@code margin} characters of any character of that class (regions closer
 * than twice the margin are merged). A pattern with a trigger must only match text that contains
 * a trigger character and has no stretch longer than {@code margin} characters without one.
 */
public record Trigger(String name, IntPredicate chars, int margin) {
    /** The whole text: for patterns with no required character (names, words). */
    public static final Trigger ANY = new Trigger("any", c -> true, 0);
    /** ASCII digits 0-9, for numbers, identifiers, dates, IBANs, addresses with house numbers. */
    public static final Trigger DIGITS = new Trigger("digits", c -> c >= '0' && c <= '9', 32);
    /** The at sign, for email addresses and user handles. */
    public static final Trigger AT_SIGN = new Trigger("at-sign", c -> c == '@' || c == '\uFF20', 320);

    public boolean isWholeText() {
        return margin == 0;
    }
}
