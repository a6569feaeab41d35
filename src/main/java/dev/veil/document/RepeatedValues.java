package dev.veil.document;

import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values found in a document, indexed by their first word, so that every other occurrence
 * can be located in one pass over a text however many values there are (a name found in a
 * letter's body is also removed from its footer, its title and the next page). An occurrence is
 * whole words, in any case, and any run of white space in the value matches any other run (a PDF
 * line break or a double space). Holds values: never logged, never kept beyond one document.
 */
public final class RepeatedValues {
    private record Entry(String value, int offset, Finding source) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, Boolean> seen = new HashMap<>();
    private final int minLength;

    /** Values shorter than {@code minLength} characters are not looked for (they recur by chance). */
    public RepeatedValues(int minLength) {
        this.minLength = minLength;
    }

    /** Remembers {@code value} (found as {@code f}) if it is long enough and has a letter or digit. */
    public void add(String value, Finding f) {
        String v = value.strip();
        if (v.length() < minLength || seen.putIfAbsent(v.toLowerCase(Locale.ROOT), Boolean.TRUE) != null) {
            return;
        }
        int s = 0;
        while (s < v.length() && !Character.isLetterOrDigit(v.charAt(s))) {
            if (Character.isWhitespace(v.charAt(s))) {
                return; // "+ 1 415…": no fixed offset to its first word; the detectors find those
            }
            s++;
        }
        int e = s;
        while (e < v.length() && Character.isLetterOrDigit(v.charAt(e))) {
            e++;
        }
        if (e > s) {
            byFirstWord.computeIfAbsent(v.substring(s, e).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new Entry(v, s, f));
        }
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** Every occurrence of a remembered value in {@code text}, as findings of the value's type. */
    public List<Finding> occurrencesIn(String text) {
        List<Finding> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            List<Entry> entries = byFirstWord.get(text.substring(i, j).toLowerCase(Locale.ROOT));
            if (entries != null) {
                for (Entry e : entries) {
                    int start = i - e.offset();
                    int end = start < 0 ? -1 : endOfMatch(text, start, e.value());
                    if (end >= 0 && isBoundary(text, start - 1) && isBoundary(text, end)) {
                        out.add(new Finding(e.source().type(), start, end, e.source().score(), "repeat",
                                Explanation.of("repeat of a value found elsewhere in the document",
                                        e.source().score())));
                    }
                }
            }
            i = j;
        }
        return out;
    }

    /** Where {@code value} ends if it occurs at {@code start} (any case, any run of white space for any other), else -1. */
    private static int endOfMatch(String text, int start, String value) {
        int t = start;
        int v = 0;
        while (v < value.length()) {
            char vc = value.charAt(v);
            if (Character.isWhitespace(vc)) {
                if (t >= text.length() || !Character.isWhitespace(text.charAt(t))) {
                    return -1;
                }
                while (v < value.length() && Character.isWhitespace(value.charAt(v))) {
                    v++;
                }
                while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
                    t++;
                }
                continue;
            }
            if (t >= text.length() || !text.regionMatches(true, t, value, v, 1)) {
                return -1;
            }
            t++;
            v++;
        }
        return t;
    }

    private static boolean isBoundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
