package dev.veil.transform;

import dev.veil.detect.EntityType;

/**
 * Replaces each character of a value by a mask character, one per code point so the length a
 * reader sees is kept. Separators (anything not a letter or digit) may be kept so a masked card
 * still reads {@code **** **** **** 1111}; the first or last few letters and digits may be kept
 * (a partial mask such as {@link #lastFour()}).
 *
 * @param maskChar       the mask code point
 * @param keepSeparators whether characters that are neither letters nor digits stay as they are
 * @param keepFirst      letters and digits left visible at the start
 * @param keepLast       letters and digits left visible at the end
 */
public record MaskOperator(int maskChar, boolean keepSeparators, int keepFirst, int keepLast)
        implements Operator {
    public MaskOperator {
        if (keepFirst < 0 || keepLast < 0) {
            throw new IllegalArgumentException("keepFirst and keepLast must not be negative");
        }
        if (!Character.isValidCodePoint(maskChar) || Character.isLetterOrDigit(maskChar)) {
            throw new IllegalArgumentException("mask must be a valid code point that is not a letter or digit");
        }
    }

    /** Every character masked with {@code *}, separators kept. */
    public static MaskOperator full() {
        return new MaskOperator('*', true, 0, 0);
    }

    /** Every character masked with {@code *}, separators included. */
    public static MaskOperator everything() {
        return new MaskOperator('*', false, 0, 0);
    }

    /** The last four letters or digits stay visible (card and account numbers). */
    public static MaskOperator lastFour() {
        return new MaskOperator('*', true, 0, 4);
    }

    @Override
    public String method() {
        return keepFirst == 0 && keepLast == 0 ? "mask" : "partial-mask";
    }

    @Override
    public Replacement apply(EntityType type, String value) {
        int significant = (int) value.codePoints().filter(Character::isLetterOrDigit).count();
        // A partial mask must still hide something: if it would reveal the whole value, mask it all.
        boolean partial = keepFirst + keepLast < significant;
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(keepSeparators ? cp : maskChar);
                continue;
            }
            boolean visible = partial && (seen < keepFirst || seen >= significant - keepLast);
            out.appendCodePoint(visible ? cp : maskChar);
            seen++;
        }
        return new Replacement(out.toString(), method());
    }
}
