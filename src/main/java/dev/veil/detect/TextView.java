package dev.veil.detect;

/**
 * A text being scanned, with what detectors share about it computed once: the regions where
 * each {@link Trigger} can match. One instance per scan; not thread-safe.
 *
 * <p>Detectors see every Unicode space separator (no-break space, figure space, narrow no-break
 * space, ideographic space, …) as an ASCII space: a card number written
 * {@code 4111&nbsp;1111&nbsp;1111&nbsp;1111} in HTML, or a phone number set with thin spaces, is
 * the same number. One character for one, so findings' offsets hold for the original text.
 */
public final class TextView {
    private final String text;
    /**
     * The regions of each trigger asked, by {@link Trigger#slot} (an array rather than a map by
     * name: a document's short units, a cell or a row each, are many views of a few dozen regions).
     */
    private int[][] regions = new int[Trigger.slotCount()][];
    /** The {@link #shared} passes made, and their results at the same index: a few per view, compared by identity. */
    /** The context phrases of the engine that reads this view ({@link #useContextIndex}), or {@code null}. */
    private ContextIndex contextIndex;
    /** Their marks in this text, made on first use. */
    private ContextIndex.Marks contextMarks;

    /**
     * Lets the context-required detectors of an engine find their phrases in this text in one
     * shared pass ({@link ContextIndex}); the first index given stays. Findings are the same with
     * or without it.
     */
    void useContextIndex(ContextIndex index) {
        if (contextIndex == null) {
            contextIndex = index;
        }
    }

    ContextIndex contextIndex() {
        return contextIndex;
    }

    /** The marks of {@link #contextIndex()} in this text (which must be set). */
    ContextIndex.Marks contextMarks() {
        if (contextMarks == null) {
            contextMarks = contextIndex.mark(this);
        }
        return contextMarks;
    }

    private SharedPass<?>[] passKeys = new SharedPass<?>[8];
    private Object[] passResults = new Object[8];
    private int passCount;
    /** The words of the text (see {@link #mayContainWord}); found on first use. */
    private TextWords words;
    /** Maximal digit runs, found on first use by a digit-cluster trigger. */
    private int[] digitRuns;
    /** The digit runs by length, made for the first digit-layout trigger or digit run index. */
    private DigitRunIndex digitRunIndex;
    /** The classes of the text's characters, read once for words, digit runs and identifier runs. */
    private final CharClasses classes;

    public TextView(String text) {
        // a space separator is neither a letter nor a digit: the classes hold for the rewritten text too
        this.classes = CharClasses.of(text);
        this.text = classes.hasSpaceSeparators() ? plainSpaces(text) : text;
    }

    /** {@code text} with each space separator (Unicode category Zs) replaced by {@code ' '}. */
    static String plainSpaces(String text) {
        int n = text.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > 0x7f && c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < n; i++) {
            if (chars[i] > 0x7f && Character.getType(chars[i]) == Character.SPACE_SEPARATOR) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    public String text() {
        return text;
    }

    /**
     * A pass over the text that several detectors share (candidate positions of one shape, for
     * instance), declared once as a constant by whoever needs it and computed at most once per view.
     *
     * @param <T> what the pass finds; treat it as read-only
     */
    @FunctionalInterface
    public interface SharedPass<T> {
        T compute(TextView view);
    }

    /** The result of {@code pass} over this text, computed on first use and kept for the view's life. */
    @SuppressWarnings("unchecked")
    public <T> T shared(SharedPass<T> pass) {
        for (int i = 0; i < passCount; i++) {
            if (passKeys[i] == pass) {
                return (T) passResults[i];
            }
        }
        Object r = pass.compute(this);
        // a pass may ask for others while it runs: the slot is taken after it returns
        if (passCount == passKeys.length) {
            passKeys = java.util.Arrays.copyOf(passKeys, passCount * 2);
            passResults = java.util.Arrays.copyOf(passResults, passCount * 2);
        }
        passKeys[passCount] = pass;
        passResults[passCount++] = r;
        return (T) r;
    }

    public int length() {
        return text.length();
    }

    /**
     * Regions as {@code [start0, end0, start1, end1, …]}: every place within the trigger's margin
     * of a trigger character, merged. The whole text for {@link Trigger#ANY}.
     */
    public int[] regions(Trigger trigger) {
        if (trigger.isWholeText()) {
            return new int[] {0, text.length()};
        }
        int slot = trigger.slot();
        if (slot >= regions.length) {
            regions = java.util.Arrays.copyOf(regions, Math.max(slot + 1, Trigger.slotCount()));
        }
        int[] r = regions[slot];
        if (r == null) {
            r = !trigger.parts().isEmpty() ? joined(trigger.parts())
                    : trigger.isDigitLayout() ? layoutRegions(trigger)
                    : trigger.isDigitCluster() ? clusters(trigger) : compute(trigger);
            regions[slot] = r;
        }
        return r;
    }

    /**
     * Whether the text may contain {@code lowerWord} as a whole word, ignoring case: {@code false}
     * means it certainly does not. Backed by a bit filter of the hashes of all the text's words
     * (maximal runs of letters, as {@link ContextWords} reads them), built in one pass and shared
     * by every detector that needs a keyword, so that context-required detectors skip texts that
     * lack their keywords.
     */
    public boolean mayContainWord(String lowerWord) {
        return words().mayContain(WordHash.of(lowerWord));
    }

    /** {@link #mayContainWord} for a word whose {@link #wordHash} a detector keeps, so that many words cost no hashing per text. */
    public boolean mayContainWordHash(int hash) {
        return words().mayContain(hash);
    }

    /**
     * The number of maximal runs of ASCII digits in the text. Runs are found once per text and
     * shared by every detector that starts from numbers (see {@link #digitRunStart}).
     */
    public int digitRunCount() {
        return digitRuns().length / 2;
    }

    /** Where run {@code k} (in text order) of ASCII digits starts. */
    public int digitRunStart(int k) {
        return digitRuns[2 * k];
    }

    /** Where run {@code k} of ASCII digits ends (exclusive). */
    public int digitRunEnd(int k) {
        return digitRuns[2 * k + 1];
    }

    /**
     * The maximal runs of ASCII letters and digits ({@code [A-Za-z0-9]+}) as
     * {@code [start0, end0, …]}, a new array on each call (for a {@link #shared} pass).
     */
    public int[] asciiAlnumRuns() {
        return classes.asciiAlnumRuns();
    }

    /** The classes of the text's characters (for a {@link #shared} pass that reads runs off their bits). */
    public CharClasses classes() {
        return classes;
    }

    /** The number of words (maximal runs of letters, as {@link ContextWords} reads them) in the text. */
    public int wordCount() {
        return words().count();
    }

    /** Where word {@code k} (in text order) starts. */
    public int wordStart(int k) {
        return words().start(k);
    }

    /** Where word {@code k} ends (exclusive). */
    public int wordEnd(int k) {
        return words().end(k);
    }

    /**
     * Every word's bounds as {@code [start0, end0, start1, end1, …]} ({@link #wordStart} and
     * {@link #wordEnd} of all words): the index's own array, not a copy, so it must not be written.
     * For a pass over every word (the name detector's split), which then reads one array instead of
     * making two calls a word.
     */
    public int[] wordBounds() {
        return words().bounds();
    }

    /**
     * The hash of a lower-case word as the text's words are hashed; with {@link #wordHashAt} it
     * turns most words away before their letters are compared.
     */
    public static int wordHash(String lowerWord) {
        return WordHash.of(lowerWord);
    }

    /**
     * Word {@code k}'s first two letters, folded to ASCII {@code a-z}, as {@code (first - 'a') * 26
     * + (second - 'a')}; -1 for a word of one letter or one whose first two letters do not both fold
     * to {@code a-z}. Read from the shared word index, not the text, so that a detector passing over
     * words on their first letters does not read the text of every word.
     */
    public int wordFirstPair(int k) {
        return (words().edgePairs(k) >>> 16) - 1;
    }

    /** The hash of word {@code k}'s letters, lower-cased (see {@link #wordHash}). */
    public int wordHashAt(int k) {
        return words().hash(k);
    }

    /**
     * The digit runs sorted by length for the digit layouts and the built-in detectors' digit run
     * index alike, made once on first use: the index's own arrays, which must not be written.
     */
    public DigitRunIndex digitRunIndex() {
        if (digitRunIndex == null) {
            digitRunIndex = new DigitRunIndex(text, digitRuns(), classes.bytes());
        }
        return digitRunIndex;
    }

    private int[] digitRuns() {
        if (digitRuns == null) {
            digitRuns = classes.digitRuns();
        }
        return digitRuns;
    }

    /** The text's words with their positions and hashes, found on first use (one pass). */
    TextWords words() {
        if (words == null) {
            words = TextWords.of(text, classes);
        }
        return words;
    }

    /**
     * Digit clusters with at least the trigger's digit count, widened by its margin and merged.
     * One pass over the text; a cluster ends where the next digit is more than the trigger's gap
     * away.
     */
    private int[] clusters(Trigger trigger) {
        int[] runs = digitRuns();
        IntList out = new IntList(this, runs.length);
        int n = text.length();
        int margin = trigger.margin();
        int maxGap = trigger.maxGap();
        int min = trigger.minDigits();
        int k = 0;
        while (k < runs.length) {
            int start = runs[k];
            int end = runs[k + 1];
            int count = end - start;
            k += 2;
            while (k < runs.length && runs[k] - end <= maxGap) {
                count += runs[k + 1] - runs[k];
                end = runs[k + 1];
                k += 2;
            }
            if (count >= min) {
                out.addRegion(Math.max(0, start - margin), Math.min(n, end + margin));
            }
        }
        return out.toArray();
    }

    /**
     * Where the digit runs have one of the trigger's layouts, widened by its margin and merged.
     * Each layout visits only the runs whose length its first group allows ({@link DigitRunIndex});
     * the runs where one fits are then taken in text order.
     */
    private int[] layoutRegions(Trigger trigger) {
        int[] runs = digitRuns();
        if (runs.length == 0) {
            return NO_REGIONS;
        }
        DigitRunIndex byLength = digitRunIndex();
        int longest = byLength.layoutLongest();
        int lastFollower = DigitRunIndex.FOLLOWERS - 1;
        long[] hits = null; // made for the first hit: most short texts have none for most layouts
        int size = 0;
        boolean narrowed = trigger.isNarrowed();
        for (DigitLayout layout : trigger.layoutArray()) {
            int last = Math.min(layout.maxLengths()[0], longest);
            // a second group's length range picks the runs by their follower's length (no follower:
            // 0, below any); the last slot holds longer followers too, which fitsAt turns away
            boolean grouped = layout.groups() > 1;
            int fromFollower = grouped ? Math.min(layout.minLengths()[1], lastFollower) : 0;
            int toFollower = grouped ? Math.min(layout.maxLengths()[1], lastFollower) + 1 : DigitRunIndex.FOLLOWERS;
            for (int g = Math.min(layout.minLengths()[0], DigitRunIndex.LAYOUT_LONGEST); g <= last; g++) {
                for (int p = byLength.layoutFrom(g, fromFollower), to = byLength.layoutFrom(g, toFollower); p < to; p++) {
                    int k = byLength.run(p);
                    if (layout.fitsAt(runs, k)
                            && (!narrowed || trigger.keeps(text, runs, k, k + layout.groups() - 1))) {
                        if (hits == null) {
                            hits = new long[16];
                        } else if (size == hits.length) {
                            hits = java.util.Arrays.copyOf(hits, size * 2);
                        }
                        hits[size++] = (long) k << 32 | runs[2 * (k + layout.groups() - 1) + 1];
                    }
                }
            }
        }
        if (size == 0) {
            return NO_REGIONS;
        }
        java.util.Arrays.sort(hits, 0, size);  // by run, then end: regions in text order
        IntList out = new IntList(this, 2 * size);
        int n = text.length();
        int margin = trigger.margin();
        for (int i = 0; i < size; i++) {
            int k = (int) (hits[i] >>> 32);
            int end = (int) hits[i];
            out.addRegion(Math.max(0, runs[2 * k] - margin), Math.min(n, end + margin));
        }
        return out.toArray();
    }

    /**
     * The regions of all of {@code parts}, merged as one trigger's are: each part's are ascending,
     * so they are merged by start (a sort of all of them, packed two to a {@code long}, cost most
     * of a join of three layouts' tens of thousands of regions).
     */
    private int[] joined(java.util.List<Trigger> parts) {
        int k = parts.size();
        int[][] each = new int[k][];
        int total = 0;
        for (int i = 0; i < k; i++) {
            each[i] = regions(parts.get(i));
            total += each[i].length;
        }
        int[] next = new int[k];
        IntList out = new IntList(this, total);
        while (true) {
            int best = -1;
            int bestStart = Integer.MAX_VALUE;
            for (int i = 0; i < k; i++) {
                if (next[i] < each[i].length && each[i][next[i]] < bestStart) {
                    best = i;
                    bestStart = each[i][next[i]];
                }
            }
            if (best < 0) {
                return out.toArray();
            }
            // regions of equal starts join into one whatever their order
            out.addRegion(bestStart, each[best][next[best] + 1]);
            next[best] += 2;
        }
    }

    /** No region: shared, as an empty array cannot be changed. */
    private static final int[] NO_REGIONS = new int[0];

    /**
     * The array the regions of one trigger are gathered in before they are copied out at their
     * size ({@link IntList}), kept for the next trigger and grown as one needs: a digit trigger's
     * list was sized for every digit run (an upper bound, so that it never grew), while the margins
     * merge most of them, and a dozen triggers each made, zeroed and dropped an array of that size
     * per text. {@code null} while an {@link IntList} holds it.
     */
    private int[] scratch;

    /**
     * A growable list of region bounds that merges a region into the previous one when they touch,
     * gathered in the view's {@link #scratch} array when it is free.
     */
    private static final class IntList {
        /** The size of a view's first scratch array, grown as the regions need. */
        private static final int FIRST_SCRATCH = 256;

        private final TextView owner;
        private int[] values;
        private int size;
        private final int capacity;

        /** @param capacity the expected size (an upper bound where one is known): no first array is larger */
        IntList(TextView owner, int capacity) {
            this.owner = owner;
            this.capacity = Math.max(16, capacity);
        }

        void addRegion(int s, int e) {
            if (size > 0 && s <= values[size - 1]) {
                values[size - 1] = Math.max(values[size - 1], e);
                return;
            }
            if (values == null) {
                // taken at the first region: many short texts have none
                int[] spare = owner.scratch;
                if (spare != null) {
                    owner.scratch = null;
                    values = spare;
                } else {
                    // the bound rarely reached (margins merge runs): a first array of it was most of the regions' zeroing
                    values = new int[Math.min(capacity, FIRST_SCRATCH)];
                }
            } else if (size + 2 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = s;
            values[size++] = e;
        }

        /** The regions at their size; the array they were gathered in becomes the view's scratch. */
        int[] toArray() {
            if (size == 0) {
                return NO_REGIONS;
            }
            int[] out = java.util.Arrays.copyOf(values, size);
            if (owner.scratch == null || owner.scratch.length < values.length) {
                owner.scratch = values;
            }
            values = null;
            return out;
        }
    }

    /** Every place within the trigger's margin of one of its characters, merged. */
    private int[] compute(Trigger trigger) {
        int n = text.length();
        int margin = trigger.margin();
        IntList out;
        if (trigger.isDigitClass()) {
            int[] runs = digitRuns();
            out = new IntList(this, runs.length);
            // runs whose widened regions touch are merged here, one region added for each stretch
            // (the list would merge them too, a call and a read back of its last end per run)
            int k = 0;
            while (k < runs.length) {
                int s = Math.max(0, runs[k] - margin);
                int e = runs[k + 1] + margin;
                k += 2;
                while (k < runs.length && runs[k] - margin <= e) {
                    e = runs[k + 1] + margin;
                    k += 2;
                }
                out.addRegion(s, Math.min(n, e));
            }
            return out.toArray();
        }
        out = new IntList(this, 16);
        char[] few = trigger.fewChars();
        if (few != null) {
            // the next place of each character, advanced with indexOf (an intrinsic) in text order
            int[] next = new int[few.length];
            for (int j = 0; j < few.length; j++) {
                next[j] = text.indexOf(few[j]);
            }
            while (true) {
                int i = -1;
                int which = -1;
                for (int j = 0; j < few.length; j++) {
                    if (next[j] >= 0 && (i < 0 || next[j] < i)) {
                        i = next[j];
                        which = j;
                    }
                }
                if (i < 0) {
                    return out.toArray();
                }
                out.addRegion(Math.max(0, i - margin), Math.min(n, i + 1 + margin));
                next[which] = text.indexOf(few[which], i + 1);
            }
        }
        java.util.function.IntPredicate chars = trigger.chars();
        for (int i = 0; i < n; i++) {
            if (chars.test(text.charAt(i))) {
                out.addRegion(Math.max(0, i - margin), Math.min(n, i + 1 + margin));
            }
        }
        return out.toArray();
    }
}
