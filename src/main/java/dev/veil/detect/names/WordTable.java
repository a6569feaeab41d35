package dev.veil.detect.names;

import dev.veil.detect.Letters;

import java.util.Map;

/**
 * An immutable map from words to bit sets of {@link WordClass}es, looked up straight from a
 * slice of the text: case-insensitive, apostrophes ignored ("O'Brien" finds "obrien"), and
 * without allocating, so the detector can look up every capitalised word of a document cheaply.
 * Open addressing over a power-of-two table of lower-cased keys.
 */
final class WordTable {
    private final String[] keys;
    /** Each slot's key hash: probes compare these before touching a key string (a cache miss each). */
    private final int[] hashes;
    private final int[] classes;
    private final int mask;

    private WordTable(String[] keys, int[] classes) {
        this.keys = keys;
        this.classes = classes;
        this.mask = keys.length - 1;
        this.hashes = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                hashes[i] = hash(keys[i], 0, keys[i].length());
            }
        }
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
            return new WordTable(keys, classes);
        }
    }

    int size() {
        int n = 0;
        for (String k : keys) {
            if (k != null) {
                n++;
            }
        }
        return n;
    }

    /** The classes of {@code text[start, end)}, or 0 when the word is in no list. */
    int lookup(String text, int start, int end) {
        int h = hash(text, start, end);
        int slot = h & mask;
        for (String k = keys[slot]; k != null; k = keys[slot]) {
            if (hashes[slot] == h && sameWord(k, text, start, end)) {
                return classes[slot];
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

    private static boolean sameWord(String key, String s, int start, int end) {
        int k = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            if (k >= key.length() || key.charAt(k) != Letters.lower(c)) {
                return false;
            }
            k++;
        }
        return k == key.length();
    }
}
