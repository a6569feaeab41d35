package dev.veil.pipeline;

import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values found in a document, indexed by their first word, so that every other occurrence
 * can be located in one pass over a text (whole words, ignoring case) however many values there
 * are. Holds values: never logged, never kept beyond one document.
 */
final class FoundValues {
    private record Entry(String value, int offset, Finding source) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, Boolean> seen = new HashMap<>();
    private final int minLength;

    FoundValues(int minLength) {
        this.minLength = minLength;
    }

    /** Remembers {@code value} (found as {@code f}) if it is long enough and has a letter or digit. */
    void add(String value, Finding f) {
        String v = value.strip();
        if (v.length() < minLength || seen.putIfAbsent(v.toLowerCase(Locale.ROOT), Boolean.TRUE) != null) {
            return;
        }
        int s = 0;
        while (s < v.length() && !Character.isLetterOrDigit(v.charAt(s))) {
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

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** Every occurrence of a remembered value in {@code text}, as findings of the value's type. */
    List<Finding> occurrencesIn(String text) {
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
                    int end = start + e.value().length();
                    if (start >= 0 && end <= n && text.regionMatches(true, start, e.value(), 0, e.value().length())
                            && isBoundary(text, start - 1) && isBoundary(text, end)) {
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

    private static boolean isBoundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
