package dev.veil.document.text;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON string quoting and the number grammar, for values written back into JSON text. */
final class JsonStrings {
    private JsonStrings() {
    }

    static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    /** True for a JSON number literal (RFC 8259): no leading zeros, no plus sign, no bare dot. */
    static boolean isNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n || !digit(s.charAt(i))) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else {
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            int d = ++i;
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
            if (i == d) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int d = i;
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
            if (i == d) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
