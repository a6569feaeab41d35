package dev.veil.detect;

/** Conversions between Java char (UTF-16) indices and Unicode code point offsets. */
public final class Offsets {
    private Offsets() {
    }

    /** The code point offset of char index {@code charIndex} in {@code text}. */
    public static int toCodePoint(CharSequence text, int charIndex) {
        return Character.codePointCount(text, 0, charIndex);
    }

    /** The char index of code point offset {@code codePointIndex} in {@code text}. */
    public static int toCharIndex(CharSequence text, int codePointIndex) {
        return Character.offsetByCodePoints(text, 0, codePointIndex);
    }
}
