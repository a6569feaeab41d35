package dev.veil.detect.builtin;

/**
 * The user-name rules of {@link CredentialDetectors} read by hand: each answers what its pattern's
 * {@code lookingAt} at a label start answers, without a {@code Matcher}. The generated logs hold a
 * "user=" per line, where the two patterns tried in turn ("labelled" fails on "user=", then
 * "user-assigned" matches) cost about 200 ns a label, most of it the matcher's set-up and the
 * backtracking of the value's last character.
 *
 * <p>Why a reading can be this simple: after a label's key every step of the patterns has at most
 * one way to succeed. An optional quote is either the character there or, if skipped, leaves a
 * quote that nothing after it accepts; {@code [ \t]{0,3}} that takes fewer spaces than are there
 * leaves a space that nothing after it accepts. So each pattern's answer is the first of its key's
 * ends, in the order the pattern tries them, from which the rest matches; the rest is read once
 * per end. The value {@code [\w@+-](?:[\w.@+-]{0,62}[\w@+-])?(?![\w@+-]|\.[\w@+-])} is read as the
 * pattern backtracks it: the longest end first, at most 64 characters, that ends on a value
 * character and is not glued to more. {@code (?i)} without {@code UNICODE_CASE} folds ASCII
 * letters only, and {@code \w} is ASCII, as here. Every match is far shorter than the detector's
 * window ({@code MAX_MATCH}), so the window never cuts one. {@code UserNameReadingsTest} compares
 * each reading with its pattern at every place of random texts of labels, values and near misses.
 */
final class UserNameReadings {
    /** {@code USER_KEYS + ASSIGN + USER_VALUE}. */
    static final KeywordValueDetector.Reading LABELLED = UserNameReadings::labelled;
    /** {@code "user" + QUOTE + "[ \t]{0,3}=[ \t]{0,3}" + QUOTE + USER_VALUE}. */
    static final KeywordValueDetector.Reading ASSIGNED = UserNameReadings::assigned;
    /** {@code NAMED_USER_KEYS + "[ \t]is[ \t]" + QUOTE + USER_VALUE}. */
    static final KeywordValueDetector.Reading STATED = UserNameReadings::stated;

    /** The longest value: a first character, up to 62 more, a last one. */
    private static final int MAX_INNER = 62;

    private UserNameReadings() {
    }

    /**
     * {@code (?:user[ _-]?name|user[ _-]?id|userid|login(?:[ _-]?(?:id|name))?|account[ _-]?name
     * |screen[ _-]?name|uid)} then an assignment and the value ("userid" ends where "user" with
     * no separator and "id" does, so it needs no turn of its own).
     */
    private static long labelled(String t, int i) {
        return keyed(t, i, false);
    }

    /** {@code user["']?[ \t]{0,3}=[ \t]{0,3}["']?} then the value. */
    private static long assigned(String t, int i) {
        return word(t, i, "user") ? assignment(t, i + 4, false) : -1;
    }

    /**
     * {@code (?:user[ _-]?name|user[ _-]?id|login[ _-]?(?:id|name)|account[ _-]?name|screen[ _-]?name)}
     * then {@code [ \t]is[ \t]["']?} and the value.
     */
    private static long stated(String t, int i) {
        return keyed(t, i, true);
    }

    /**
     * The label words both rules share at {@code i}, then the rest of the rule ({@code stated}: the
     * "is" of {@link #STATED}, else the assignment of {@link #LABELLED}); only the labelled rule
     * takes a bare "login" and "uid".
     */
    private static long keyed(String t, int i, boolean stated) {
        if (word(t, i, "user")) {
            return nameOrId(t, i + 4, stated);
        }
        if (word(t, i, "login")) {
            long r = nameOrId(t, i + 5, stated);
            return r != -1 || stated ? r : assignment(t, i + 5, true);
        }
        if (word(t, i, "account")) {
            return separatedName(t, i + 7, stated);
        }
        if (word(t, i, "screen")) {
            return separatedName(t, i + 6, stated);
        }
        return !stated && word(t, i, "uid") ? assignment(t, i + 3, true) : -1;
    }

    /**
     * {@code [ _-]?(?:name|id)} at {@code j}, then the rest of the rule. At most one of the four
     * turns can read its word there (a separator or a word's first letter stands at {@code j}), so
     * their order does not change the answer.
     */
    private static long nameOrId(String t, int j, boolean stated) {
        int sep = isSeparator(t, j) ? j + 1 : -1;
        long r;
        if ((r = afterWord(t, sep, "name", stated)) != -1 || (r = afterWord(t, j, "name", stated)) != -1
                || (r = afterWord(t, sep, "id", stated)) != -1) {
            return r;
        }
        return afterWord(t, j, "id", stated);
    }

    /** {@code [ _-]?name} at {@code j} (with the separator first), then the rest of the rule. */
    private static long separatedName(String t, int j, boolean stated) {
        long r = isSeparator(t, j) ? afterWord(t, j + 1, "name", stated) : -1;
        return r != -1 ? r : afterWord(t, j, "name", stated);
    }

    /**
     * When {@code word} is at {@code j} (-1: a turn that does not apply), the rest of the rule
     * after it: the assignment of "labelled" or the "is" of "stated"; else -1.
     */
    private static long afterWord(String t, int j, String word, boolean stated) {
        if (j < 0 || !word(t, j, word)) {
            return -1;
        }
        int k = j + word.length();
        return stated ? statement(t, k) : assignment(t, k, true);
    }

    /** {@code ["']?[ \t]{0,3}[:=][ \t]{0,3}["']?} (only {@code =} unless {@code colon}) then the value. */
    private static long assignment(String t, int k, boolean colon) {
        int n = t.length();
        int j = k;
        if (j < n && isQuote(t.charAt(j))) {
            j++;
        }
        j = blanks(t, j);
        if (j >= n || !(t.charAt(j) == '=' || colon && t.charAt(j) == ':')) {
            return -1;
        }
        j = blanks(t, j + 1);
        if (j < n && isQuote(t.charAt(j))) {
            j++;
        }
        return value(t, j);
    }

    /** {@code [ \t]is[ \t]["']?} then the value. */
    private static long statement(String t, int k) {
        int n = t.length();
        if (k + 3 >= n || !isBlank(t.charAt(k)) || !word(t, k + 1, "is") || !isBlank(t.charAt(k + 3))) {
            return -1;
        }
        int j = k + 4;
        if (j < n && isQuote(t.charAt(j))) {
            j++;
        }
        return value(t, j);
    }

    /**
     * The value at {@code v} as {@code start << 32 | end}, or -1: the longest end the pattern's
     * backtracking reaches first, ending on a value character with none glued after it.
     */
    private static long value(String t, int v) {
        int n = t.length();
        if (v >= n || !isValueChar(t.charAt(v))) {
            return -1;
        }
        int run = 0;  // value or dot characters after the first, as many as {0,62} and the last can take
        while (run <= MAX_INNER && v + 1 + run < n && isInnerChar(t.charAt(v + 1 + run))) {
            run++;
        }
        for (int m = Math.min(run - 1, MAX_INNER); m >= 0; m--) {
            int e = v + 2 + m;
            if (isValueChar(t.charAt(e - 1)) && mayEnd(t, e)) {
                return (long) v << 32 | e;
            }
        }
        return mayEnd(t, v + 1) ? (long) v << 32 | (v + 1) : -1;
    }

    /** {@code (?![\w@+-]|\.[\w@+-])} at {@code e}. */
    private static boolean mayEnd(String t, int e) {
        int n = t.length();
        if (e >= n) {
            return true;
        }
        char c = t.charAt(e);
        return !isValueChar(c) && !(c == '.' && e + 1 < n && isValueChar(t.charAt(e + 1)));
    }

    /** Whether lower-case ASCII {@code word} is at {@code j}, its letters in either case (what {@code (?i)} folds). */
    private static boolean word(String t, int j, String word) {
        if (j + word.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = t.charAt(j + k);
            if (c != word.charAt(k) && c != Character.toUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Past {@code [ \t]{0,3}} from {@code j}. */
    private static int blanks(String t, int j) {
        int n = t.length();
        int end = Math.min(n, j + 3);
        while (j < end && isBlank(t.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isSeparator(String t, int j) {
        if (j >= t.length()) {
            return false;
        }
        char c = t.charAt(j);
        return c == ' ' || c == '_' || c == '-';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** {@code [\w@+-]} with ASCII {@code \w}. */
    private static boolean isValueChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c == '@' || c == '+' || c == '-';
    }

    /** {@code [\w.@+-]}. */
    private static boolean isInnerChar(char c) {
        return c == '.' || isValueChar(c);
    }
}
