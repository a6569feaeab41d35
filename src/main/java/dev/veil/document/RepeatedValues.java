package dev.veil.document;

import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.Letters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values found in a document, indexed by their first word, so that every other occurrence
 * can be located in one pass over a text however many values there are (a name found in a
 * letter's body is also removed from its footer, its title and the next page). An occurrence is
 * whole words, in any case, and any run of white space in the value matches any other run (a PDF
 * line break or a double space). Holds values: never logged, never kept beyond one document.
 */
public final class RepeatedValues {
    /** A value, where its first word starts in it, what found it, and its place in the order of {@link #add}. */
    private record Entry(String value, int offset, Finding source, int order) {
    }

    /**
     * A first word shared by more values than this has them looked up by their folded text
     * ({@link Word}); fewer are each compared where the word occurs. A contact list's phone
     * numbers share "1" ("1-800-…"), its names "Mary" and its e-mail domains' users: each of
     * thousands compared at each of thousands of occurrences made a 1 MB list take seconds.
     */
    private static final int COMPARED = 4;

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final int minLength;
    /**
     * The first words as an open-addressing table of their {@link #wordHash}es, built from
     * {@link #byFirstWord} when a look-up follows an {@link #add}: a text's words are hashed
     * where they stand, with no string made per word.
     */
    private int[] slots;
    /**
     * A bit per {@link #filterBit} of each first word's hash, sixteen bits or more a word: a few
     * kilobytes where the table is megabytes for a large CSV's values, read for every word of the
     * document (twice: the check of the answer reads it again).
     */
    private long[] filter;
    private String[] slotWords;
    private Word[] slotEntries;
    /** Values remembered so far: the next one's {@link Entry#order}. */
    private int added;

    /** Values shorter than {@code minLength} characters are not looked for (they recur by chance). */
    public RepeatedValues(int minLength) {
        this.minLength = minLength;
    }

    /** Remembers {@code value} (found as {@code f}) if it is long enough and has a letter or digit. */
    public void add(String value, Finding f) {
        String v = value.strip();
        if (v.length() < minLength || !seen.add(v.toLowerCase(Locale.ROOT))) {
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
            byFirstWord.computeIfAbsent(lower(v, s, e), k -> new ArrayList<>()).add(new Entry(v, s, f, added++));
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
        long[] filter = this.filter;
        int filterMask = filter.length * 64 - 1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char l = folded(text.charAt(i));
            if (l == 0) {
                i++;
                continue;
            }
            int j = i;
            int h = 1;
            do {
                h = 31 * h + l;
                j++;
            } while (j < n && (l = folded(text.charAt(j))) != 0);
            h = h == 0 ? 1 : h;
            // most words are no value's first: one bit of a small filter turns them away before the table is read
            int bit = filterBit(h) & filterMask;
            if ((filter[bit >>> 6] & 1L << bit) != 0) {
                for (int k = mix(h) & mask; slots[k] != 0; k = (k + 1) & mask) {
                    if (slots[k] == h && sameWord(text, i, j, slotWords[k])) {
                        addOccurrences(text, i, slotEntries[k], out);
                        break;
                    }
                }
            }
            i = j + 1; // the character at j is not a letter or digit
        }
        return out;
    }

    /** Each ASCII character as {@link #fold} answers it. */
    private static final char[] ASCII_FOLD = new char[128];
    /**
     * The same for an ASCII letter or digit (its lower case, as {@link Letters#lower} has it), else 0:
     * the first-word scan's test and fold in one load.
     */
    private static final char[] ASCII_FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLD[c] = Character.isWhitespace(c) ? ' ' : Character.toLowerCase(Character.toUpperCase(c));
            ASCII_FOLDED[c] = isLetterOrDigit(c) ? ASCII_FOLD[c] : 0;
        }
    }

    /** {@code c} lower-cased ({@link Letters#lower}) when it is a letter or digit, else 0 (which no letter folds to). */
    private static char folded(char c) {
        return c < 128 ? ASCII_FOLDED[c] : isLetterOrDigit(c) ? Letters.lower(c) : 0;
    }

    /** A bit of {@link #filter} for a word's hash, mixed apart from {@link #mix} (which picks the table's slot). */
    private static int filterBit(int h) {
        return (h * 0x9E3779B9) >>> 7;
    }

    private static void addOccurrences(String text, int wordStart, Word word, List<Finding> out) {
        List<Hit> found = null;
        for (Entry e : word.compared) {
            found = ifOccurs(text, wordStart, e, found);
        }
        for (Shape shape : word.shapes) {
            found = shape.occurring(text, wordStart, found);
        }
        if (found == null) {
            return;
        }
        // in the order the values were added, as when every value was compared in turn
        found.sort(java.util.Comparator.comparingInt(h -> h.entry().order()));
        for (Hit h : found) {
            Finding source = h.entry().source();
            out.add(new Finding(source.type(), h.start(), h.end(), source.score(), "repeat",
                    Explanation.of("repeat of a value found elsewhere in the document", source.score())));
        }
    }

    /** A value found at {@code [start, end)}. */
    private record Hit(Entry entry, int start, int end) {
    }

    /** {@code found} with {@code e} added when its value occurs as whole words with its first word at {@code wordStart}. */
    private static List<Hit> ifOccurs(String text, int wordStart, Entry e, List<Hit> found) {
        int start = wordStart - e.offset();
        int end = start < 0 ? -1 : endOfMatch(text, start, e.value());
        if (end >= 0 && isBoundary(text, start - 1) && isBoundary(text, end)) {
            List<Hit> list = found == null ? new ArrayList<>(2) : found;
            list.add(new Hit(e, start, end));
            return list;
        }
        return found;
    }

    /**
     * The values of one first word: a few compared in turn, the rest kept by {@link Shape}, the
     * place of the first word in them. Where the word occurs, each shape folds the text from where
     * its values would start, and at each length one of them has looks up the values with the key
     * of what it has folded so far; those are then compared as the others are ({@link
     * #endOfMatch}): the key only picks which to compare, so the occurrences found are the same.
     */
    private static final class Word {
        final List<Entry> compared;
        final Shape[] shapes;

        Word(List<Entry> entries) {
            if (entries.size() <= COMPARED) {
                compared = entries;
                shapes = new Shape[0];
                return;
            }
            List<Entry> rest = new ArrayList<>();
            Map<Integer, Shape> byOffset = new HashMap<>();
            for (Entry e : entries) {
                int length = foldedLength(e.value());
                if (length < 0) {
                    rest.add(e); // a character beyond ASCII: compared in turn
                    continue;
                }
                byOffset.computeIfAbsent(e.offset(), Shape::new).add(e, length);
            }
            compared = rest;
            shapes = byOffset.values().toArray(new Shape[0]);
        }
    }

    /**
     * Values of one first word whose first word starts at {@code offset}: the lengths of their
     * folded texts, and the values by the key of their folded text (an open-addressing table of
     * {@code long} keys, as a look-up is made at each of those lengths at each occurrence).
     */
    private static final class Shape {
        final int offset;
        /** Whether a value's folded text has this length; as long as the longest. */
        private boolean[] lengths = new boolean[0];
        private long[] keys = new long[8];
        private List<Entry>[] values = newValues(8);
        private int size;

        Shape(int offset) {
            this.offset = offset;
        }

        @SuppressWarnings("unchecked")
        private static List<Entry>[] newValues(int n) {
            return new List[n];
        }

        void add(Entry e, int length) {
            if (length >= lengths.length) {
                lengths = java.util.Arrays.copyOf(lengths, length + 1);
            }
            lengths[length] = true;
            long key = foldedKey(e.value(), 0, length);
            int slot = slotOf(key);
            if (keys[slot] == 0) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    slot = slotOf(key);
                }
                keys[slot] = key;
                values[slot] = new ArrayList<>(1);
                size++;
            }
            values[slot].add(e);
        }

        /** The slot of {@code key}, or the empty slot where it would go. */
        private int slotOf(long key) {
            int mask = keys.length - 1;
            int slot = (int) (key ^ key >>> 29) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            List<Entry>[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = newValues(oldKeys.length * 2);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slotOf(oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        /** {@code found} with the values of this shape that occur with their first word at {@code wordStart}. */
        List<Hit> occurring(String text, int wordStart, List<Hit> found) {
            int start = wordStart - offset;
            if (start < 0) {
                return found;
            }
            // the key of the folded text grown a character at a time, as foldedKey makes it
            long h = 1;
            int t = start;
            int n = text.length();
            for (int k = 1; k < lengths.length; k++) {
                if (t >= n) {
                    break;
                }
                char c = text.charAt(t++);
                int f = fold(c);
                if (f == ' ') {
                    while (t < n && isWhitespace(text.charAt(t))) {
                        t++;
                    }
                }
                h = h * 0x100000001B3L + f;
                // an occurrence ends where no letter or digit follows: look up only there
                if (lengths[k] && (t >= n || !isLetterOrDigit(text.charAt(t)))) {
                    List<Entry> same = values[slotOf(h == 0 ? 1 : h)];
                    if (same != null) {
                        for (Entry e : same) {
                            found = ifOccurs(text, wordStart, e, found);
                        }
                    }
                }
            }
            return found;
        }
    }

    /**
     * The length of {@code value} folded as {@link #foldedKey} reads it (each run of white space
     * one character), or -1 when it has a character beyond ASCII: those are compared in turn, so
     * that no folding of other scripts needs to agree with {@code regionMatches}.
     */
    private static int foldedLength(String value) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 128) {
                return -1;
            }
            if (!Character.isWhitespace(c) || i == 0 || !Character.isWhitespace(value.charAt(i - 1))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A key of the {@code length} characters at {@code start} folded as {@link #endOfMatch}
     * compares them ({@link #fold}), a run of white space read as one; 0 when the text ends first.
     * Two texts that {@link #endOfMatch} takes for each other have the same key.
     */
    private static long foldedKey(String text, int start, int length) {
        long h = 1;
        int t = start;
        int n = text.length();
        for (int k = 0; k < length; k++) {
            if (t >= n) {
                return 0;
            }
            int f = fold(text.charAt(t++));
            if (f == ' ') {
                while (t < n && isWhitespace(text.charAt(t))) {
                    t++;
                }
            }
            h = h * 0x100000001B3L + f;
        }
        return h == 0 ? 1 : h;
    }

    /**
     * A space for white space; any other character as its upper case's lower case, which is equal
     * for two characters exactly when {@code regionMatches} ignoring case has them equal.
     */
    private static int fold(char c) {
        if (c < 128) {
            return ASCII_FOLD[c];
        }
        return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean isWhitespace(char c) {
        return c < 128 ? ASCII_FOLD[c] == ' ' : Character.isWhitespace(c);
    }

    private void index() {
        int size = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 3)) << 1;
        slots = new int[size];
        slotWords = new String[size];
        slotEntries = new Word[size];
        filter = new long[Math.max(1, Integer.highestOneBit(Math.max(1, byFirstWord.size())) >> 1)];
        int filterMask = filter.length * 64 - 1;
        for (Map.Entry<String, List<Entry>> w : byFirstWord.entrySet()) {
            int h = wordHash(w.getKey());
            int bit = filterBit(h) & filterMask;
            filter[bit >>> 6] |= 1L << bit;
            int k = mix(h) & (size - 1);
            while (slots[k] != 0) {
                k = (k + 1) & (size - 1);
            }
            slots[k] = h;
            slotWords[k] = w.getKey();
            slotEntries[k] = new Word(w.getValue());
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
            if (t >= text.length()) {
                return -1;
            }
            char tc = text.charAt(t);
            // two ASCII characters: equal ignoring case exactly when their folds are (no call per character)
            if (vc < 128 && tc < 128 ? ASCII_FOLD[vc] != ASCII_FOLD[tc] : !text.regionMatches(true, t, value, v, 1)) {
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
