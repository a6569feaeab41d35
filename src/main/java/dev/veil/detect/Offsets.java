package dev.veil.detect;

/** Conversions between Java char (UTF-16) indices and Unicode code point offsets. */
public final class Offsets {
    private Offsets() {
    }

    /** The code point offset of char index {@code charIndex} in {@code text}. */
    public static int toCodePoint(CharSequence text, int charIndex) {
        return Character.codePointCount(text, 0, charIndex);
    }

    /**
     * {@link #toCodePoint} for char indices asked mostly in ascending order (a file's findings),
     * each counted from the previous one instead of from the text's start, which made a file's
     * conversion quadratic in its findings (minutes for a 4 MB text with 100,000 of them). An
     * index before the previous one is counted from the start again. Not thread-safe.
     */
    public static final class Counter {
        private final CharSequence text;
        private int charIndex;
        private int codePoints;

        public Counter(CharSequence text) {
            this.text = text;
        }

        /** The same as {@code toCodePoint(text, index)}. */
        public int toCodePoint(int index) {
            if (index < charIndex) {
                charIndex = 0;
                codePoints = 0;
            }
            if (index > charIndex) {
                codePoints += Character.codePointCount(text, charIndex, index);
                // a pair split at the previous index was counted as two there and here; from the start it is one
                if (charIndex > 0 && Character.isHighSurrogate(text.charAt(charIndex - 1))
                        && Character.isLowSurrogate(text.charAt(charIndex))) {
                    codePoints--;
                }
                charIndex = index;
            }
            return codePoints;
        }
    }

    /** The char index of code point offset {@code codePointIndex} in {@code text}. */
    public static int toCharIndex(CharSequence text, int codePointIndex) {
        return Character.offsetByCodePoints(text, 0, codePointIndex);
    }
}
