package dev.veil.detect.names;

import dev.veil.detect.FieldLabel;
import dev.veil.detect.TextView;

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
    /**
     * {@link #classes} of a word that is not {@link #LOWER} before it is asked: {@code KEPT + p} when
     * {@link LookupMemo#keep} kept its spelling unanswered at place {@code p}, {@link #KEPT_NONE} when
     * the lexicon answered none for the whole word (its parts or shape may still name it); far below
     * any {@code -2 - run} (a text of fewer than 2^31 characters has fewer than 2^30 runs).
     */
    private static final int KEPT = Integer.MIN_VALUE;
    private static final int KEPT_NONE = KEPT + (1 << 24);
    private static final int KEPT_END = KEPT_NONE + 1;
    /** The length from which {@link #split} keeps the words that are not {@link #LOWER} (see {@link #classes}'s {@link #KEPT}). */
    static final int KEEP_UPPER_FROM = 2048;
    /** The bit of {@link #shapes} set for a word with a possessive "'s" after it. */
    private static final int POSSESSIVE = 4;
    /** The bit of {@link #shapes} set for a word that may introduce the writer (see {@link #mayIntroduce}). */
    private static final int INTRODUCES = 8;
    /** The bit of {@link #shapes} set for a word after a colon and nothing but spaces and tabs (see {@link #followsColon}). */
    private static final int AFTER_COLON = 16;
    /** The bit of {@link #shapes} set for a word that starts a value after a label that may be known (see {@link #followsLabel}). */
    private static final int AFTER_LABEL = 32;
    /** A bit of no word's shape: in {@link #split}, that the word before may introduce the writer. */
    private static final int INTRODUCES_BEFORE = 64;
    private static final int SHAPE = 3;
    /** Longer letter runs are not names (and would make hyphen splitting costly). */
    static final int MAX_WORD_LENGTH = 40;
    /** The longest lower-case word kept: particles and cues ("attention") are shorter. */
    private static final int MAX_LOWER_WORD = 12;

    private final String text;
    private final TextView view;
    private final LookupMemo lexicon;
    private final int[] starts;
    /**
     * Each word's shape (the low two bits), {@link #POSSESSIVE}, {@link #INTRODUCES},
     * {@link #AFTER_COLON} and {@link #AFTER_LABEL} in the low byte, and its length (at most
     * {@link #MAX_WORD_LENGTH}) in the high byte: a length rather than an end, since the arrays
     * are made for every run of letters of the text and their zeroing and filling is a good part
     * of the words' cost (with the possessive folded into the shape and the run of a word kept in
     * {@link #classes} until its look-up, 10 bytes a word instead of 18: 1 % of the mixed text's
     * time), and one array rather than one for the lengths and one for the shapes, so that a
     * word's end and shape, read together by nearly every rule, are one read.
     */
    private final char[] shapes;
    /**
     * Per word: its {@link WordClass} bits once looked up (never negative: fewer than 31 classes),
     * before that, for a {@link #LOWER} word, {@code -2 - run} for a word that is the view's run of
     * letters {@code run} (see {@link #memoHash}) or {@link #JOINED}: one array where two were made
     * and filled per word; for any other in a text of {@link #KEEP_UPPER_FROM} characters or more, what
     * {@link LookupMemo#keep} answered ({@link #KEPT}), else as for a lower-case word.
     */
    private final int[] classes;
    /**
     * Which words are {@link #CAPITALISED}, a bit each (word {@code i} at bit {@code i & 63} of
     * long {@code i >>> 6}): {@link NameMatcher}'s second pass, which looks again at the
     * capitalised words only, reads 64 words a step from here instead of every word's shape.
     */
    private final long[] capitalised;
    /**
     * The words a rule of {@link NameMatcher#findAll}'s walk may start at, a bit each as in
     * {@link #capitalised}: a word that is not {@link #LOWER}, one after a colon or a label
     * ({@link #followsColon}, {@link #followsLabel}), or one after a word that
     * {@link #mayIntroduce} the writer. At any other word the walk only steps on, and most words
     * of a text are such lower-case words: the walk skips 64 of them a step (see {@link #nextToVisit}).
     */
    private final long[] visits;

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
        shapes = new char[capacity];
        classes = new int[capacity];
        capitalised = new long[(capacity + 63) >>> 6];
        visits = new long[(capacity + 63) >>> 6];
        split(view);
        // the spellings split kept unanswered, asked of the lexicon together
        this.lexicon.answerKept();
    }

    int count() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return starts[i] + (shapes[i] >>> 8);
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

    /** Which of words {@code 64 * b} to {@code 64 * b + 63} are {@link #CAPITALISED} (bit {@code j} for word {@code 64 * b + j}). */
    long capitalisedBits(int b) {
        return capitalised[b];
    }

    /**
     * The first word from {@code i} on that {@link NameMatcher#findAll} must look at ({@link #count()}
     * for none): one that is not {@link #LOWER}, or follows a colon or a label, or a word that
     * {@link #mayIntroduce} the writer. {@link #split} sets the bits while the words' shapes are at hand.
     */
    int nextToVisit(int i) {
        long[] v = visits;
        int b = i >>> 6;
        if (b >= v.length) {
            return count;
        }
        long bits = v[b] & (-1L << i); // the shift takes i's low six bits
        while (bits == 0) {
            if (++b == v.length) {
                return count;
            }
            bits = v[b];
        }
        return Math.min(count, b << 6 | Long.numberOfTrailingZeros(bits));
    }

    /** Capitalised or all caps: a word that can be part of a name. */
    boolean isUpperStart(int i) {
        return (shapes[i] & SHAPE) != LOWER;
    }

    boolean isPossessive(int i) {
        return (shapes[i] & POSSESSIVE) != 0;
    }

    /**
     * Whether word {@code i} is "is", "am", "im", "i'm", "its" or "it's" (any case), by its letters
     * alone: a word that may introduce the writer before a name in lower case ("my name is sarah").
     * Asked of the word before nearly every lower-case word, so answered from a bit that
     * {@link #split} sets while the word's letters are at hand, not by reading them again.
     */
    boolean mayIntroduce(int i) {
        return (shapes[i] & INTRODUCES) != 0;
    }

    /**
     * Whether only spaces and tabs stand between a colon and word {@code i}: where a name field's
     * label ends. Asked for nearly every lower-case word; a bit that {@link #split} sets from the
     * characters before the word, which it reads anyway (a walk over the text's colons with
     * {@code indexOf} cost more: a log has tens of thousands, each a call).
     */
    boolean followsColon(int i) {
        return (shapes[i] & AFTER_COLON) != 0;
    }

    /**
     * Whether word {@code i} starts the value of a field whose label may be one {@link FieldLabel}
     * knows: after a colon and spaces or tabs, or right after an equals sign or an equals sign and
     * a quote ("first name: Ann", "holder=\"Ann Lee\""), the label's last word tested by
     * {@link FieldLabel#mayEndLabel}. Set by {@link #split} with {@link #followsColon}.
     */
    boolean followsLabel(int i) {
        return (shapes[i] & AFTER_LABEL) != 0;
    }

    /**
     * {@link #followsColon}'s and {@link #followsLabel}'s bits for a word that starts at
     * {@code start}, after the character {@code prev} ({@code start - 1}), {@code gap} characters
     * after the run of letters before it ends. Most words are one character after the letters
     * before them: then that character alone decides, and nothing more is read.
     */
    private int separatorBits(int start, char prev, int gap) {
        if (gap == 1) {
            return prev == ':' ? (FieldLabel.mayEndLabel(text, start - 1) ? AFTER_COLON | AFTER_LABEL : AFTER_COLON)
                    : prev == '=' && FieldLabel.mayEndLabel(text, start - 1) ? AFTER_LABEL : 0;
        }
        if (start == 0) {
            return 0;
        }
        String t = text;
        int k = start - 1;
        char c = prev;
        if (c == ' ' || c == '\t') {
            do {
                k--;
            } while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\t'));
            if (k < 0) {
                return 0;
            }
            c = t.charAt(k);
        } else if (c == '=') {
            return FieldLabel.mayEndLabel(t, k) ? AFTER_LABEL : 0;
        } else if ((c == '"' || c == '\'') && k > 0 && t.charAt(k - 1) == '=') {
            return FieldLabel.mayEndLabel(t, k - 1) ? AFTER_LABEL : 0;
        }
        if (c != ':') {
            return 0;
        }
        return FieldLabel.mayEndLabel(t, k) ? AFTER_COLON | AFTER_LABEL : AFTER_COLON;
    }

    /** {@link #mayIntroduce} of the word {@code text[a, a + len)}, whose first letter is {@code first}. */
    private boolean introduces(char first, int a, int len) {
        char c0 = (char) (first | 0x20);
        if ((c0 != 'i' && c0 != 'a') || len < 2 || len > 4) {
            return false;
        }
        String t = text;
        char c1 = (char) (t.charAt(a + 1) | 0x20);
        return switch (len) {
            case 2 -> (c0 == 'i' && (c1 == 's' || c1 == 'm')) || (c0 == 'a' && c1 == 'm');
            case 3 -> c0 == 'i' && ((WordTable.isApostrophe(t.charAt(a + 1)) && (t.charAt(a + 2) | 0x20) == 'm')
                    || (c1 == 't' && (t.charAt(a + 2) | 0x20) == 's'));
            default -> c0 == 'i' && c1 == 't' && WordTable.isApostrophe(t.charAt(a + 2)) && (t.charAt(a + 3) | 0x20) == 's';
        };
    }

    /** The {@link WordClass} bits of word {@code i}; a hyphenated word takes its parts' classes. */
    int classes(int i) {
        int c = classes[i];
        if (c < 0) {
            if (c < KEPT_END) {
                // a word split kept in the memo: its whole spelling's answer is there, the parts' are asked now
                int whole = c == KEPT_NONE ? 0 : lexicon.keptAnswer(c - KEPT);
                c = whole != 0 ? whole : lookUpParts(starts[i], end(i));
            } else {
                c = lookUp(starts[i], end(i), memoHash(c, i));
            }
            classes[i] = c;
        }
        return c;
    }

    /**
     * Word {@code i}'s {@link #classes} when they have been looked up already (as every word's
     * that is not {@link #LOWER}, in {@link #split}), else -1 (no look-up is made).
     */
    int classesIfKnown(int i) {
        int c = classes[i];
        return c >= 0 ? c : c < KEPT_END ? classes(i) : -1;
    }

    boolean is(int i, WordClass kind) {
        return kind.in(classes(i));
    }

    /** The classes of {@code text[start, end)}, kept in the memo under {@code hash}. */
    private int lookUp(int start, int end, int hash) {
        int whole = lexicon.classes(start, end, hash);
        return whole != 0 ? whole : lookUpParts(start, end);
    }

    /** {@link #lookUp}'s answer for {@code text[start, end)} when the lexicon has not the whole word: by its parts or its shape. */
    private int lookUpParts(int start, int end) {
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

    /**
     * Fills the arrays, one word per run of letters or runs joined ({@code count} at most the
     * view's runs, so none grows): the arrays are held in locals, and a word's fields written in
     * one place, since this loop visits every run of the text (a third of the names' time).
     */
    private void split(TextView view) {
        String t = text;
        int n = t.length();
        int[] bounds = view.wordBounds();
        int runs = bounds.length >>> 1;
        int[] starts = this.starts;
        char[] shapes = this.shapes;
        int[] classes = this.classes;
        long[] capitalised = this.capitalised;
        long[] visits = this.visits;
        LookupMemo memo = lexicon;
        // a short text's words are looked up as the rules ask: a cell or a line has few to ask together,
        // and words no rule would ask (after a finding, in a place's field) cost it more than the walk saves
        boolean keepUpper = n >= KEEP_UPPER_FROM;
        int afterIntroducer = 0; // INTRODUCES when the word before is one that may introduce the writer
        int words = 0;
        int k = 0;
        int before = -1; // where the run of letters before the word ends (none yet)
        // each run's start is read once, as the next run's while the runs after a word are tested for
        // a joiner, and the character after a run once, for that test and for the word's glue
        int next = runs > 0 ? bounds[0] : -1;
        while (k < runs) {
            int first = k;
            int start = next;
            int end = bounds[2 * k + 1];
            k++;
            next = k < runs ? bounds[2 * k] : -1; // -1: no run starts after a run's end
            char after = end < n ? t.charAt(end) : ' ';
            // runs joined by one hyphen or apostrophe between them are one word ("O'Brien", "Smith-Jones")
            while (next == end + 1 && isJoiner(after)) {
                end = bounds[2 * k + 1];
                k++;
                next = k < runs ? bounds[2 * k] : -1;
                after = end < n ? t.charAt(end) : ' ';
            }
            int gap = start - before;
            before = end;
            // the one character before the word, read once for its glue and its separator
            char prev = start > 0 ? t.charAt(start - 1) : ' ';
            char c0 = t.charAt(start);
            boolean glued = isCodeChar(prev) || isCodeChar(after);
            int shape;
            int wordEnd = end;
            int flags = 0;
            int run = k - first == 1 ? first : -1;
            if (!isUpper(c0)) {
                // Lower-case words matter only as particles and cues, which are short.
                if (end - start > MAX_LOWER_WORD || glued) {
                    continue;
                }
                shape = LOWER;
            } else {
                if (end - start > MAX_WORD_LENGTH || glued) {
                    continue;
                }
                shape = end - start == 1 ? INITIAL : anyLowerAfterFirst(start, end) ? CAPITALISED : ALL_CAPS;
                if (shape == INITIAL && Transliteration.applies(c0) && (end == n || t.charAt(end) != '.')) {
                    // a Greek or Cyrillic letter alone is a word ("Ο Γιώργος", "В Москве"); an initial has its full stop
                    shape = LOWER;
                }
                if (end - start >= 3 && (t.charAt(end - 1) == 's' || t.charAt(end - 1) == 'S')
                        && WordTable.isApostrophe(t.charAt(end - 2))) {
                    // "Mary's": the word is the run before the apostrophe
                    wordEnd = end - 2;
                    flags = POSSESSIVE;
                    run = k - first == 2 ? first : -1;
                }
            }
            flags |= separatorBits(start, prev, gap);
            if (introduces(c0, start, wordEnd - start)) {
                flags |= INTRODUCES;
            }
            if (shape == CAPITALISED) {
                capitalised[words >>> 6] |= 1L << words;
            }
            if (shape != LOWER || ((flags | afterIntroducer) & (AFTER_COLON | AFTER_LABEL | INTRODUCES_BEFORE)) != 0) {
                visits[words >>> 6] |= 1L << words;
            }
            afterIntroducer = (flags & INTRODUCES) != 0 ? INTRODUCES_BEFORE : 0;
            starts[words] = start;
            shapes[words] = (char) ((wordEnd - start) << 8 | shape | flags); // a length at most MAX_WORD_LENGTH
            if (shape == LOWER || !keepUpper) {
                classes[words] = -2 - run; // JOINED for run -1: looked up if a rule asks
            } else {
                // nearly every such word is asked (every rule starts at one): its spelling is kept now, and
                // the lexicon asked for all new spellings together once the words are split, so that their
                // cache misses in tables of megabytes overlap instead of coming one by one in the walk
                int kept = memo.keep(start, wordEnd, run >= 0 ? view.wordHashAt(run) : WordTable.hash(t, start, wordEnd));
                classes[words] = kept > 0 ? kept : kept == 0 ? KEPT_NONE : KEPT + (-1 - kept);
            }
            words++;
        }
        count = words;
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
    private static boolean isCodeChar(char c) {
        return (c >= '0' && c <= '9') || c == '_';
    }
}
