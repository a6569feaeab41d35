package dev.veil.document;

import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.Letters;
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
    /**
     * The first words as an open-addressing table of their {@link #wordHash}es, built from
     * {@link #byFirstWord} when a look-up follows an {@link #add}: a text's words are hashed
     * where they stand, with no string made per word.
     */
    private int[] slots;
    private String[] slotWords;
    private List<Entry>[] slotEntries;

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
            byFirstWord.computeIfAbsent(lower(v, s, e), k -> new ArrayList<>()).add(new Entry(v, s, f));
            slots = null;
        }
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** Every occurrence of a remembered value in {@code text}, as findings of the value's type. */
    public List<Finding> occurrencesIn(String text) {
        List<Finding> out = new ArrayList<>();
        if (byFirstWord.isEmpty()) {
            return out;
        }
        if (slots == null) {
            index();
        }
        int mask = slots.length - 1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int h = 1;
            char c;
            while (j < n && isLetterOrDigit(c = text.charAt(j))) {
                h = 31 * h + Letters.lower(c);
                j++;
            }
            h = h == 0 ? 1 : h;
            for (int k = mix(h) & mask; slots[k] != 0; k = (k + 1) & mask) {
                if (slots[k] == h && sameWord(text, i, j, slotWords[k])) {
                    addOccurrences(text, i, slotEntries[k], out);
                    break;
                }
            }
            i = j;
        }
        return out;
    }

    private static void addOccurrences(String text, int wordStart, List<Entry> entries, List<Finding> out) {
        for (Entry e : entries) {
            int start = wordStart - e.offset();
            int end = start < 0 ? -1 : endOfMatch(text, start, e.value());
            if (end >= 0 && isBoundary(text, start - 1) && isBoundary(text, end)) {
                out.add(new Finding(e.source().type(), start, end, e.source().score(), "repeat",
                        Explanation.of("repeat of a value found elsewhere in the document", e.source().score())));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void index() {
        int size = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 3)) << 1;
        slots = new int[size];
        slotWords = new String[size];
        slotEntries = new List[size];
        for (Map.Entry<String, List<Entry>> w : byFirstWord.entrySet()) {
            int h = wordHash(w.getKey());
            int k = mix(h) & (size - 1);
            while (slots[k] != 0) {
                k = (k + 1) & (size - 1);
            }
            slots[k] = h;
            slotWords[k] = w.getKey();
            slotEntries[k] = w.getValue();
        }
    }

    /** The hash of a lower-cased word as {@link #occurrencesIn} computes it in place; never 0 (0 marks an empty slot). */
    private static int wordHash(String lowerWord) {
        int h = 1;
        for (int i = 0; i < lowerWord.length(); i++) {
            h = 31 * h + lowerWord.charAt(i);
        }
        return h == 0 ? 1 : h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /** Whether {@code text[s, e)} is {@code lowerWord} in any case (per character, as {@link #lower}). */
    private static boolean sameWord(String text, int s, int e, String lowerWord) {
        if (e - s != lowerWord.length()) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (Letters.lower(text.charAt(i)) != lowerWord.charAt(i - s)) {
                return false;
            }
        }
        return true;
    }

    /** {@code v[s, e)} lower-cased character by character (as look-ups compare, so both sides agree). */
    private static String lower(String v, int s, int e) {
        char[] out = new char[e - s];
        for (int i = s; i < e; i++) {
            out[i - s] = Letters.lower(v.charAt(i));
        }
        return new String(out);
    }

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
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
        return i < 0 || i >= text.length() || !isLetterOrDigit(text.charAt(i));
    }
}
