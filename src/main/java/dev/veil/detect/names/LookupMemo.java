package dev.veil.detect.names;

/**
 * The lexicon's answers for one text, kept by word: a document repeats its capitalised words
 * (a form's "Schedule", "Total", "Form" hundreds of times), and each look-up in the shipped table
 * of some 200,000 words costs several cache misses, while this table is small enough to stay in
 * cache. A word is found here by its hash and then by its letters, which the memo keeps itself
 * (a copy of the word as the text first spells it), so that a repeat is compared with letters
 * in cache rather than with its first occurrence somewhere else in the text. One per scan; not
 * thread-safe.
 *
 * <p>Words are kept as spelled: "Smith" and "SMITH" are two entries with the lexicon's one answer
 * (it ignores case and apostrophes), so that a repeat is told by an exact comparison alone; a
 * new spelling of a kept word takes that word's answer, so the lexicon is asked once per word.
 */
final class LookupMemo {
    /** Distinct words kept at most; past that, words are looked up in the lexicon directly. */
    private static final int MAX_ENTRIES = 1 << 14;
    /** Spellings {@link #answerKept} asks of the lexicon one by one rather than together. */
    private static final int FEW_KEPT = 16;
    /** Ints a slot takes in {@link #slots}: hash, classes, where the letters start in {@link #letters}, length. */
    private static final int SLOT = 4;

    private final String text;
    private final NameLexicon lexicon;
    /**
     * Per slot {@link #SLOT} ints side by side (one cache line holds a probe's slot and its
     * neighbours, where four arrays cost four): the word's hash, its classes, the offset of its
     * letters in {@link #letters} and its length, 0 for an empty slot (no word is empty).
     */
    private int[] slots;
    private char[] letters;
    private int used;
    private int size;
    /** {@link #keep}'s spellings not yet answered: their bounds in the text, two ints each, and how many. */
    private int[] keptBounds = new int[2 * FEW_KEPT];
    private int kept;
    private int[] keptAnswers;

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
        // a long text asks for thousands of distinct spellings (the real documents' text of 363,000
        // characters about 2,100): a slot per 64 characters from the start, up to 8,192, places them
        // with no doubling where there were five (a doubling mid-walk, once per scan, runs code the
        // compiler has barely optimised: 0.6 % of the whole engine's time on that text)
        while (capacity < 8192 && capacity * 64 < text.length()) {
            capacity <<= 1;
        }
        slots = new int[capacity * SLOT];
        letters = new char[capacity * 8];
    }

    /**
     * {@link NameLexicon#classes} of {@code text[start, end)} (a non-empty word), the word kept
     * under {@code h}: any hash of the word will do, as long as the same spelling is asked with the
     * same hash each time. {@link WordTokens} passes the hash the view's word index has of a word
     * of one run of letters, so that a repeated word costs no hashing, and {@link WordTable#hash}
     * for others; a word asked with two hashes is kept twice, with the same answer.
     */
    int classes(int start, int end, int h) {
        int[] s = slots;
        int mask = s.length / SLOT - 1;
        int len = end - start;
        int slot = h & mask;
        boolean sameHash = false;
        for (int at = slot * SLOT; s[at + 3] != 0; at = slot * SLOT) {
            if (s[at] == h) {
                if (s[at + 3] == len && sameLetters(s[at + 2], start, len)) {
                    return s[at + 1];
                }
                sameHash = true;
            }
            slot = (slot + 1) & mask;
        }
        // a new spelling: the answer of a kept word it folds to ("SMITH" after "Smith"), else the lexicon's
        int c = sameHash ? foldedAnswer(h, start, end) : -1;
        if (c < 0) {
            c = lexicon.classes(text, start, end);
        }
        if (size < MAX_ENTRIES) {
            if (size + 1 > s.length / SLOT / 2) {
                grow();
                slot = emptySlot(h);
            }
            put(slot, h, c, start, len);
        }
        return c;
    }

    /**
     * {@link #classes} of {@code text[start, end)} under {@code h} without asking the lexicon: the
     * answer when the memo has it (or is full and asks the lexicon itself), else {@code -1 - p} for
     * the word's place {@code p} among the spellings kept unanswered, whose answers
     * {@link #answerKept} asks the lexicon for together and {@link #keptAnswer} gives. A repeat of a
     * kept spelling gets its place; a new spelling of a kept word is kept apart, with its own answer
     * (the same). Until {@link #answerKept}, {@link #classes} must not be asked.
     */
    int keep(int start, int end, int h) {
        int[] s = slots;
        int mask = s.length / SLOT - 1;
        int len = end - start;
        int slot = h & mask;
        for (int at = slot * SLOT; s[at + 3] != 0; at = slot * SLOT) {
            if (s[at] == h && s[at + 3] == len && sameLetters(s[at + 2], start, len)) {
                return s[at + 1];
            }
            slot = (slot + 1) & mask;
        }
        if (size >= MAX_ENTRIES) {
            return lexicon.classes(text, start, end);
        }
        if (size + 1 > s.length / SLOT / 2) {
            grow();
            slot = emptySlot(h);
        }
        if (2 * kept + 2 > keptBounds.length) {
            keptBounds = java.util.Arrays.copyOf(keptBounds, Math.max(64, 2 * keptBounds.length));
        }
        keptBounds[2 * kept] = start;
        keptBounds[2 * kept + 1] = end;
        int unanswered = -1 - kept++;
        put(slot, h, unanswered, start, len);
        return unanswered;
    }

    /** Asks the lexicon for every spelling {@link #keep} kept unanswered at once, and keeps the answers. */
    void answerKept() {
        if (kept == 0) {
            return;
        }
        int[] answers = new int[kept];
        if (kept <= FEW_KEPT) {
            // a cell's or a line's few words: the batch's arrays would cost more than its overlapping misses save
            for (int p = 0; p < kept; p++) {
                answers[p] = lexicon.classes(text, keptBounds[2 * p], keptBounds[2 * p + 1]);
            }
        } else {
            lexicon.classes(text, keptBounds, kept, answers);
        }
        keptAnswers = answers;
        int[] s = slots;
        for (int at = 0; at < s.length; at += SLOT) {
            if (s[at + 3] != 0 && s[at + 1] < 0) {
                s[at + 1] = answers[-1 - s[at + 1]];
            }
        }
    }

    /** The answer of the spelling {@link #keep} kept unanswered at place {@code p}, once {@link #answerKept} has asked. */
    int keptAnswer(int p) {
        return keptAnswers[p];
    }

    /**
     * The classes kept for a word under {@code h} that is {@code text[start, end)} in the lexicon's
     * form (case folded, apostrophes skipped): the lexicon's answer for it; -1 when none is.
     */
    private int foldedAnswer(int h, int start, int end) {
        int mask = slots.length / SLOT - 1;
        for (int slot = h & mask; slots[slot * SLOT + 3] != 0; slot = (slot + 1) & mask) {
            int at = slot * SLOT;
            if (slots[at] == h && sameFolded(slots[at + 2], slots[at + 2] + slots[at + 3], start, end)) {
                return slots[at + 1];
            }
        }
        return -1;
    }

    /** Whether the kept letters {@code [from, to)} and {@code text[start, end)} are one word in the lexicon's form. */
    private boolean sameFolded(int from, int to, int start, int end) {
        int i = from;
        int j = start;
        while (true) {
            while (i < to && WordTable.isApostrophe(letters[i])) {
                i++;
            }
            while (j < end && WordTable.isApostrophe(text.charAt(j))) {
                j++;
            }
            if (i == to || j == end) {
                return i == to && j == end;
            }
            if (dev.veil.detect.Letters.lower(letters[i]) != dev.veil.detect.Letters.lower(text.charAt(j))) {
                return false;
            }
            i++;
            j++;
        }
    }

    /** Whether the kept letters from {@code from} are {@code text[start, start + len)}. */
    private boolean sameLetters(int from, int start, int len) {
        char[] kept = letters;
        String t = text;
        for (int k = 0; k < len; k++) {
            if (kept[from + k] != t.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    private void put(int slot, int h, int c, int start, int len) {
        if (used + len > letters.length) {
            letters = java.util.Arrays.copyOf(letters, Math.max(letters.length * 2, used + len));
        }
        text.getChars(start, start + len, letters, used);
        int at = slot * SLOT;
        slots[at] = h;
        slots[at + 1] = c;
        slots[at + 2] = used;
        slots[at + 3] = len;
        used += len;
        size++;
    }

    /** The first empty slot on {@code h}'s probe path (the word is known not to be kept). */
    private int emptySlot(int h) {
        int mask = slots.length / SLOT - 1;
        int slot = h & mask;
        while (slots[slot * SLOT + 3] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Twice the slots, the kept words placed again (their letters stay where they are): the table stays at most half full. */
    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + 3] != 0) {
                System.arraycopy(old, at, slots, emptySlot(old[at]) * SLOT, SLOT);
            }
        }
    }
}
