package dev.veil.detect.names;

import dev.veil.detect.FieldLabel;

/**
 * The words around a candidate name that make it one: a greeting, sign-off or form label before
 * it ("Dear", "Sincerely,", "Name:"), "my name is" / "this is" / "I'm", letters after it ("MD"),
 * and a verb of speech or doing after a known name ("Rachel said"). One per scan.
 */
final class NameCues {
    private final String text;
    private final WordTokens words;

    NameCues(String text, WordTokens words) {
        this.text = text;
        this.words = words;
    }

    /** Whether only spaces and tabs stand between a colon and word {@code s}: see {@link WordTokens#followsColon}. */
    boolean followsColon(int s) {
        return words.followsColon(s);
    }

    /** Whether word {@code s} starts the value of a field whose label may be known: see {@link WordTokens#followsLabel}. */
    boolean followsLabel(int s) {
        return words.followsLabel(s);
    }

    /** Whether "MD", "RN", "PhD"... follows word {@code last} after a comma or space ("Smith, MD"). */
    boolean postNominalAfter(int last) {
        int next = last + 1;
        if (next >= words.count() || !words.isUpperStart(next) || !words.is(next, WordClass.POST_NOMINAL)) {
            return false;
        }
        Gap g = Gap.between(text, words.end(last), words.start(next));
        return g == Gap.COMMA || g == Gap.SPACE;
    }

    /** "Rachel said", "Eric lives": a verb of speech or of a person's doing right after word {@code last}. */
    boolean personVerbAfter(int last) {
        int next = last + 1;
        return next < words.count() && words.shape(next) == WordTokens.LOWER && words.is(next, WordClass.AFTER_CUE)
                && Gap.between(text, words.end(last), words.start(next)) == Gap.SPACE;
    }

    /**
     * A citation's author: "et al." after word {@code last} ("Kowalski et al."), or, for a word the
     * lists know as a name, a year in brackets ("Moreau (1998)", "Ahmed (2020, p. 45)").
     */
    String citationAfter(int last, boolean knownName) {
        int next = last + 1;
        if (next + 1 < words.count() && isWord(next, "et") && isWord(next + 1, "al")
                && Gap.between(text, words.end(last), words.start(next)) == Gap.SPACE) {
            return "et al.";
        }
        if (!knownName) {
            return null;
        }
        int k = words.end(last);
        if (k + 6 < text.length() && text.charAt(k) == ' ' && text.charAt(k + 1) == '(' && isYear(k + 2)) {
            char after = text.charAt(k + 6);
            return after == ')' || after == ',' || after == ';' || (after >= 'a' && after <= 'z') ? "year after" : null;
        }
        return null;
    }

    /** A year 1800-2099 in four digits at {@code k}. */
    private boolean isYear(int k) {
        for (int i = k; i < k + 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        char c0 = text.charAt(k);
        char c1 = text.charAt(k + 1);
        return (c0 == '1' && (c1 == '8' || c1 == '9')) || (c0 == '2' && c1 == '0');
    }

    /**
     * What around words {@code first..last} (a name the lists know, not an ordinary word) shows a
     * person: a possessive ("Ahmed's note"), "and" joining it to another name or to "I", "me", a
     * possessive pronoun ("Hugo and Felix", "Rohan and I", "Harold and his wife"), an action item
     * ("Mike to circulate", at the start of a clause), a chat speaker ("Tyrone: did you…" at the
     * start of a line), or the name alone on its line (a signature). Null when none.
     */
    String personContext(int first, int last) {
        if (words.isPossessive(last)) {
            return eponymAfter(last) ? null : "possessive";
        }
        int next = last + 1;
        if (next + 1 < words.count() && (isWord(next, "and") || isWord(next, "or"))
                && spaceBetween(last, next) && spaceBetween(next, next + 1) && isPartner(next + 1)) {
            return "and a name";
        }
        if (first >= 2 && isWord(first - 1, "and") && spaceBetween(first - 1, first)
                && spaceBetween(first - 2, first - 1) && isPartner(first - 2)) {
            return "and a name";
        }
        if (next + 1 < words.count() && isWord(next, "to") && words.shape(next + 1) == WordTokens.LOWER
                && spaceBetween(last, next) && spaceBetween(next, next + 1) && clauseStart(first)) {
            return "action";
        }
        if (signatureDash(first) && lineEnd(words.end(last))) {
            return "signature";
        }
        if (lineStart(first)) {
            int e = words.end(last);
            if (e + 1 < text.length() && text.charAt(e) == ':' && (text.charAt(e + 1) == ' ' || text.charAt(e + 1) == '\t')) {
                return "chat speaker";
            }
            if (lineEnd(e)) {
                return "alone on a line";
            }
        }
        return null;
    }

    /**
     * Whether "and I" or "and me" follows word {@code last} ("Will and I are getting married"): the
     * speaker pairs themself with a person, so a first name there is one even when it is also a word.
     */
    boolean andMeAfter(int last) {
        int next = last + 1;
        if (next + 1 >= words.count() || !isWord(next, "and") || !spaceBetween(last, next) || !spaceBetween(next, next + 1)) {
            return false;
        }
        int p = next + 1;
        return words.shape(p) == WordTokens.INITIAL ? isWord(p, "I") : words.shape(p) == WordTokens.LOWER && isWord(p, "me");
    }

    /** Whether a possessive name {@code last} names a law, a disease or a theorem ("Murphy's law", "Bell's palsy"). */
    private boolean eponymAfter(int last) {
        int next = last + 1;
        if (next >= words.count() || words.shape(next) == WordTokens.ALL_CAPS) {
            return false; // "Sarah's Law" is an eponym too
        }
        return isAnyWord(next, EPONYM_NOUNS);
    }

    /** What a possessive name names when it is no person: "Murphy's law", "Crohn's disease", "Occam's razor". */
    private static final String[] EPONYM_NOUNS = {"law", "laws", "disease", "syndrome", "palsy", "theorem", "principle",
        "paradox", "razor", "rule", "constant", "equation", "effect", "sign", "test", "lymphoma", "sarcoma", "ulcer"};

    /** Another first name ("Felix"), or "I", "me", "his", "her", "their" ("Rohan and I"). */
    private boolean isPartner(int p) {
        if (words.shape(p) == WordTokens.LOWER) {
            return isWord(p, "me") || isWord(p, "his") || isWord(p, "her") || isWord(p, "their");
        }
        if (words.shape(p) == WordTokens.INITIAL) {
            return isWord(p, "I");
        }
        int c = words.classes(p);
        return WordClass.FIRST_NAME.in(c) && (c & NOT_A_PARTNER) == 0;
    }

    /** What a first name joined by "and" must not also be: a place or month, a never-name, a firm, street or title word. */
    private static final int NOT_A_PARTNER = WordClass.NON_NAME.bit() | WordClass.NEVER_NAME.bit()
            | WordClass.COMPANY_SUFFIX.bit() | WordClass.ADDRESS_WORD.bit() | WordClass.TITLE.bit();

    private boolean spaceBetween(int a, int b) {
        return Gap.between(text, words.end(a), words.start(b)) == Gap.SPACE;
    }

    /**
     * Whether word {@code i} starts a clause: text start, a line, or after ":", ";", ".", "(" or a
     * bullet. A capital there says nothing of a name.
     */
    boolean clauseStart(int i) {
        int k = words.start(i) - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char c = text.charAt(k);
        return c == '\n' || c == ':' || c == ';' || c == '.' || c == '(' || c == '-' || c == '*' || c == '\u2022';
    }

    /** Whether only spaces or a signature dash ("-- Sam") stand between a line's start and word {@code i}. */
    private boolean lineStart(int i) {
        int k = words.start(i) - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '-'
                || text.charAt(k) == '\u2013' || text.charAt(k) == '\u2014')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }

    /**
     * Whether lower-case word {@code s} follows an introduction of the writer ("my name is", "this
     * is", "it's", "i'm", "i am"): 1; a name field's label ("name:", "first_name:"): 2; else 0.
     */
    int lowerCaseIntroduction(int s) {
        int p = s - 1;
        // asked for every lower-case word: the common answer (no) in a few reads
        if (!words.mayIntroduce(p) || Gap.between(text, words.end(p), words.start(s)) != Gap.SPACE) {
            return namedField(s) ? 2 : 0;
        }
        // "i'm", "im", "its", "it's" introduce alone; "is" after "name" or "this", "am" after "i"
        if (isWord(p, "is")) {
            return p > 0 && (isWord(p - 1, "name") || isWord(p - 1, "this")) ? 1 : 0;
        }
        if (isWord(p, "am")) {
            return p > 0 && isWord(p - 1, "i") ? 1 : 0;
        }
        return 1;
    }

    /** "-- " or an em dash right before word {@code i}: an e-mail signature ("Can you update it? -- Sam"). */
    private boolean signatureDash(int i) {
        int k = words.start(i) - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '\u2014' || (k > 0 && text.charAt(k) == '-' && text.charAt(k - 1) == '-'));
    }

    /** Whether only spaces and an end mark (".", "!", ",") stand between {@code e} and the line's end. */
    private boolean lineEnd(int e) {
        int k = e;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '.'
                || text.charAt(k) == '!' || text.charAt(k) == ',')) {
            k++;
        }
        return k == text.length() || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }

    /** The kind of cue right before word {@code s} ("Dear", "Sincerely,", "Name:"), or null. */
    String cueBefore(int s) {
        if (namedField(s)) {
            return "label";
        }
        if (s == 0) {
            return null;
        }
        int p = s - 1;
        if (p > 0 && isWord(p, "of") && words.is(p - 1, WordClass.GREETING_CUE) && words.shape(p - 1) == WordTokens.LOWER
                && Gap.between(text, words.end(p), words.start(s)) == Gap.SPACE) {
            return "relative"; // "wife of Albert", "mother of Joan"
        }
        int c = words.classes(p);
        boolean cueWord = (c & (WordClass.GREETING_CUE.bit() | WordClass.SIGNOFF_CUE.bit() | WordClass.LABEL_CUE.bit()
                | WordClass.ROLE_CUE.bit() | WordClass.BEFORE_CUE.bit())) != 0;
        boolean introduction = isWord(p, "is") || isWord(p, "am") || words.shape(p) == WordTokens.CAPITALISED; // "I'm"
        if (!cueWord && !introduction) {
            return null;
        }
        Gap g = Gap.between(text, words.end(p), words.start(s));
        if (g == Gap.SPACE && p > 0 && isWord(p, "is") && (isWord(p - 1, "name") || isWord(p - 1, "this"))) {
            return "name is";
        }
        if (g == Gap.SPACE && (isWord(p, "I'm") || isWord(p, "I\u2019m") || (p > 0 && isWord(p, "am") && isWord(p - 1, "I")))) {
            return "I am";
        }
        if (WordClass.GREETING_CUE.in(c) && g != Gap.OTHER && g != Gap.DOT && g != Gap.COLON) {
            return "greeting";
        }
        if (WordClass.SIGNOFF_CUE.in(c) && (g == Gap.COMMA_BREAK || g == Gap.LINE_BREAK || g == Gap.COMMA)) {
            return "sign-off";
        }
        if (WordClass.LABEL_CUE.in(c) && g == Gap.COLON) {
            return "label";
        }
        if (WordClass.ROLE_CUE.in(c) && (g == Gap.SPACE || g == Gap.COMMA)) {
            return ROLE;
        }
        if (WordClass.BEFORE_CUE.in(c) && g == Gap.SPACE) {
            return BEFORE;
        }
        return null;
    }

    /** {@link #cueBefore}'s answer for a person's role before the name ("technician, Greg"): see {@link WordClass#ROLE_CUE}. */
    static final String ROLE = "role";
    /** {@link #cueBefore}'s answer for a word that shows a person only before a distinctive first name ("with Hassan"). */
    static final String BEFORE = "before";

    /**
     * "Eleanor closed", "Amara has", "Hiro just": a word right after a distinctive first name
     * {@code last} that shows a person: a verb after a name ({@link WordClass#AFTER_CUE}), an
     * auxiliary or adverb ({@link WordClass#AUX_CUE}), or a lower-case word of four letters or
     * more ending in "ed" (a verb in the past tense). Not after a storm's name ("Hurricane Milton
     * made landfall").
     */
    boolean distinctiveVerbAfter(int last) {
        int next = last + 1;
        if (next >= words.count() || words.shape(next) != WordTokens.LOWER
                || Gap.between(text, words.end(last), words.start(next)) != Gap.SPACE) {
            return false;
        }
        if (last > 0 && isAnyWord(last - 1, STORMS)) {
            return false;
        }
        int c = words.classes(next);
        if ((c & (WordClass.AFTER_CUE.bit() | WordClass.AUX_CUE.bit())) != 0) {
            return true;
        }
        int s = words.start(next);
        int e = words.end(next);
        // "speed", "need", "hundred", "sacred" end in "ed" too
        return e - s >= 5 && text.charAt(e - 2) == 'e' && text.charAt(e - 1) == 'd' && text.charAt(e - 3) != 'e'
                && !words.isPossessive(next) && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)))
                && !NOT_PAST_TENSE.contains(text.substring(s, e));
    }

    /** Words ending in "ed" that are not verbs in the past tense. */
    private static final java.util.Set<String> NOT_PAST_TENSE = java.util.Set.of("hundred", "kindred", "sacred",
            "naked", "wicked", "rugged", "ragged", "crooked", "beloved", "wretched", "jagged", "shred");

    /**
     * Whether what follows word {@code last} ends its part of the sentence or is a verb: a comma, a
     * full stop, a semicolon or a bracket (not a line break: PDF text breaks mid-sentence), or a
     * word {@link #personVerbAfter} or {@link #distinctiveVerbAfter} accepts, or a present tense in
     * "s" ("says", "wants").
     */
    boolean standsAsPerson(int last) {
        int e = words.end(last);
        int k = e;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= text.length() || ",.;:)!?".indexOf(text.charAt(k)) >= 0) {
            return true;
        }
        int next = last + 1;
        if (personVerbAfter(last) || distinctiveVerbAfter(last)) {
            return true;
        }
        return next < words.count() && words.shape(next) == WordTokens.LOWER && words.start(next) == e + 1
                && words.end(next) - words.start(next) >= 4 && text.charAt(words.end(next) - 1) == 's'
                && text.charAt(words.end(next) - 2) != 's';
    }

    /** Whether an animal's word stands right before word {@code first} ("my dog Max", "the cat, Bella,"): a pet, not a person. */
    boolean petBefore(int first) {
        int p = first - 1;
        if (p < 0 || words.shape(p) != WordTokens.LOWER) {
            return false;
        }
        Gap g = Gap.between(text, words.end(p), words.start(first));
        if (g != Gap.SPACE && g != Gap.COMMA) {
            return false;
        }
        return isAnyWord(p, PETS);
    }

    private static final String[] PETS = {"dog", "cat", "puppy", "kitten", "pet", "horse", "pony", "parrot", "hamster",
        "rabbit", "tortoise", "budgie", "labrador", "spaniel", "terrier", "retriever", "collie"};


    /**
     * A field whose label ends in "name" or "names" right before word {@code s}, as exports and
     * forms write them: "first_name: Aarav", "customer-name: …", "Surname: KOWALCZYK", "Given
     * names: ANNA" (a converted CSV row labels each cell with its header).
     */
    private boolean namedField(int s) {
        if (!followsColon(s)) {
            return false;
        }
        int k = words.start(s) - 1;
        while (text.charAt(k) == ' ' || text.charAt(k) == '\t') {
            k--;
        }
        k--; // the colon
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k >= 0 && (text.charAt(k) == 's' || text.charAt(k) == 'S')) {
            k--;
        }
        int name = k - 3; // where "name" would start
        if (name < 0 || !text.regionMatches(true, name, "name", 0, 4)) {
            return false;
        }
        if (name == 0 || !isLabelChar(text.charAt(name - 1))) {
            return true; // "Name:", "| name:"
        }
        int sep = Character.isLetter(text.charAt(name - 1)) ? 0 : 1; // "first_name", "first-name" or "firstname"
        for (String prefix : PERSON_NAME_FIELDS) {
            int from = name - sep - prefix.length();
            if (from >= 0 && text.regionMatches(true, from, prefix, 0, prefix.length())
                    && (from == 0 || !isLabelChar(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** What comes before "name" in a field that holds a person's name (not "file_name", "company name"). */
    private static final String[] PERSON_NAME_FIELDS = {"first", "last", "full", "middle", "maiden", "given", "family",
        "sur", "fore", "birth"};

    private static boolean isLabelChar(char c) {
        return Character.isLetter(c) || c == '_' || c == '-';
    }

    /** Whether word {@code i} is one of {@code lowers}, ignoring case (its bounds read once for the list). */
    boolean isAnyWord(int i, String[] lowers) {
        int s = words.start(i);
        int len = words.end(i) - s;
        for (String w : lowers) {
            if (spells(s, len, w)) {
                return true;
            }
        }
        return false;
    }

    /** Storms are given people's names: "Hurricane Milton made landfall". */
    private static final String[] STORMS = {"hurricane", "storm", "typhoon", "cyclone", "tropical"};

    boolean isWord(int i, String lower) {
        int s = words.start(i);
        return spells(s, words.end(i) - s, lower);
    }

    /**
     * Whether the {@code len} characters at {@code s} are {@code lower}, ignoring case: the length,
     * then the first letters (two ASCII characters equal ignoring case differ at most in their 0x20
     * bit; a character beyond ASCII is always compared), then the whole.
     */
    private boolean spells(int s, int len, String lower) {
        if (len != lower.length()) {
            return false;
        }
        char c = text.charAt(s);
        char w = lower.charAt(0);
        if (c < 128 && w < 128 && (c | 0x20) != (w | 0x20)) {
            return false;
        }
        return text.regionMatches(true, s, lower, 0, len);
    }
}
