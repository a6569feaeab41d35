package dev.veil.detect.builtin;

/**
 * A phone candidate window's digit groups and the digits of every run of whole groups, found once for all
 * the regions the window is tried in.
 */
final class PhoneWindow {
    private final String text;
    /** Group {@code g} is {@code text[groups[2g], groups[2g + 1])}. */
    private final int[] groups;
    private final boolean extension;
    /** The digits of groups {@code i..j}, made on first use. */
    private final String[][] digits;

    PhoneWindow(String text) {
        this.text = text;
        this.groups = digitGroups(text);
        this.extension = hasExtension(text);
        this.digits = new String[groups.length / 2][];
    }

    int count() {
        return groups.length / 2;
    }

    /** How many digits groups {@code i..j} hold. */
    int length(int i, int j) {
        int n = 0;
        for (int g = i; g <= j; g++) {
            n += groups[2 * g + 1] - groups[2 * g];
        }
        return n;
    }

    String digits(int i, int j) {
        if (digits[i] == null) {
            digits[i] = new String[count() - i];
        }
        String d = digits[i][j - i];
        if (d == null) {
            d = j == i ? text.substring(groups[2 * i], groups[2 * i + 1])
                    : digits(i, j - 1) + text.substring(groups[2 * j], groups[2 * j + 1]);
            digits[i][j - i] = d;
        }
        return d;
    }

    String text() {
        return text;
    }

    boolean hasExtension() {
        return extension;
    }

    int groupStart(int g) {
        return groups[2 * g];
    }

    int groupEnd(int g) {
        return groups[2 * g + 1];
    }

    /** The runs of ASCII digits of {@code window} as {@code [start0, end0, …]}. */
    private static int[] digitGroups(String window) {
        int[] groups = new int[8];
        int size = 0;
        int i = 0;
        while (i < window.length()) {
            if (isAsciiDigit(window.charAt(i))) {
                int s = i;
                while (i < window.length() && isAsciiDigit(window.charAt(i))) {
                    i++;
                }
                if (size == groups.length) {
                    groups = java.util.Arrays.copyOf(groups, size * 2);
                }
                groups[size++] = s;
                groups[size++] = i;
            } else {
                i++;
            }
        }
        return java.util.Arrays.copyOf(groups, size);
    }

    /** Whether the window ends in an extension ("x12", "ext. 7", "#3"): its digits may follow the number's. */
    private static boolean hasExtension(String window) {
        for (int i = 0; i < window.length(); i++) {
            char c = window.charAt(i);
            if (Character.isLetter(c) || c == '#') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
