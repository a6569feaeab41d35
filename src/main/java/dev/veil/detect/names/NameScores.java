package dev.veil.detect.names;

/**
 * How sure a candidate name is, from what the word lists know about its first and last word.
 * A first name that is only a name ("Mary") with a surname that is only a surname ("Kowalski")
 * is the strongest signal without context; a first name that is also an ordinary word or a
 * month ("Will", "May", "Grant") needs a distinctive surname; a lone word needs a title or a cue.
 */
final class NameScores {
    /** A title before the name ("Dr. Patel"). */
    static final double TITLED = 0.9;
    /** "Smith, Mary" (or "Mary,Smith" in CSV) with a known first name and surname. */
    static final double COMMA_PAIR = 0.75;
    /** The whole value of a field labelled as a person's name ("first name: Aoife", "Surname: Ní Bhraonáin"). */
    static final double FIELD = 0.9;
    /** A name as the whole value of a field that mostly holds a person ("customer: Ann Lee", "From: Ann Lee"). */
    static final double ROLE_FIELD = 0.85;
    /** A lone known name after a cue ("Dear Mary,", "Name: Okafor"). */
    static final double CUED_KNOWN = 0.8;
    /** A lone known name that is also an ordinary word, after a cue ("Dear Will,"). */
    static final double CUED_ORDINARY = 0.7;
    /** A lone distinctive first name with no support: reported only below the default minimum. */
    static final double LONE_FIRST_NAME = 0.45;
    /**
     * A word of a name reported elsewhere in the same text, standing alone ("Kowalski said" after
     * "Mary Kowalski"); names reported at least this high are found again.
     */
    static final double SAME_NAME = 0.75;
    /** Words the lists do not know, after a cue ("Dear Xochitl Quispe"). */
    static final double CUED_UNKNOWN = 0.65;

    /** Rows: first word distinctive / other culture's name / ordinary word / initial / unknown. */
    private static final double[][] PAIR = {
        // last word: distinctive surname, surname that is also a word, unknown
        {0.85, 0.8, 0.7},
        {0.8, 0.6, 0.55},
        {0.7, 0.3, 0.5},
        {0.7, 0.55, 0.0},
        {0.6, 0.0, 0.0},
    };

    private static final int NAMES = WordClass.FIRST_NAME.bit() | WordClass.SURNAME.bit() | WordClass.PERSON_NAME.bit();
    private static final int ORDINARY = WordClass.COMMON_WORD.bit() | WordClass.NON_NAME.bit();

    private NameScores() {
    }

    static double withCue(double score) {
        return Math.min(0.95, Math.max(score, CUED_ORDINARY) + 0.1);
    }

    /** The score of a run without a title; 0 when it is not a name. */
    static double forRun(WordTokens words, NameRun run, boolean cue) {
        boolean caps = words.shape(run.firstName()) == WordTokens.ALL_CAPS;
        if (run.nameWords() == 1 && !run.startsWithInitial()) {
            int c = words.classes(run.firstName());
            if (!cue) {
                // "ask Rachel to": likely a person, but below the default minimum without support.
                return !caps && WordClass.FIRST_NAME.in(c) && (c & ORDINARY) == 0 ? LONE_FIRST_NAME : 0;
            }
            if (caps && (c & NAMES) == 0 || words.end(run.firstName()) - words.start(run.firstName()) < 2) {
                return 0; // "Cc: DD:EE" in a MAC address, codes in capitals
            }
            if ((c & NAMES) == 0) {
                return CUED_UNKNOWN;
            }
            return (c & ORDINARY) != 0 ? CUED_ORDINARY : CUED_KNOWN;
        }
        int lastKind = lastKind(words.classes(run.last()));
        int firstKind = firstKind(words, run);
        double score = PAIR[firstKind][lastKind];
        if (firstKind == 2 && lastKind == 2 && WordClass.NON_NAME.in(words.classes(run.firstName()))) {
            score = 0; // "May Acme", "Austin Convention": a month or place before an unknown word
        }
        if (lastKind == 2 && (caps || run.crossesLine())) {
            score = 0; // unknown words in capitals or across lines are too often headings
        }
        if (caps || run.crossesLine()) {
            score -= 0.05;
        }
        if (cue) {
            score = withCue(score);
        }
        return Math.max(0, score);
    }

    /** Why the run was scored as it was, in words (never the value). */
    static String describe(WordTokens words, NameRun run) {
        if (run.nameWords() == 1 && !run.startsWithInitial()) {
            return "single name word";
        }
        return DESCRIPTIONS[((firstKind(words, run) * 3 + lastKind(words.classes(run.last()))) * 2
                + (run.crossesLine() ? 1 : 0)) * 2 + (words.shape(run.firstName()) == WordTokens.ALL_CAPS ? 1 : 0)];
    }

    /**
     * {@link #describe}'s answers for runs of several words, by first word's kind, last word's
     * kind, line break and capitals: made once, where each finding joined its strings (16,000
     * findings on the generated mixed text).
     */
    private static final String[] DESCRIPTIONS = descriptions();

    private static String[] descriptions() {
        String[] first = {"distinctive first name", "name from the people-names list", "first name that is also an ordinary word",
            "initial", "unknown first word"};
        String[] last = {"distinctive surname", "surname that is also an ordinary word", "capitalised word not in the lists"};
        String[] all = new String[first.length * last.length * 4];
        for (int f = 0; f < first.length; f++) {
            for (int l = 0; l < last.length; l++) {
                for (int crosses = 0; crosses < 2; crosses++) {
                    for (int caps = 0; caps < 2; caps++) {
                        all[((f * 3 + l) * 2 + crosses) * 2 + caps] = first[f] + " + " + last[l]
                                + (crosses == 1 ? " (across a line break)" : "") + (caps == 1 ? " (all capitals)" : "");
                    }
                }
            }
        }
        return all;
    }

    private static int firstKind(WordTokens words, NameRun run) {
        if (run.startsWithInitial()) {
            return 3;
        }
        int c = words.classes(run.firstName());
        if ((c & (WordClass.FIRST_NAME.bit() | WordClass.PERSON_NAME.bit())) == 0) {
            return 4;
        }
        if ((c & ORDINARY) != 0) {
            return 2;
        }
        return WordClass.FIRST_NAME.in(c) ? 0 : 1;
    }

    private static int lastKind(int c) {
        if ((c & (WordClass.SURNAME.bit() | WordClass.PERSON_NAME.bit())) == 0) {
            return 2;
        }
        return (c & ORDINARY) != 0 ? 1 : 0;
    }
}
