package dev.veil.detect;

/** Character case folding for the hot loops that hash or compare words in place. */
public final class Letters {
    private Letters() {
    }

    /** {@link Character#toLowerCase(char)}, with ASCII answered without a table look-up. */
    public static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        if (c < 256) {
            // Latin-1: the capitals À-Þ (not ×) are their small letters less 0x20, as Character.toLowerCase has it
            return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? (char) (c + 0x20) : c;
        }
        return Character.toLowerCase(c);
    }
}
