package dev.veil.detect.builtin;

/**
 * A North American number written nationally in its plainest layouts, three, three and four
 * digits with one separator repeated ("212-555-0123", "212.555.0123", "212 555 0123"), the
 * same after the national prefix ("1-800-829-4933"), and the area code in brackets ("(212) 555-0123"). For such a window, libphonenumber's
 * {@code findNumbers} in a +1 region at strict grouping finds the whole window exactly when the
 * number is valid ({@code NanpLayoutTest} compares the two on random numbers of every layout), so
 * the phone detector asks only the validity, for a fraction of what the search costs: on tax
 * forms and contact lists most national numbers are of these layouts.
 */
final class NanpLayout {
    private NanpLayout() {
    }

    /** The ten national digits of {@code window} when it is one of the layouts, else null. */
    static String nationalDigits(String window) {
        int n = window.length();
        if (n >= 13 && window.charAt(0) == '(') {
            return bracketed(window);
        }
        int start;
        if (n == 12) {
            start = 0;
        } else if (n == 14 && window.charAt(0) == '1') {
            start = 2;
            if (window.charAt(1) != window.charAt(5)) {
                return null;
            }
        } else {
            return null;
        }
        char sep = window.charAt(start + 3);
        if ((sep != '-' && sep != '.' && sep != ' ') || window.charAt(start + 7) != sep) {
            return null;
        }
        char[] digits = new char[10];
        int k = 0;
        for (int i = start; i < n; i++) {
            char c = window.charAt(i);
            if (i == start + 3 || i == start + 7) {
                continue;
            }
            if (c < '0' || c > '9') {
                return null;
            }
            digits[k++] = c;
        }
        return new String(digits);
    }

    /** "(212) 555-0123" or "(212)555-0123": the area code in brackets, a space or nothing, then three, a hyphen, four. */
    private static String bracketed(String window) {
        int n = window.length();
        if (window.charAt(4) != ')' || (n == 14 && window.charAt(5) != ' ') || (n != 13 && n != 14)
                || window.charAt(n - 5) != '-') {
            return null;
        }
        StringBuilder digits = new StringBuilder(10);
        for (int i = 1; i < n; i++) {
            char c = window.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (i != 4 && i != n - 5 && !(i == 5 && n == 14)) {
                return null;
            }
        }
        return digits.length() == 10 ? digits.toString() : null;
    }
}
