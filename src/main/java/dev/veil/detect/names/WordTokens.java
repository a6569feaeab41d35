package dev.veil.detect.names;

import dev.veil.detect.TextView;
import java.util.Arrays;

/**
 * The words of one text in one pass: where each starts and ends, its letter case, and (looked
 * up lazily, only when a rule asks) its {@link WordClass}es. A word is a run of letters that may
 * hold inner apostrophes and hyphens ("O'Brien", "Smith-Jones"); a trailing possessive "'s" is
 * left out of the word and noted. Words glued to digits ("A4", "X1") are not words here. One
 * instance per scan; not thread-safe.
 */
final class WordTokens {
    static final int LOWER = 0;
    /** First letter upper case and at least one lower-case letter ("Mary", "McDonald"). */
    static final int CAPITALISED = 1;
    /** Two or more letters, all upper case ("MARY"). */
    static final int ALL_CAPS = 2;
    /** One upper-case letter ("J" in "J. Smith"). */
    static final int INITIAL = 3;

    /** A joined word's {@link #classes} before its look-up (one of a single run keeps {@code -2 - run} there). */
    private static final int JOINED = -1;
    /** The bit of {@link #shapes} set for a word with a possessive "'s" after it. */
    private static final int POSSESSIVE = 4;
    private static final int SHAPE = 3;
    /** Longer letter runs are not names (and would make hyphen splitting costly). */
    static final int MAX_WORD_LENGTH = 40;
    /** The longest lower-case word kept: particles and cues ("attention") are shorter. */
    private static final int MAX_LOWER_WORD = 12;

    private final String text;
    private final TextView view;
    private final LookupMemo lexicon;
    private int[] starts;
    /**
     * Each word's length (at most {@link #MAX_WORD_LENGTH}), a byte rather than an end: the arrays
     * are made for every run of letters of the text, and their zeroing and filling is a good part
     * of the words' cost (with the possessive folded into {@link #shapes} and the run of a word
     * kept in {@link #classes} until its look-up, 10 bytes a word instead of 18: 1 % of the mixed
     * text's time).
     */
    private byte[] lengths;
    /** Each word's shape (the low two bits) and {@link #POSSESSIVE}. */
    private byte[] shapes;
    /**
     * Per word: its {@link WordClass} bits once looked up (never negative: fewer than 31 classes),
     * before that {@code -2 - run} for a word that is the view's run of letters {@code run} (see
     * {@link #memoHash}) or {@link #JOINED}: one array where two were made and filled per word.
     */
    private int[] classes;

    static {
        if (WordClass.values().length > 30) {
            throw new AssertionError("classes keeps a word's run as a negative number: at most 30 word classes");
        }
    }
    private int count;

    /**
     * The words of {@code view}'s text, read from the runs of letters the view finds once for
     * every detector ({@link TextView#wordStart}): a word here is one run, or several joined by
     * single inner hyphens or apostrophes, so only the characters at the runs' edges (and a
     * capitalised word's letters up to its first lower-case one) are read again.
     */
    WordTokens(TextView view, NameLexicon lexicon) {
        this.text = view.text();
        this.view = view;
        this.lexicon = new LookupMemo(text, lexicon);
        // never more words than the view's runs of letters: no array grows
        int capacity = Math.max(1, view.wordCount());
        starts = new int[capacity];
        lengths = new byte[capacity];
        shapes = new byte[capacity];
        classes = new int[capacity];
        split(view);
    }

    int count() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return starts[i] + lengths[i];
    }

    /**
     * The first word from {@code from} on that starts at or after {@code pos} ({@link #count()}
     * for none), for a walk over the text's places in order: a search that gallops from
     * {@code from} (one, two, four… words ahead, then halves), so that places far apart (a log's
     * colons, dozens of words apart) skip the words between them in a few steps instead of one
     * step a word.
     */
    int firstStartingAtOrAfter(int pos, int from) {
        if (from >= count || starts[from] >= pos) {
            return from;
        }
        // starts[lo] < pos; find hi with starts[hi] >= pos (or count)
        int lo = from;
        int step = 1;
        int hi = from + 1;
        while (hi < count && starts[hi] < pos) {
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }
        hi = Math.min(hi, count);
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    int shape(int i) {
        return shapes[i] & SHAPE;
    }

    /** Capitalised or all caps: a word that can be part of a name. */
    boolean isUpperStart(int i) {
        return (shapes[i] & SHAPE) != LOWER;
    }

    boolean isPossessive(int i) {
        return (shapes[i] & POSSESSIVE) != 0;
    }

    /** The {@link WordClass} bits of word {@code i}; a hyphenated word takes its parts' classes. */
    int classes(int i) {
        int c = classes[i];
        if (c < 0) {
            c = lookUp(starts[i], end(i), memoHash(c, i));
            classes[i] = c;
        }
        return c;
    }

    boolean is(int i, WordClass kind) {
        return kind.in(classes(i));
    }

    /** The classes of {@code text[start, end)}, kept in the memo under {@code hash}. */
    private int lookUp(int start, int end, int hash) {
        int whole = lexicon.classes(start, end, hash);
        if (whole != 0) {
            return whole;
        }
        int hyphen = -1;
        for (int k = start + 1; k < end - 1; k++) {
            if (text.charAt(k) == '-') {
                hyphen = k;
                break;
            }
        }
        if (hyphen < 0) {
            return surnameShape(start, end) ? WordClass.PERSON_NAME.bit() : 0;
        }
        // "Smith-Jones": a name when either part is; ordinary only when both parts are.
        int left = lookUp(start, hyphen, WordTable.hash(text, start, hyphen));
        int right = lookUp(hyphen + 1, end, WordTable.hash(text, hyphen + 1, end));
        int names = WordClass.FIRST_NAME.bit() | WordClass.SURNAME.bit() | WordClass.PERSON_NAME.bit();
        return ((left | right) & names) | (left & right & ~names);
    }

    /** "McAllister", "MacLeod", "O'Hara", "D'Souza": surname shapes that need no list. */
    private boolean surnameShape(int start, int end) {
        int len = end - start;
        if (len >= 4 && text.charAt(start) == 'M' && text.charAt(start + 1) == 'c'
                && Character.isUpperCase(text.charAt(start + 2))) {
            return true;
        }
        if (len >= 5 && text.charAt(start) == 'M' && text.charAt(start + 1) == 'a' && text.charAt(start + 2) == 'c'
                && Character.isUpperCase(text.charAt(start + 3))) {
            return true;
        }
        return len >= 4 && (text.charAt(start) == 'O' || text.charAt(start) == 'D')
                && WordTable.isApostrophe(text.charAt(start + 1)) && Character.isUpperCase(text.charAt(start + 2));
    }

    private void split(TextView view) {
        String t = text;
        int runs = view.wordCount();
        int k = 0;
        while (k < runs) {
            int first = k;
            int start = view.wordStart(k);
            int end = view.wordEnd(k);
            k++;
            // runs joined by one hyphen or apostrophe between them are one word ("O'Brien", "Smith-Jones")
            while (k < runs && view.wordStart(k) == end + 1 && isJoiner(t.charAt(end))) {
                end = view.wordEnd(k);
                k++;
            }
            if (!isUpper(t.charAt(start))) {
                // Lower-case words matter only as particles and cues, which are short.
                if (end - start <= MAX_LOWER_WORD && !glued(start, end)) {
                    add(start, end, LOWER, false, k - first == 1 ? first : -1);
                }
                continue;
            }
            if (end - start > MAX_WORD_LENGTH || glued(start, end)) {
                continue;
            }
            int shape = end - start == 1 ? INITIAL : anyLowerAfterFirst(start, end) ? CAPITALISED : ALL_CAPS;
            if (shape == INITIAL && Transliteration.applies(t.charAt(start)) && (end == t.length() || t.charAt(end) != '.')) {
                // a Greek or Cyrillic letter alone is a word ("Ο Γιώργος", "В Москве"); an initial has its full stop
                shape = LOWER;
            }
            boolean ownsS = end - start >= 3 && (t.charAt(end - 1) == 's' || t.charAt(end - 1) == 'S')
                    && WordTable.isApostrophe(t.charAt(end - 2));
            int wordEnd = ownsS ? end - 2 : end;
            // "Mary's": the word is the run before the apostrophe
            add(start, wordEnd, shape, ownsS, k - first - (ownsS ? 1 : 0) == 1 ? first : -1);
        }
    }

    /**
     * The hash word {@code i} ({@code notLookedUp}: its {@link #classes} entry) is kept under in the memo: a word of one run of letters has its hash
     * from the view's word index already (no read of its letters); a joined one ("O'Brien",
     * "Smith-Jones") gets {@link WordTable#hash}. The memo compares letters wherever hashes agree,
     * so two hashes for one word cost a look-up, not a wrong answer.
     */
    private int memoHash(int notLookedUp, int i) {
        return notLookedUp != JOINED ? view.wordHashAt(-2 - notLookedUp) : WordTable.hash(text, starts[i], end(i));
    }

    /** A hyphen or apostrophe, which joins the letters on its two sides into one word. */
    private static boolean isJoiner(char c) {
        return c == '-' || WordTable.isApostrophe(c);
    }

    /** Whether a letter after the first of word {@code [start, end)} is not upper case. */
    private boolean anyLowerAfterFirst(int start, int end) {
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (isLetter(c) && !isUpper(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    /** Upper or title case; other letters (lower case, CJK, ...) count as not upper. */
    private static boolean isUpper(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Letters touching a digit or an underscore are part of a code or identifier, not a word. */
    private boolean glued(int start, int end) {
        return (start > 0 && isCodeChar(text.charAt(start - 1))) || (end < text.length() && isCodeChar(text.charAt(end)));
    }

    private static boolean isCodeChar(char c) {
        return (c >= '0' && c <= '9') || c == '_';
    }

    /** {@code run}: the view's run of letters that is the whole word, or -1. */
    private void add(int start, int end, int shape, boolean ownsS, int run) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            lengths = Arrays.copyOf(lengths, size);
            shapes = Arrays.copyOf(shapes, size);
            classes = Arrays.copyOf(classes, size);
        }
        starts[count] = start;
        lengths[count] = (byte) (end - start); // at most MAX_WORD_LENGTH
        shapes[count] = (byte) (shape | (ownsS ? POSSESSIVE : 0));
        classes[count] = -2 - run; // JOINED for run -1
        count++;
    }
}
