package dev.veil.detect.names;

import dev.veil.detect.Letters;

import java.util.Map;

/**
 * An immutable map from words to bit sets of {@link WordClass}es, looked up straight from a
 * slice of the text: case-insensitive, apostrophes ignored ("O'Brien" finds "obrien"), and
 * without allocating, so the detector can look up every capitalised word of a document cheaply.
 * Open addressing over a power-of-two table of lower-cased keys.
 *
 * <p>Packed for the look-up's cache misses, the cost of a look-up in a table of 200,000 words:
 * each slot is one {@code long} (the key's hash and where its entry starts), and each entry is
 * its classes, its length and its letters side by side in one {@code char} array. A word in the
 * table costs two misses (its slot, its entry) where a table of {@code String} keys cost five
 * (slot, hash, key object, key letters, classes); a word not in it one, as the probes compare
 * hashes in neighbouring slots. Words of up to twelve letters {@code a-z} and hyphens, nearly all
 * a document asks for, are answered from smaller tables that hold each key's letters and classes
 * in its slot ({@link #shortSlots}): one miss, in 2.5 MB where the slots and entries take 11.
 */
final class WordTable {
    /** Per slot: the key's hash (high 32 bits) and its entry's offset in {@link #entries} plus one; 0 for empty. */
    private final long[] slots;
    /** Per key: its classes (two chars, low half first), its length, then its letters. */
    private final char[] entries;
    private final int mask;
    private final int size;
    /**
     * The keys of at most {@link #SHORT_LETTERS} letters {@code a-z} and hyphens (most names and
     * words), one {@code long} a slot: the letters five bits each (see {@link #symbol}) and the
     * classes above them, 0 for empty. A word spelled so is answered from here alone, with one
     * probe and no entry to compare, in 2 MB where {@link #slots} and {@link #entries} take 11: a
     * document's text asks for a few thousand distinct words, and each was a miss in the slots and
     * another in the entries (with their pages' translations), which also evicted the other
     * detectors' data. {@link #mediumSlots} answer the keys of up to {@link #MEDIUM_LETTERS} such
     * letters, {@link #slots} the others.
     */
    private final long[] shortSlots;
    private final int shortShift;
    /** As {@link #shortSlots}, two {@code long}s a slot (the letters, then the classes) for the keys of more than {@link #SHORT_LETTERS}. */
    private final long[] mediumSlots;
    private final int mediumShift;

    /** A table of {@code keys} (each at its slot, {@code null} for an empty one) and their {@code classes}. */
    private static WordTable fromKeys(String[] keys, int[] classes) {
        long[] slots = new long[keys.length];
        int chars = 0;
        int count = 0;
        for (String k : keys) {
            if (k != null) {
                chars += 3 + k.length();
                count++;
            }
        }
        char[] entries = new char[chars];
        int at = 0;
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            if (k == null) {
                continue;
            }
            if (k.length() > Character.MAX_VALUE) {
                throw new IllegalArgumentException("word too long for the table");
            }
            slots[i] = (long) hash(k, 0, k.length()) << 32 | (at + 1);
            entries[at] = (char) classes[i];
            entries[at + 1] = (char) (classes[i] >>> 16);
            entries[at + 2] = (char) k.length();
            k.getChars(0, k.length(), entries, at + 3);
            at += 3 + k.length();
        }
        return new WordTable(slots, entries, count);
    }

    /**
     * A table of {@code slotCount} slots from its keys as {@link #forEachKey} gave them (a
     * {@link LexiconImage} read back): key {@code k} in slot {@code placed[2k]} with hash
     * {@code placed[2k + 1]}, its entry the {@code k}-th in {@code entries}. Checked as it is
     * placed (slots in range and each used once, entries whole and all used), so that a damaged
     * image is refused here rather than failing a look-up.
     *
     * @throws IllegalArgumentException when the arrays do not hold a table
     */
    static WordTable placed(int slotCount, int[] placed, char[] entries) {
        if (slotCount < 2 || Integer.bitCount(slotCount) != 1 || placed.length % 2 != 0) {
            throw new IllegalArgumentException("not a table's shape");
        }
        long[] slots = new long[slotCount];
        int at = 0;
        for (int k = 0; k < placed.length; k += 2) {
            int slot = placed[k];
            if (slot < 0 || slot >= slotCount || slots[slot] != 0 || at + 3 > entries.length
                    || at + 3 + entries[at + 2] > entries.length) {
                throw new IllegalArgumentException("key outside the table");
            }
            slots[slot] = (long) placed[k + 1] << 32 | (at + 1);
            at += 3 + entries[at + 2];
        }
        if (at != entries.length) {
            throw new IllegalArgumentException("entries left over");
        }
        return new WordTable(slots, entries, placed.length / 2);
    }

    private WordTable(long[] slots, char[] entries, int size) {
        this.slots = slots;
        this.entries = entries;
        this.mask = slots.length - 1;
        this.size = size;
        long[][] packed = packed(entries);
        this.shortSlots = packed[0];
        this.shortShift = shift(shortSlots.length);
        this.mediumSlots = packed[1];
        this.mediumShift = shift(mediumSlots.length / 2);
    }

    /** The shift that takes a spread code's high bits to a slot of a table of {@code slotCount} (a power of two). */
    private static int shift(int slotCount) {
        return 64 - Integer.numberOfTrailingZeros(slotCount);
    }

    /** Letters a key of {@link #shortSlots} has at most: five bits each below the classes' 18. */
    static final int SHORT_LETTERS = 9;
    /** Letters a key of {@link #mediumSlots} has at most: five bits each in one {@code long}. */
    static final int MEDIUM_LETTERS = 12;
    private static final int SHORT_BITS = 5 * SHORT_LETTERS;
    private static final long SHORT_MASK = (1L << SHORT_BITS) - 1;
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    /**
     * A character of a key (its stored form) or of a word folded by {@link Letters#lower} as five
     * bits: {@code a-z} 1 to 26, a hyphen 27; 0 for any other.
     */
    private static int symbol(char folded) {
        int v = folded - ('a' - 1);
        return v >= 1 && v <= 26 ? v : folded == '-' ? 27 : 0;
    }

    /**
     * {@link #shortSlots} and {@link #mediumSlots} of the keys in {@code entries}, each at most
     * two thirds full. Made when the table is, in one pass over the entries that reads no longer
     * key's letters (some 170,000 keys, on a JVM's first scan) after one that reads their lengths.
     */
    private static long[][] packed(char[] entries) {
        int shortKeys = 0;
        int mediumKeys = 0;
        for (int at = 0; at < entries.length; at += 3 + entries[at + 2]) {
            int length = entries[at + 2];
            shortKeys += length <= SHORT_LETTERS ? 1 : 0;
            mediumKeys += length > SHORT_LETTERS && length <= MEDIUM_LETTERS ? 1 : 0;
        }
        long[] shortTable = new long[capacity(shortKeys)];
        long[] mediumTable = new long[2 * capacity(mediumKeys)];
        int shortShift = shift(shortTable.length);
        int mediumShift = shift(mediumTable.length / 2);
        for (int at = 0; at < entries.length; ) {
            int length = entries[at + 2];
            int from = at + 3;
            int classes = entries[at] | entries[at + 1] << 16;
            at = from + length;
            if (length > MEDIUM_LETTERS) {
                continue;
            }
            long code = 0;
            for (int k = 0; k < length; k++) {
                int v = symbol(entries[from + k]);
                if (v == 0) {
                    code = 0;
                    break;
                }
                code |= (long) v << (5 * k);
            }
            if (code == 0) {
                continue;
            }
            if (classes == 0 || classes >>> (63 - SHORT_BITS) != 0) {
                throw new IllegalStateException("a key's classes do not fit a short slot");
            }
            if (length <= SHORT_LETTERS) {
                int m = shortTable.length - 1;
                int slot = (int) (code * SPREAD >>> shortShift);
                while (shortTable[slot] != 0) {
                    slot = (slot + 1) & m;
                }
                shortTable[slot] = (long) classes << SHORT_BITS | code;
            } else {
                int m = mediumTable.length / 2 - 1;
                int slot = (int) (code * SPREAD >>> mediumShift);
                while (mediumTable[2 * slot] != 0) {
                    slot = (slot + 1) & m;
                }
                mediumTable[2 * slot] = code;
                mediumTable[2 * slot + 1] = classes;
            }
        }
        return new long[][] {shortTable, mediumTable};
    }

    /** Slots for {@code keys} keys, a power of two at least 16, at most two thirds full. */
    private static int capacity(int keys) {
        int capacity = 16;
        while (capacity < keys * 3 / 2) {
            capacity <<= 1;
        }
        return capacity;
    }

    /** Receives a table's keys in slot order (see {@link #forEachKey}). */
    @FunctionalInterface
    interface KeyVisitor {
        /** The key in {@code slot}, its {@code hash}, and its entry: {@code entries[from, from + 3 + length)}. */
        void key(int slot, int hash, char[] entries, int from, int length);
    }

    /** Every key in slot order, for {@link LexiconImage}. */
    void forEachKey(KeyVisitor visitor) {
        for (int i = 0; i < slots.length; i++) {
            long s = slots[i];
            if (s != 0) {
                int at = (int) s - 1;
                visitor.key(i, (int) (s >>> 32), entries, at, entries[at + 2]);
            }
        }
    }

    /** The characters of all entries together. */
    int entryChars() {
        return entries.length;
    }

    /** The number of slots (a power of two). */
    int slotCount() {
        return slots.length;
    }

    /** A table of the given entries (word to class bits); for tests and small tables. */
    static WordTable of(Map<String, Integer> entries) {
        Builder b = new Builder(entries.size());
        entries.forEach(b::add);
        return b.build();
    }

    /** Fills a table in place: no boxing, no intermediate map (the shipped lists hold ~200k words). */
    static final class Builder {
        private final String[] keys;
        private final int[] classes;
        private final int mask;
        private boolean built;

        /** {@code expected} is an upper bound of distinct words; the table is kept at most half full. */
        Builder(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
            this.keys = new String[capacity];
            this.classes = new int[capacity];
            this.mask = capacity - 1;
        }

        Builder add(String word, int bits) {
            if (built) {
                throw new IllegalStateException("already built");
            }
            String key = normalise(word);
            if (key.isEmpty()) {
                return this;
            }
            int slot = hash(key, 0, key.length()) & mask;
            int probes = 0;
            while (keys[slot] != null && !keys[slot].equals(key)) {
                slot = (slot + 1) & mask;
                if (++probes > mask) {
                    throw new IllegalStateException("word table full: raise the expected size");
                }
            }
            keys[slot] = key;
            classes[slot] |= bits;
            return this;
        }

        WordTable build() {
            built = true;
            return fromKeys(keys, classes);
        }
    }

    int size() {
        return size;
    }

    /**
     * The classes of {@code text[start, end)}, or 0 when the word is in no list. A word of at most
     * {@link #MEDIUM_LETTERS} letters that fold to {@code a-z} and hyphens (apostrophes aside) can
     * only be a key spelled so, and every such key is in {@link #shortSlots} or {@link #mediumSlots}:
     * its answer is there.
     */
    int lookup(String text, int start, int end) {
        long code = packed(text, start, end);
        if (code < 0) {
            return lookupInSlots(text, start, end);
        }
        return code == 0 ? 0 : lookupPacked(code); // no letters: no key is empty
    }

    /**
     * The letters of {@code text[start, end)} as {@link #shortSlots} and {@link #mediumSlots} hold
     * a key's (five bits each, apostrophes skipped), for {@link #lookupPacked}; 0 for a word of no
     * letters, -1 for one that only {@link #lookupInSlots} answers (a character that folds to no
     * {@code a-z} or hyphen, or more than {@link #MEDIUM_LETTERS} letters).
     */
    static long packed(String text, int start, int end) {
        long code = 0;
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            int v;
            if (c < 128) {
                // an ASCII letter folds by its 0x20 bit; any other ASCII character lands outside a-z
                v = (c | 0x20) - ('a' - 1);
                if (v < 1 || v > 26) {
                    v = c == '-' ? 27 : 0;
                }
            } else {
                v = symbol(Letters.lower(c));
            }
            if (v == 0 || letters == MEDIUM_LETTERS) {
                return -1;
            }
            code |= (long) v << (5 * letters++);
        }
        return code;
    }

    /** The classes of the word whose {@link #packed} letters are {@code code} (positive), 0 for none. */
    int lookupPacked(long code) {
        if (code >>> SHORT_BITS == 0) { // at most SHORT_LETTERS letters: every symbol is non-zero
            long[] table = shortSlots;
            int m = table.length - 1;
            for (int slot = (int) (code * SPREAD >>> shortShift); ; slot = (slot + 1) & m) {
                long s = table[slot];
                if (s == 0) {
                    return 0;
                }
                if ((s & SHORT_MASK) == code) {
                    return (int) (s >>> SHORT_BITS);
                }
            }
        }
        long[] table = mediumSlots;
        int m = table.length / 2 - 1;
        for (int slot = (int) (code * SPREAD >>> mediumShift); ; slot = (slot + 1) & m) {
            long s = table[2 * slot];
            if (s == 0) {
                return 0;
            }
            if (s == code) {
                return (int) table[2 * slot + 1];
            }
        }
    }

    /**
     * {@link #lookupPacked} of {@code codes[0, n)} (each positive) into {@code out}: the first slot
     * of every word read in one loop of loads that wait on nothing before any is compared, so that
     * a document's new words, each a cache miss in tables of megabytes (a few hundred nanoseconds),
     * miss together rather than one after another; the probes then read slots in cache.
     */
    void lookupPacked(long[] codes, int n, int[] out) {
        long[] shortTable = shortSlots;
        long[] mediumTable = mediumSlots;
        long[] firsts = new long[n];
        for (int j = 0; j < n; j++) {
            long code = codes[j];
            firsts[j] = code >>> SHORT_BITS == 0 ? shortTable[(int) (code * SPREAD >>> shortShift)]
                    : mediumTable[2 * (int) (code * SPREAD >>> mediumShift)];
        }
        for (int j = 0; j < n; j++) {
            // an empty first slot answers at once; any other probe reads a slot the loop above brought in
            out[j] = firsts[j] == 0 ? 0 : lookupPacked(codes[j]);
        }
    }

    /**
     * {@link #lookupInSlots} of the {@code n} words {@code text[bounds[2j], bounds[2j + 1])} for
     * the {@code j} in {@code which[0, n)}, into {@code out[j]}: as {@link #lookupPacked(long[], int, int[])},
     * each word's first slot read in one loop of loads, then the entries those slots point to, so
     * that the misses of both overlap between words.
     */
    void lookupInSlots(String text, int[] bounds, int[] which, int n, int[] out) {
        long[] firsts = new long[n];
        int[] hashes = new int[n];
        for (int k = 0; k < n; k++) {
            int j = which[k];
            int h = hash(text, bounds[2 * j], bounds[2 * j + 1]);
            hashes[k] = h;
            firsts[k] = slots[h & mask];
        }
        char[] e = entries;
        int touched = 0;
        for (int k = 0; k < n; k++) {
            long s = firsts[k];
            if (s != 0 && (int) (s >>> 32) == hashes[k]) {
                touched += e[(int) s - 1]; // the entry's first char: its line brought in for the comparison below
            }
        }
        for (int k = 0; k < n; k++) {
            int j = which[k];
            out[j] = firsts[k] == 0 ? 0 : lookupInSlots(text, bounds[2 * j], bounds[2 * j + 1]);
        }
        sink = touched;
    }

    /** Where {@link #lookupInSlots(String, int[], int[], int, int[])} leaves what its loop of entry loads read, so that the loads are kept. */
    @SuppressWarnings("unused")
    private static int sink;

    /** {@link #lookup} in the slots of all keys (what it answers every word from but short ones). */
    int lookupInSlots(String text, int start, int end) {
        int h = hash(text, start, end);
        int slot = h & mask;
        for (long s = slots[slot]; s != 0; s = slots[slot]) {
            if ((int) (s >>> 32) == h) {
                int at = (int) s - 1;
                if (sameWord(entries, at + 3, entries[at + 2], text, start, end)) {
                    return entries[at] | entries[at + 1] << 16;
                }
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** Lower case, without apostrophes: the form keys are stored and compared in. */
    static String normalise(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            char c = word.charAt(i);
            plain = !isApostrophe(c) && c == Character.toLowerCase(c);
        }
        if (plain) {
            return word; // the shipped lists are lower case already
        }
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isApostrophe(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** The hash of {@code s[start, end)} in the keys' form (lower case, apostrophes skipped). */
    static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!isApostrophe(c)) {
                h = 31 * h + Letters.lower(c);
            }
        }
        // Spread the bits: keys differ mostly in their last characters.
        return h ^ (h >>> 16);
    }

    /** Whether {@code s[start, end)} in the keys' form is the {@code length} letters of {@code key} from {@code from}. */
    private static boolean sameWord(char[] key, int from, int length, String s, int start, int end) {
        int k = from;
        int keyEnd = from + length;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            if (k >= keyEnd || key[k] != Letters.lower(c)) {
                return false;
            }
            k++;
        }
        return k == keyEnd;
    }
}
