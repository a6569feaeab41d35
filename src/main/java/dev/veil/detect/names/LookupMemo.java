package dev.veil.detect.names;

/**
 * The lexicon's answers for one text, kept by word: a document repeats its capitalised words
 * (a form's "Schedule", "Total", "Form" hundreds of times), and each look-up in the shipped table
 * of some 200,000 words costs several cache misses, while this table is small enough to stay in
 * cache. A word is found here by its hash and then by comparing its letters with an earlier
 * occurrence in the same text, in the table's own form (case and apostrophes ignored), so the
 * answer is the one the lexicon gives. One per scan; not thread-safe.
 */
final class LookupMemo {
    /** Distinct words kept at most; past that, words are looked up in the lexicon directly. */
    private static final int MAX_ENTRIES = 1 << 14;

    private final String text;
    private final NameLexicon lexicon;
    private int[] hashes;
    /** Where an occurrence of each kept word starts and ends in the text; {@code ends[slot] == 0} for an empty slot. */
    private int[] starts;
    private int[] ends;
    private int[] classes;
    private int size;

    LookupMemo(String text, NameLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        // slots for a third of a short text's length hold its distinct words at half full (a word
        // and its separator take about six characters; the table grows if they do not): a cell or
        // a row pays for no 256 slots it never uses
        int capacity = 8;
        while (capacity < 256 && capacity * 3 < text.length()) {
            capacity <<= 1;
        }
        allocate(capacity);
    }

    private void allocate(int capacity) {
        hashes = new int[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        classes = new int[capacity];
    }

    /**
     * {@link NameLexicon#classes} of {@code text[start, end)} (a non-empty word), the word kept
     * under {@code h}: any hash of the word in the table's form (case and apostrophes ignored)
     * will do, as long as the same word is asked with the same hash each time. {@link WordTokens}
     * passes the hash the view's word index has of a word of one run of letters, so that a
     * repeated word costs no hashing, and {@link WordTable#hash} for others; a word asked with two
     * hashes is kept twice, with the same answer.
     */
    int classes(int start, int end, int h) {
        int mask = hashes.length - 1;
        int slot = h & mask;
        while (ends[slot] != 0) {
            if (hashes[slot] == h && sameWord(starts[slot], ends[slot], start, end)) {
                return classes[slot];
            }
            slot = (slot + 1) & mask;
        }
        int c = lexicon.classes(text, start, end);
        if (size < MAX_ENTRIES) {
            if (size + 1 > hashes.length / 2) {
                grow();
                slot = emptySlot(h);
            }
            put(slot, h, start, end, c);
        }
        return c;
    }

    private void put(int slot, int h, int start, int end, int c) {
        hashes[slot] = h;
        starts[slot] = start;
        ends[slot] = end;
        classes[slot] = c;
        size++;
    }

    /** The first empty slot on {@code h}'s probe path (the word is known not to be kept). */
    private int emptySlot(int h) {
        int mask = hashes.length - 1;
        int slot = h & mask;
        while (ends[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Twice the slots, the kept words placed again: the table stays at most half full. */
    private void grow() {
        int[] oldHashes = hashes;
        int[] oldStarts = starts;
        int[] oldEnds = ends;
        int[] oldClasses = classes;
        allocate(oldHashes.length * 2);
        size = 0;
        for (int k = 0; k < oldHashes.length; k++) {
            if (oldEnds[k] != 0) {
                put(emptySlot(oldHashes[k]), oldHashes[k], oldStarts[k], oldEnds[k], oldClasses[k]);
            }
        }
    }

    /** Whether two slices of the text are one word in the table's form: apostrophes skipped, case folded. */
    private boolean sameWord(int s1, int e1, int s2, int e2) {
        if (e1 - s1 == e2 - s2 && text.regionMatches(s1, text, s2, e1 - s1)) {
            return true; // a repeat spelled alike, compared by the library's vectorised loop
        }
        int i = s1;
        int j = s2;
        while (true) {
            while (i < e1 && WordTable.isApostrophe(text.charAt(i))) {
                i++;
            }
            while (j < e2 && WordTable.isApostrophe(text.charAt(j))) {
                j++;
            }
            if (i == e1 || j == e2) {
                return i == e1 && j == e2;
            }
            if (dev.veil.detect.Letters.lower(text.charAt(i)) != dev.veil.detect.Letters.lower(text.charAt(j))) {
                return false;
            }
            i++;
            j++;
        }
    }
}
