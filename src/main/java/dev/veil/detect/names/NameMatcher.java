package dev.veil.detect.names;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.FieldLabel;
import dev.veil.detect.Finding;
import dev.veil.detect.ScoreModel;
import dev.veil.detect.TextTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scan of one text for names: walks the words once and, at each capitalised word, tries the
 * rules in order — title + name, "Last, First", then a run of name words scored by what the
 * lists know about its first and last word and by a cue before it. Not thread-safe; the
 * {@link NameDetector} makes one per scan.
 */
final class NameMatcher {
    private static final int MAX_NAME_WORDS = 4;
    /** Words a run may span, initials and particles included: keeps each attempt bounded. */
    private static final int MAX_RUN_WORDS = 8;
    private static final int NAMES = WordClass.FIRST_NAME.bit() | WordClass.SURNAME.bit() | WordClass.PERSON_NAME.bit();
    private static final int ORDINARY = WordClass.COMMON_WORD.bit() | WordClass.NON_NAME.bit();
    private static final int NEVER_IN_NAME = WordClass.NEVER_NAME.bit() | WordClass.COMPANY_SUFFIX.bit()
            | WordClass.ADDRESS_WORD.bit() | WordClass.TITLE.bit() | WordClass.GREETING_CUE.bit()
            | WordClass.SIGNOFF_CUE.bit() | WordClass.POST_NOMINAL.bit();

    private final String text;
    private final WordTokens words;
    private final String detector;
    private final NameCues cues;
    private final List<Finding> found = new ArrayList<>();
    /**
     * Per finding three ints side by side: first word, last word, 1 when its words name the person
     * strongly enough to be found again (one growing array, not an array per finding).
     */
    private int[] emitted = new int[48];
    private int emittedInts;
    /**
     * The explanation of the last finding, with its rule, score and reason: a text names its people
     * the same way again and again, and findings in a row that would be explained alike share it
     * (explanations are immutable) instead of each making its own.
     */
    private Explanation lastExplanation;
    private String lastRule;
    private String lastWhy;
    private double lastScore;
    /** The e-mail addresses' reader for {@link #spelledByAddress}; made when a weak pair first asks. */
    private AddressSpelling addresses;
    /** {@link #withSupport}'s strings, by the constants joined (compared by identity); made on first use. */
    private Map<String, Map<String, String>> supported;

    NameMatcher(String text, WordTokens words, String detector) {
        this.text = text;
        this.words = words;
        this.detector = detector;
        this.cues = new NameCues(text, words);
    }

    List<Finding> findAll() {
        return findAll(null);
    }

    /** The names of the text, the cells of {@code tables}' person columns included ({@code null}: none). */
    List<Finding> findAll(TextTables tables) {
        int n = words.count();
        int i = 0;
        while (i < n) {
            // a lower-case word no colon, label or introduction comes before is only stepped over
            i = words.nextToVisit(i);
            if (i >= n) {
                break;
            }
            int afterField = cues.followsLabel(i) ? matchField(i) : i;
            if (afterField > i) {
                i = afterField;
                continue;
            }
            i = words.isUpperStart(i) ? matchAt(i) : matchLowerCase(i);
        }
        if (tables != null && tables.count() > 0) {
            matchCells(tables);
        }
        if (!found.isEmpty()) {
            findAgain();
        }
        return found;
    }

    /**
     * A person named once is often named again by one word ("Mary Kowalski … Kowalski said",
     * "Dear Priya … Priya will"): each distinctive word of a reported name (capitalised, not an
     * ordinary word, a place or a month) is reported wherever else it stands alone in the text,
     * so that a redaction leaves none of it and tokens stay linked.
     */
    private void findAgain() {
        int n = words.count();
        long[] covered = new long[(n + 63) >>> 6]; // a bit a word: a byte a word was made and zeroed for every word
        for (int e = 0; e < emittedInts; e += 3) {
            for (int k = emitted[e], last = emitted[e + 1]; k <= last; k++) {
                covered[k >>> 6] |= 1L << k;
            }
        }
        // The words that may be found again first, by first letter and length: a text names few people
        // outside its findings, so that most name words of the findings (thousands, a few distinct) are
        // turned away on these two before they are hashed for the table of name words below.
        long[] candidates = new long[128]; // per ASCII first letter (others share slot 0): the candidates' lengths
        boolean any = false;
        for (int b = 0; b < covered.length; b++) {
            for (long bits = words.capitalisedBits(b) & ~covered[b]; bits != 0; bits &= bits - 1) {
                int k = b << 6 | Long.numberOfTrailingZeros(bits);
                if (candidate(k)) {
                    char f = text.charAt(words.start(k));
                    candidates[f < 128 ? f : 0] |= 1L << (words.end(k) - words.start(k));
                    any = true;
                }
            }
        }
        if (!any) {
            return;
        }
        // the distinct name words in an open-addressing table: per slot the spelling's hash (high half)
        // and the word index of one occurrence plus one (low half), so that a probe compares hashes
        // before letters and the table grows without hashing its words again
        long[] table = new long[64];
        int size = 0;
        long[] byFirst = new long[128]; // per ASCII first letter (others share slot 0): the name words' lengths
        for (int e = 0; e < emittedInts; e += 3) {
            if (emitted[e + 2] != 1) {
                continue;
            }
            for (int k = emitted[e], last = emitted[e + 1]; k <= last; k++) {
                int len = words.end(k) - words.start(k);
                if (words.shape(k) != WordTokens.CAPITALISED || len < 3 || len >= 64) {
                    continue;
                }
                char f = text.charAt(words.start(k));
                // a word spelled as no candidate is never asked for: not kept, not hashed
                if ((candidates[f < 128 ? f : 0] >>> len & 1) != 0 && (words.classes(k) & (ORDINARY | NEVER_IN_NAME)) == 0) {
                    int h = spellingHash(k);
                    int slot = slotOf(table, k, h);
                    if (table[slot] != 0) {
                        continue; // spelled as a name word already kept
                    }
                    table[slot] = (long) h << 32 | (k + 1);
                    if (2 * ++size > table.length) {
                        table = rehash(table);
                    }
                    byFirst[f < 128 ? f : 0] |= 1L << len;
                }
            }
        }
        if (size == 0) {
            return;
        }
        int before = found.size();
        // the capitalised words not in a finding, 64 at a time: most words are not capitalised
        for (int b = 0; b < covered.length; b++) {
            for (long bits = words.capitalisedBits(b) & ~covered[b]; bits != 0; bits &= bits - 1) {
                int k = b << 6 | Long.numberOfTrailingZeros(bits);
                if (!candidate(k)) {
                    continue;
                }
                int len = words.end(k) - words.start(k);
                char f = text.charAt(words.start(k));
                // most words are turned away by the table of first letters and lengths, before any hashing
                if ((byFirst[f < 128 ? f : 0] >>> len & 1) != 0 && table[slotOf(table, k, spellingHash(k))] != 0
                        && standsAlone(k, k, false)) {
                    emit(k, k, NameScores.SAME_NAME, "names:same-name", "the same word as a name reported elsewhere in the text");
                }
            }
        }
        if (found.size() > before) {
            found.sort(Comparator.comparingInt(Finding::start)); // text order, as the first pass gives it
        }
    }

    /**
     * Whether capitalised word {@code k}, in no finding, may be spelled as a name word of one: three
     * letters or more, under 64, and not a word the lists already answered as ordinary (the lists
     * answer by spelling, so a word spelled as a kept name word has its classes, which are no
     * ordinary word's; nearly every capitalised word was looked up by the first pass, and one that
     * was not is kept as a candidate unasked).
     */
    private boolean candidate(int k) {
        int len = words.end(k) - words.start(k);
        if (len < 3 || len >= 64) {
            return false;
        }
        int known = words.classesIfKnown(k);
        return known <= 0 || (known & (ORDINARY | NEVER_IN_NAME)) == 0;
    }

    /** A hash of word {@code k} as spelled (the table below compares words letter for letter, case included). */
    private int spellingHash(int k) {
        int h = 0;
        for (int i = words.start(k), end = words.end(k); i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    /**
     * The slot of {@code table} (see {@link #findAgain}) that holds a word spelled exactly as word
     * {@code k}, whose {@link #spellingHash} is {@code h}, or else the empty slot where it would go.
     */
    private int slotOf(long[] table, int k, int h) {
        int mask = table.length - 1;
        int start = words.start(k);
        int len = words.end(k) - start;
        int slot = h & mask;
        for (long v = table[slot]; v != 0; v = table[slot]) {
            int other = (int) v - 1;
            if ((int) (v >>> 32) == h && words.end(other) - words.start(other) == len
                    && text.regionMatches(start, text, words.start(other), len)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long[] rehash(long[] table) {
        long[] bigger = new long[table.length * 2];
        int mask = bigger.length - 1;
        for (long v : table) {
            if (v != 0) {
                int slot = (int) (v >>> 32) & mask;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = v;
            }
        }
        return bigger;
    }

    /**
     * A name typed in lower case where the writer says it is one: "my name is sarah jones", "hey
     * it's jess", "i'm priya", "name: liu yang" (a first name the lists know, not an ordinary word,
     * and a surname after it when the lists know one). Returns the next word to look at.
     */
    private int matchLowerCase(int i) {
        int n = words.count();
        int c = i > 0 ? cues.lowerCaseIntroduction(i) : 0; // findAll asks for lower-case words only
        if (c == 0) {
            return i + 1;
        }
        int classes = words.classes(i);
        int wanted = c == 2 ? NAMES : WordClass.FIRST_NAME.bit();
        if ((classes & wanted) == 0 || (classes & (ORDINARY | NEVER_IN_NAME)) != 0) {
            return i + 1;
        }
        int end = i;
        if (i + 1 < n && words.shape(i + 1) == WordTokens.LOWER
                && Gap.between(text, words.end(i), words.start(i + 1)) == Gap.SPACE) {
            int next = words.classes(i + 1);
            if ((next & NAMES) != 0 && (next & (ORDINARY | NEVER_IN_NAME)) == 0) {
                end = i + 1;
            }
        }
        emit(i, end, NameScores.CUED_KNOWN, "names:lower-case-introduced",
                "a name the lists know, in lower case, after " + (c == 2 ? "a name field's label" : "an introduction"));
        return end + 1;
    }

    /**
     * The whole value of a field labelled as a person's name ({@link FieldLabel}): "first name:
     * Aoife", "name: ng ka ho", "Surname: NÍ BHRAONÁIN", "fullName (full name): Marta Kowalczyk",
     * "emergency contact: Bui Thi Lan". Exports label every cell, so a name the other rules would
     * find only in part (a lower-case word the lists do not know, a lone surname) is found whole.
     * The value must look like a name: one to five words of letters (initials, particles and one
     * comma allowed: "KOWALCZYK, Anna"), no digit or symbol, no word the lists rule out ("Team",
     * "Ltd", "Street") or know only as an ordinary word ("Quarterly report"); titles before it stay
     * outside the finding. A label that may hold a firm or a thing ("name", "customer", "payee",
     * "From") needs a word the lists know as a name (and a capital when it is one word) or two
     * capitalised words; the field of a place or
     * a thing ("city: Hong Kong", "room: Ada Lovelace", "bank name: Stanbic") or one that says it is empty
     * ("manager: null") is passed over whole. Returns the next word to look at, or {@code i}.
     */
    private int matchField(int i) {
        int colon = FieldLabel.separatorBefore(text, words.start(i));
        if (colon < 0) {
            return i;
        }
        boolean quoted = text.charAt(words.start(i) - 1) == '"' || text.charAt(words.start(i) - 1) == '\'';
        FieldLabel.Kind kind = FieldLabel.kind(text, colon);
        if (kind == FieldLabel.Kind.NONE || kind == FieldLabel.Kind.ADDRESS) {
            return i;
        }
        int end = FieldLabel.valueEnd(text, quoted ? words.start(i) - 1 : words.start(i));
        if (end < 0) {
            return i;
        }
        if (quoted) {
            end--; // the closing quote
        }
        return fieldValue(i, end, kind);
    }

    /**
     * {@link #matchField}'s test of a value from word {@code i} to {@code end} under a label of
     * {@code kind}, and its finding; also for the cells of a text table's columns ({@link TextTables}).
     */
    private int fieldValue(int i, int end, FieldLabel.Kind kind) {
        int next = i;
        while (next < words.count() && words.start(next) < end) {
            next++; // the first word after the value
        }
        if (kind == FieldLabel.Kind.PLACE || kind == FieldLabel.Kind.THING || FieldLabel.isEmptyValue(text, words.start(i), end)
                || codeLike(words.start(i), end)) {
            // "city: Hong Kong", "room: Ada Lovelace", "product name: Marco Polo Travel Adapter", "manager: null",
            // "name: billing-api": no person, whatever the lists say of the words
            return next;
        }
        int commas = 0;
        for (int k = words.start(i); k < end; k++) {
            char c = text.charAt(k);
            if (c == ',') {
                commas++;
            } else if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '\u2019')) {
                return i; // a digit, "@", "/", "&", brackets: an identifier, an e-mail, a firm, or more than a name
            }
        }
        int n = words.count();
        int first = i;
        while (first < n && words.start(first) < end && words.is(first, WordClass.TITLE) && words.shape(first) != WordTokens.INITIAL) {
            first++; // "Mr John Smith": the title stays outside
        }
        int last = -1;
        int nameWords = 0;
        int capitalised = 0;
        boolean known = false;
        boolean distinctive = false;
        for (int j = first; j < n && words.start(j) < end; j++) {
            if (words.end(j) > end) {
                return i;
            }
            int shape = words.shape(j);
            if (shape == WordTokens.INITIAL) {
                last = j;
                continue;
            }
            int c = words.classes(j);
            if (shape == WordTokens.LOWER && j > first && WordClass.PARTICLE.in(c)) {
                continue; // "van der", "de la": inside the name only
            }
            if ((c & NEVER_IN_NAME) != 0 || ((c & NAMES) == 0 && (c & ORDINARY) != 0)) {
                // "Name: Press", "approved by: Workflow": one ordinary word is the whole value, and no person
                return next - i == 1 ? next : i;
            }
            known |= (c & NAMES) != 0 && !WordClass.NON_NAME.in(c);
            distinctive |= (c & NAMES) != 0 && (c & ORDINARY) == 0;
            // capitalised words that are no ordinary word: "Seán Ó Broin", not "PMO Pool"
            capitalised += shape == WordTokens.CAPITALISED && (c & ORDINARY) == 0 ? 1 : 0;
            last = j;
            nameWords++;
        }
        // the words must cover the value: a word the tokens leave out (too long, glued to digits) is no name
        if (last < 0 || nameWords == 0 || nameWords > MAX_FIELD_WORDS || commas > 1 || trailing(words.end(last), end)) {
            return i;
        }
        // a field that may hold a firm: a word the lists know, or two capitalised words ("Seán Ó Broin"); one in lower case is a code
        // (one word alone must be a name the lists know as nothing else, and not in lower case: "Name: Card" is no person)
        boolean named = nameWords > 1 ? known : distinctive && words.shape(first) != WordTokens.LOWER;
        if (kind == FieldLabel.Kind.PERSON_ROLE && !named && capitalised < 2) {
            return i;
        }
        double score = kind == FieldLabel.Kind.PERSON_NAME ? NameScores.FIELD : NameScores.ROLE_FIELD;
        emit(first, last, score, "names:field", kind == FieldLabel.Kind.PERSON_NAME
                ? "the value of a field labelled as a person's name" : "a name as the value of a field that holds a person");
        return last + 1;
    }

    /**
     * Whether {@code text[start, end)} is one token with a digit, an underscore or, in lower case, a
     * hyphen: a user, a host or a service ("jsmith_88", "billing-api"), not a name.
     */
    private boolean codeLike(int start, int end) {
        boolean hyphen = false;
        boolean upper = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == ' ' || c == ',') {
                return false;
            }
            if ((c >= '0' && c <= '9') || c == '_') {
                return true;
            }
            hyphen |= c == '-';
            upper |= Character.isUpperCase(c);
        }
        return hyphen && !upper;
    }

    /**
     * The cells of a text table's person columns, each as a field's value ("HOLDER" over "Okafor,
     * Chinonso"); the findings go in text order with the others.
     */
    private void matchCells(TextTables tables) {
        int before = found.size();
        int w = 0;
        for (int c = 0; c < tables.count(); c++) {
            FieldLabel.Kind kind = tables.kind(c);
            if (kind == FieldLabel.Kind.ADDRESS) {
                continue;
            }
            while (w < words.count() && words.start(w) < tables.start(c)) {
                w++;
            }
            if (w < words.count() && words.start(w) == tables.start(c)) {
                fieldValue(w, tables.end(c), kind);
            }
        }
        if (found.size() > before) {
            found.sort(Comparator.comparingInt(Finding::start));
        }
    }

    /** Words a name field's value may have, initials and particles aside. */
    private static final int MAX_FIELD_WORDS = 5;

    /** Whether letters stand between a value's last name word and its end (a word the tokens skipped). */
    private boolean trailing(int from, int end) {
        for (int k = from; k < end; k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Tries the rules at word {@code i}; returns the next word to look at. */
    private int matchAt(int i) {
        int first = words.classes(i);
        if ((first & NEVER_IN_NAME & ~WordClass.TITLE.bit()) != 0 && !WordClass.TITLE.in(first)
                && words.shape(i) != WordTokens.INITIAL) {
            // "The", "Street", "Dear": no rule starts a name at a word the lists rule out (a title
            // aside), as each would find in turn, so none is asked
            return i + 1;
        }
        int afterTitle = matchTitled(i);
        if (afterTitle > i) {
            return afterTitle;
        }
        int afterInverted = matchCommaPair(i);
        if (afterInverted > i) {
            return afterInverted;
        }
        int afterInitials = matchSurnameInitials(i);
        if (afterInitials > i) {
            return afterInitials;
        }
        NameRun run = extend(i);
        if (run == null || !standsAlone(run.start(), run.last(), false)) {
            return i + 1;
        }
        if (run.nameWords() == 1 && cues.petBefore(run.start())) {
            return run.last() + 1; // "Your dog Max is due his booster"
        }
        String cue = run.nameWords() > 1 && cues.postNominalAfter(run.last()) ? "letters after the name" : cues.cueBefore(run.start());
        int firstClasses = words.classes(run.firstName());
        // known names only: "Microsoft said", "Spain visited", "Apple's" are not people
        boolean known = (firstClasses & NAMES) != 0 && !WordClass.NON_NAME.in(firstClasses);
        // a lone word: what stands around it decides (a run of two names is scored by the lists alone)
        boolean lone = run.nameWords() == 1 && !run.startsWithInitial();
        boolean distinctive = known && (firstClasses & ORDINARY) == 0;
        if (NameCues.BEFORE.equals(cue) && !distinctiveFirst(run, firstClasses, distinctive)) {
            cue = null; // "with Hassan", but not "by Monday", "with Grace", "to Jordan"
        }
        if (NameCues.ROLE.equals(cue) && ((firstClasses & ORDINARY) != 0 || (!known && run.nameWords() == 1
                && (words.shape(run.start() - 1) != WordTokens.LOWER || !cues.standsAsPerson(run.last()))))) {
            // "Customer Service"; an unknown word alone after a role needs a capital role's second word or a
            // verb or clause end after it: "caller Bongani says", not "employee Medicare tax"
            cue = null;
        }
        // a capital at a clause's start says nothing: "Police said" is not a person, "yesterday Will said" is
        // nor do capitals alone: "UK said", "NASA announced" are not people
        if (cue == null && known && cues.personVerbAfter(run.last()) && words.shape(run.firstName()) != WordTokens.ALL_CAPS
                && (distinctive || !cues.clauseStart(run.start()))) {
            cue = "verb after";
        }
        if (cue == null && lone && distinctiveFirst(run, firstClasses, distinctive) && cues.distinctiveVerbAfter(run.last())) {
            cue = "verb after";
        }
        if (cue == null && lone) {
            cue = cues.citationAfter(run.last(), distinctive);
        }
        if (cue == null && lone && distinctive && WordClass.FIRST_NAME.in(firstClasses)
                && words.shape(run.firstName()) == WordTokens.CAPITALISED) {
            // capitalised only: a code in capitals alone on a line ("IBAN", "LE") is a heading
            // first names only: surnames are also places, firms and eponyms ("Melbourne's", "Parkinson's")
            cue = cues.personContext(run.start(), run.last());
        }
        if (cue == null && lone && WordClass.FIRST_NAME.in(firstClasses) && !WordClass.NON_NAME.in(firstClasses)
                && words.shape(run.firstName()) == WordTokens.CAPITALISED && cues.andMeAfter(run.last())) {
            cue = "and I"; // "Will and I are getting married": a first name that is also a word is a person here
        }
        double score = NameScores.forRun(words, run, cue != null);
        if (cue == null && score < ScoreModel.DEFAULT_MIN_SCORE && spelledByAddress(run)) {
            cue = ADDRESS_CUE; // "Grace Smith, grace.smith@example.com": too weak alone, not beside her address
            score = NameScores.forRun(words, run, true);
        }
        if (score <= 0 || (run.nameWords() > 1 && score < ScoreModel.DEFAULT_MIN_SCORE)) {
            // A weak lead word ("Call Mary Smith" at a sentence start) must not hide the name after it.
            return i + 1;
        }
        if (run.last() > run.start() && EponymousFirms.named(text, words.start(run.start()), words.end(run.last()))) {
            return run.last() + 1; // "Morgan Stanley", "Dow Jones": neither the pair nor its last word alone
        }
        String why = withSupport(NameScores.describe(words, run), cue);
        emit(run.start(), run.last(), score, run.nameWords() == 1 && !run.startsWithInitial() ? "names:cued-name" : "names:name-run", why);
        return run.last() + 1;
    }

    /** The cue of a pair spelled by an e-mail address near it ({@link AddressSpelling}). */
    private static final String ADDRESS_CUE = "e-mail address spelling the name";

    /**
     * Whether an e-mail address near run {@code run} spells its first name and surname. Asked only
     * of a pair too weak to be reported without a cue ("Grace Smith", "Faith Lee"): a pair the lists
     * score high enough needs no more support, and an ordinary word reaches no look-up here. The
     * first word must be a name the lists know as a first name (not "Customer Service",
     * "Help Desk", whatever the address), the last a surname or no ordinary word, on one line.
     */
    private boolean spelledByAddress(NameRun run) {
        if (run.nameWords() < 2 || run.crossesLine()) {
            return false;
        }
        int first = words.classes(run.firstName());
        int last = words.classes(run.last());
        if ((first & (WordClass.FIRST_NAME.bit() | WordClass.PERSON_NAME.bit())) == 0
                || ((last & NAMES) == 0 && (last & ORDINARY) != 0) || (last & NEVER_IN_NAME) != 0) {
            return false;
        }
        if (addresses == null) {
            addresses = new AddressSpelling(text);
        }
        return addresses.spells(words.start(run.firstName()), words.end(run.firstName()),
                words.start(run.last()), words.end(run.last()));
    }

    /**
     * {@code why} and, when there is one, the cue that supports the name ("...; support: greeting"),
     * joined once per scan for each pair: both are among a few constants, and a text names many
     * people the same way.
     */
    private String withSupport(String why, String cue) {
        if (cue == null) {
            return why;
        }
        if (supported == null) {
            supported = new IdentityHashMap<>();
        }
        Map<String, String> byCue = supported.computeIfAbsent(why, w -> new IdentityHashMap<>());
        String joined = byCue.get(cue);
        if (joined == null) {
            joined = why + "; support: " + cue;
            byCue.put(cue, joined);
        }
        return joined;
    }

    /** A first name that is nothing else, capitalised, not an "X-ray" (a hyphenated word with a one-letter part). */
    private boolean distinctiveFirst(NameRun run, int firstClasses, boolean distinctive) {
        return distinctive && WordClass.FIRST_NAME.in(firstClasses)
                && words.shape(run.firstName()) == WordTokens.CAPITALISED && !oneLetterPart(run.firstName());
    }

    /** "Dr. Patel", "Mrs Mary Smith", "Prof. J. Okafor": a title makes even a lone surname a name. */
    private int matchTitled(int i) {
        if (!words.is(i, WordClass.TITLE) || words.shape(i) == WordTokens.INITIAL || i + 1 >= words.count()) {
            return i;
        }
        Gap g = Gap.between(text, words.end(i), words.start(i + 1));
        if (g != Gap.SPACE && g != Gap.DOT) {
            return i;
        }
        NameRun run = extend(i + 1);
        if (run == null || !standsAlone(run.start(), run.last(), true)) {
            return i;
        }
        String cue = cues.cueBefore(i);
        double score = cue == null ? NameScores.TITLED : NameScores.withCue(NameScores.TITLED);
        emit(run.start(), run.last(), score, "names:title", withSupport("title before the name", cue));
        return run.last() + 1;
    }

    /**
     * "Smith, Mary" in lists and forms (a surname, a comma, a first name, at least one of them
     * distinctive), and in CSV rows also "Mary,Smith" with no space: then each cell is a finding.
     */
    private int matchCommaPair(int i) {
        int j = i + 1;
        // forms and lists write the surname in capitals: "OYELARAN, Babatunde", "BARKER, Susan Elaine"
        boolean capsSurname = words.shape(i) == WordTokens.ALL_CAPS;
        if (j >= words.count() || (words.shape(i) != WordTokens.CAPITALISED && !capsSurname)
                || words.shape(j) != WordTokens.CAPITALISED
                || words.isPossessive(i) || Gap.between(text, words.end(i), words.start(j)) != Gap.COMMA) {
            return i;
        }
        boolean tight = words.start(j) == words.end(i) + 1;
        int a = words.classes(i);
        int b = words.classes(j);
        int end = j;
        if (capsSurname && end + 1 < words.count() && words.shape(end + 1) == WordTokens.CAPITALISED
                && isFirstName(words.classes(end + 1))
                && Gap.between(text, words.end(end), words.start(end + 1)) == Gap.SPACE) {
            end++; // a middle name: "Susan Elaine"
        }
        if (end + 1 < words.count() && words.shape(end + 1) == WordTokens.INITIAL
                && Gap.between(text, words.end(end), words.start(end + 1)) == Gap.SPACE) {
            end++;
        }
        boolean postNominal = cues.postNominalAfter(end);
        boolean lastFirst;
        if (capsSurname) {
            // in capitals an unknown surname will do when the first name is one and no ordinary word ("NOTE, Grace")
            lastFirst = !tight && isFirstName(b) && !WordClass.COMMON_WORD.in(b) && (a & (ORDINARY | NEVER_IN_NAME)) == 0
                    && (isSurname(a) || words.end(i) - words.start(i) >= 4);
        } else {
            lastFirst = (isSurname(a) || (postNominal && canBeNameWord(i))) && isFirstName(b)
                    && (distinctive(a, b) || postNominal);
        }
        boolean firstLast = !capsSurname && tight && !lastFirst && isFirstName(a) && isSurname(b) && distinctive(a, b);
        if (!lastFirst && !firstLast) {
            return i;
        }
        if (!standsAlone(i, end, false)) {
            return i;
        }
        String cue = postNominal ? "letters after the name" : cues.cueBefore(i);
        double score = cue == null ? NameScores.COMMA_PAIR : NameScores.withCue(NameScores.COMMA_PAIR);
        String why = (lastFirst ? "surname, comma, first name" : "first name, comma, surname (CSV cells)")
                + " in the lists" + (cue == null ? "" : "; support: " + cue);
        if (tight) {
            emit(i, i, score, "names:comma-pair", why);
            emit(j, end, score, "names:comma-pair", why);
        } else {
            emit(i, end, score, "names:comma-pair", why);
        }
        return end + 1;
    }

    /**
     * A reference list's author: "Whitfield, J. R." (a surname, a comma, initials with dots) or,
     * Vancouver style, "Chen Y," / "Petrova AV." (a surname the lists know, one or two capitals,
     * then a comma or dot). The surname must not be an ordinary word or a place.
     */
    private int matchSurnameInitials(int i) {
        int j = i + 1;
        if (j >= words.count() || words.shape(i) != WordTokens.CAPITALISED || words.isPossessive(i)) {
            return i;
        }
        int c = words.classes(i);
        if ((c & (ORDINARY | NEVER_IN_NAME)) != 0) {
            return i;
        }
        boolean known = (c & (WordClass.SURNAME.bit() | WordClass.PERSON_NAME.bit())) != 0;
        Gap g = Gap.between(text, words.end(i), words.start(j));
        int end = -1;
        if (g == Gap.COMMA && words.shape(j) == WordTokens.INITIAL && charAt(words.end(j)) == '.') {
            end = j;
            while (end + 1 < words.count() && words.shape(end + 1) == WordTokens.INITIAL
                    && Gap.between(text, words.end(end), words.start(end + 1)) == Gap.DOT) {
                end++;
            }
        } else if (known && g == Gap.SPACE && words.end(j) - words.start(j) <= 2
                && (words.shape(j) == WordTokens.INITIAL || words.shape(j) == WordTokens.ALL_CAPS)) {
            char after = charAt(words.end(j));
            int k = words.end(j) + 1;
            if ((after == ',' || after == '.' || after == ';') && (k >= text.length() || charAt(k) == ' ' || charAt(k) == '\n')) {
                end = j;
            }
        }
        if (end >= 0 && end + 1 < words.count() && words.isUpperStart(end + 1)
                && Gap.between(text, words.end(end), words.start(end + 1)) == Gap.DOT) {
            return i; // the initials start the next name: "John F. Kennedy", "Dario, R. Valeggi, M.C. Carozza"
        }
        if (end < 0 || !standsAlone(i, end, false)) {
            return i;
        }
        double score = known ? NameScores.COMMA_PAIR : NameScores.CUED_UNKNOWN;
        emit(i, end, score, "names:author-initials", "surname and initials, as in a reference list"
                + (known ? " (surname in the lists)" : ""));
        return end + 1;
    }

    /** "X-ray", "T-cell": a hyphenated word with a part of one letter, which the lists read as a name by its other part. */
    private boolean oneLetterPart(int w) {
        int s = words.start(w);
        int e = words.end(w);
        return (e - s > 2 && text.charAt(s + 1) == '-') || (e - s > 2 && text.charAt(e - 2) == '-');
    }

    private boolean hyphenated(int w) {
        for (int k = words.start(w); k < words.end(w); k++) {
            if (text.charAt(k) == '-') {
                return true;
            }
        }
        return false;
    }

    private char charAt(int k) {
        return k < text.length() ? text.charAt(k) : 0;
    }

    private static boolean isSurname(int c) {
        return (c & (WordClass.SURNAME.bit() | WordClass.PERSON_NAME.bit())) != 0
                && (c & (WordClass.NON_NAME.bit() | NEVER_IN_NAME)) == 0;
    }

    private static boolean isFirstName(int c) {
        return WordClass.FIRST_NAME.in(c) && (c & (WordClass.NON_NAME.bit() | NEVER_IN_NAME)) == 0;
    }

    private static boolean distinctive(int a, int b) {
        return !WordClass.COMMON_WORD.in(a) || !WordClass.COMMON_WORD.in(b);
    }

    /**
     * The longest run of name words from word {@code s}: capitalised (or all-caps) words that can
     * be names, initials and particles between them, joined by spaces, dots after initials and at
     * most one line break; {@code null} when {@code s} starts none.
     */
    private NameRun extend(int s) {
        int n = words.count();
        int firstName = -1;
        int last = -1;
        int nameWords = 0;
        boolean crossed = false;
        boolean caps = false;
        for (int j = s; j < n && nameWords < MAX_NAME_WORDS && j - s < MAX_RUN_WORDS; j++) {
            if (j > s) {
                if (words.isPossessive(j - 1)) {
                    break;
                }
                Gap g = Gap.between(text, words.end(j - 1), words.start(j));
                boolean ok = g == Gap.SPACE
                        || (g == Gap.DOT && words.shape(j - 1) == WordTokens.INITIAL)
                        || (g == Gap.LINE_BREAK && nameWords == 1 && j - 1 == firstName && !cellStart(s)); // "Mary\nSmith" only
                if (!ok) {
                    break;
                }
                crossed |= g == Gap.LINE_BREAK;
            }
            int shape = words.shape(j);
            if (shape == WordTokens.INITIAL) {
                continue;
            }
            if (shape == WordTokens.LOWER) {
                if (nameWords > 0 && words.is(j, WordClass.PARTICLE)) {
                    continue;
                }
                break;
            }
            if (nameWords == 1 && j - 1 == firstName && caps == (shape == WordTokens.ALL_CAPS) && surnameNotStreet(s, firstName, j)) {
                last = j; // "Ronald Pike", "Sarah Lane": the surname ends the name
                nameWords++;
                break;
            }
            if (!canBeNameWord(j) || (nameWords > 0 && caps != (shape == WordTokens.ALL_CAPS))) {
                break;
            }
            if (firstName < 0) {
                firstName = j;
                caps = shape == WordTokens.ALL_CAPS;
            }
            last = j;
            nameWords++;
        }
        if (last < 0) {
            return null;
        }
        // The words after the last name word (initials, particles) are not part of the name.
        boolean crossesLine = crossed && lineBreakWithin(s, last);
        return new NameRun(s, firstName, last, nameWords, crossesLine);
    }

    /**
     * Whether word {@code j}, a street type that is also a surname ("Pike", "Lane", "Way"), is a
     * surname here: right after a first name that is nothing else, with no house number before the
     * run ("12 Ronald Pike" stays a street) and no other reason to keep it out of a name.
     */
    private boolean surnameNotStreet(int s, int first, int j) {
        int c = words.classes(j);
        if (!WordClass.ADDRESS_WORD.in(c) || !WordClass.SURNAME.in(c) || (c & (NEVER_IN_NAME & ~WordClass.ADDRESS_WORD.bit())) != 0) {
            return false;
        }
        if (!cues.isAnyWord(j, SURNAME_STREET_TYPES)) {
            return false; // "Ho Chi Minh City", "Lake Mary": places, not surnames
        }
        int f = words.classes(first);
        if (!WordClass.FIRST_NAME.in(f) || (f & (ORDINARY | NEVER_IN_NAME)) != 0) {
            return false;
        }
        int k = words.start(s) - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) < '0' || text.charAt(k) > '9';
    }

    /** Street types that are also common surnames: a name's last word after a first name ("Joanne Pike"). */
    private static final String[] SURNAME_STREET_TYPES = {"pike", "lane", "way", "row", "court", "walk", "grove", "close"};

    /** Whether word {@code s} starts a delimited cell ("Philips,Netherlands"): a line break after it ends a row, not a name. */
    private boolean cellStart(int s) {
        char before = words.start(s) > 0 ? text.charAt(words.start(s) - 1) : '\n';
        return before == ',' || before == ';' || before == '|' || before == '\t' || before == '"';
    }

    private boolean lineBreakWithin(int from, int to) {
        for (int k = words.end(from); k < words.start(to); k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that the lists do not rule out: a known name, or an unknown word. */
    private boolean canBeNameWord(int j) {
        int c = words.classes(j);
        if ((c & NEVER_IN_NAME) != 0) {
            return false;
        }
        return (c & NAMES) != 0 || (c & ORDINARY) == 0;
    }

    /**
     * Whether the run is a person and not part of an organisation or a place: no company suffix,
     * "&" or street type after it ("Smith Ltd", "John Street"), no place prefix before it
     * ("Lake Mary", "St John").
     */
    private boolean standsAlone(int first, int last, boolean titled) {
        int after = last + 1;
        if (after < words.count() && words.isUpperStart(after) && !words.isPossessive(last)) {
            Gap g = Gap.between(text, words.end(last), words.start(after));
            int c = words.classes(after);
            if ((g == Gap.SPACE || g == Gap.DOT)
                    && (WordClass.COMPANY_SUFFIX.in(c) || WordClass.ADDRESS_WORD.in(c))) {
                return false;
            }
            // "Martin Luther King Jr. Blvd", "Martin Luther King Jr. Day": a street or a holiday
            if ((g == Gap.SPACE || g == Gap.DOT) && WordClass.POST_NOMINAL.in(c) && after + 1 < words.count()
                    && words.isUpperStart(after + 1)) {
                Gap g2 = Gap.between(text, words.end(after), words.start(after + 1));
                int c2 = words.classes(after + 1);
                if ((g2 == Gap.SPACE || g2 == Gap.DOT) && (WordClass.COMPANY_SUFFIX.in(c2) || WordClass.ADDRESS_WORD.in(c2)
                        || cues.isWord(after + 1, "day"))) {
                    return false;
                }
            }
        }
        int k = words.end(last);
        while (k < text.length() && k < words.end(last) + 3 && text.charAt(k) == ' ') {
            k++;
        }
        if (k < text.length() && text.charAt(k) == '&' && k > words.end(last)) {
            return false;
        }
        if (!titled && first == last) {
            int b = words.start(first) - 1;
            while (b >= 0 && text.charAt(b) == ' ') {
                b--;
            }
            if (b >= 0 && text.charAt(b) == '&') {
                return false; // "Marks & Spencer": one word after "&" ends a firm's name
            }
        }
        if (!titled && first > 0 && words.isUpperStart(first - 1) && words.is(first - 1, WordClass.ADDRESS_WORD)) {
            Gap g = Gap.between(text, words.end(first - 1), words.start(first));
            return g != Gap.SPACE && g != Gap.DOT;
        }
        return true;
    }

    /** {@code rule}: the explanation's rule name ("names:title"), a constant so that no finding joins strings for it. */
    private void emit(int first, int last, double rawScore, String rule, String why) {
        double score = Math.round(rawScore * 100) / 100.0;
        // found again: strong findings of several words, or of one word the lists know as a name
        boolean source = score >= NameScores.SAME_NAME && (last > first
                || ((words.classes(first) & NAMES) != 0 && !hyphenated(first)));
        // (a lone hyphenated word takes its parts' classes: "E-file" is not evidence enough)
        if (emittedInts + 3 > emitted.length) {
            emitted = java.util.Arrays.copyOf(emitted, emitted.length * 2);
        }
        emitted[emittedInts] = first;
        emitted[emittedInts + 1] = last;
        emitted[emittedInts + 2] = source ? 1 : 0;
        emittedInts += 3;
        // rule and reason are constants or joined once per scan (withSupport): compared by identity
        if (lastExplanation == null || rule != lastRule || why != lastWhy || score != lastScore) {
            lastExplanation = new Explanation(rule, score, List.of(why));
            lastRule = rule;
            lastWhy = why;
            lastScore = score;
        }
        found.add(new Finding(EntityType.NAME, words.start(first), words.end(last), score, detector, lastExplanation));
    }
}
