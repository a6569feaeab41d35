package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and timestamps in common written forms: ISO 8601 ({@code 2024-03-15T14:30:00Z}),
 * numeric day-month-year in either order ({@code 12/31/2024}, {@code 31.12.2024}), month names
 * ({@code March 5, 2024}, {@code 5 March 2024}, {@code Mar 5th}, {@code May 2021}), each with an
 * optional time. Day and month must be in range (1-31, 1-12) for one of the readings. Short forms
 * that could be fractions or ranges ({@code 5/21}, {@code 05/2021}, {@code 21.5.21}) need a context
 * word such as "date", "born" or "today".
 */
final class DateTimeDetector implements Detector {
    static final String NAME = "date-time";
    private static final String MONTH = "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
            + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String TIME = "(?:(?:[T ]|,?[ ]{1,2}(?:at[ ]{1,2})?)(?<H>\\d{1,2}):(?<M>\\d{2})"
            + "(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:[ ]?(?:Z|[+-]\\d{2}:?\\d{2}|[aApP]\\.?[mM]\\.?(?!\\w)))?)?";
    private static final String BEFORE = "(?<![\\w/.:+-])";
    private static final String AFTER = "(?![\\w]|[/.:-]\\d)";
    private static final String ORD = "(?:[ ]?(?:st|nd|rd|th))?";

    /**
     * One form; {@code gate} tells from the digits and separators at and after the digit run
     * whether the form can start there (month-name forms are gated on the month name instead):
     * a necessary condition, checked by hand before the pattern runs.
     */
    private record Rule(String name, Pattern pattern, double base, Check valid, Gate gate, Groups groups,
                        boolean byMonth, int after, int lengths, Explanation why) {
        /**
         * {@code byMonth}: whether the form starts at a month name before the digit run, not at the
         * run; {@code after}: the kinds of character ({@link #SPACE}, {@link #HYPHEN}, …) the gate
         * lets follow the run, so that most runs of a table skip the form without calling its gate;
         * {@code lengths}: the lengths of run the gate lets through (bit {@code L} for length
         * {@code L}), for the same reason: a year in prose ("in 2023 the") is tried for no form.
         */
        Rule(String name, String regex, double base, Check valid, Gate gate, int after, int lengths) {
            this(name, Pattern.compile(regex), base, valid, gate, Groups.of(regex), name.startsWith("month-name"), after,
                    lengths, Explanation.of(NAME, name, base));
        }
    }

    private static final int SPACE = 1;
    private static final int HYPHEN = 2;
    private static final int SLASH = 4;
    private static final int DOT = 8;
    private static final int LETTER = 16;
    private static final int ANY_AFTER = 31;
    /** Runs of one or two digits (a day, a month, a short year), as {@link Rule#lengths} sets bits. */
    private static final int SHORT_RUN = 1 << 1 | 1 << 2;
    /** Runs of four digits (a year). */
    private static final int YEAR_RUN = 1 << 4;
    /** Any run of one to four digits: the month-name forms, which start at the month. */
    private static final int ANY_RUN_LENGTH = 0x1e;

    /** The numbers of a form's named groups, found once, so that a match is read without name lookups. */
    private record Groups(int y, int m, int d, int a, int b, int hour, int minute, int mon) {
        static Groups of(String regex) {
            return new Groups(RegexGroups.index(regex, "y"), RegexGroups.index(regex, "m"),
                    RegexGroups.index(regex, "d"), RegexGroups.index(regex, "a"), RegexGroups.index(regex, "b"),
                    RegexGroups.index(regex, "H"), RegexGroups.index(regex, "M"), RegexGroups.index(regex, "mon"));
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean valid(Matcher m, Groups g, String text);
    }

    @FunctionalInterface
    private interface Gate {
        boolean mayStart(String text, int runStart, int runEnd);
    }

    private static final Gate ANY_RUN = (text, start, end) -> true;

    private static final List<Rule> RULES = List.of(
            new Rule("iso", BEFORE + "(?<y>\\d{4})(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})" + TIME + AFTER,
                    0.85, (m, g, t) -> year(m, g.y(), t) && month(m, g.m(), t) && day(m, g.d(), t) && time(m, g, t),
                    (text, s, e) -> e - s == 4 && threeGroups(text, e, "-/.", 1, 2), HYPHEN | SLASH | DOT, YEAR_RUN),
            new Rule("numeric", BEFORE + "(?<a>\\d{1,2})(?<s>[-/.])(?<b>\\d{1,2})\\k<s>(?<y>\\d{4})" + TIME + AFTER,
                    0.65, (m, g, t) -> year(m, g.y(), t) && dayMonthEitherWay(m, g, t),
                    (text, s, e) -> e - s <= 2 && threeGroups(text, e, "-/.", 4, 4), HYPHEN | SLASH | DOT, SHORT_RUN),
            new Rule("numeric-short-year", BEFORE + "(?<a>\\d{1,2})(?<s>[-/])(?<b>\\d{1,2})\\k<s>(?<y>\\d{2})"
                    + TIME + AFTER, 0.55, DateTimeDetector::dayMonthEitherWay,
                    (text, s, e) -> e - s <= 2 && threeGroups(text, e, "-/", 2, 2), HYPHEN | SLASH, SHORT_RUN),
            // dotted with a two-digit year is also how versions are written (2.10.15)
            new Rule("dotted-short-year", BEFORE + "(?<a>\\d{1,2})\\.(?<b>\\d{1,2})\\.(?<y>\\d{2})" + TIME + AFTER,
                    0.3, DateTimeDetector::dayMonthEitherWay,
                    (text, s, e) -> e - s <= 2 && threeGroups(text, e, ".", 2, 2), DOT, SHORT_RUN),
            new Rule("day-month-name", "(?i)" + BEFORE + "(?<d>\\d{1,2})" + ORD
                    + "(?:[ -]{1,2}|[ ]of[ ])" + MONTH + "(?:(?:[ -]|,[ ]?)(?<y>\\d{4}))?" + TIME + AFTER,
                    0.6, (m, g, t) -> day(m, g.d(), t) && (m.start(g.y()) < 0 || year(m, g.y(), t)) && time(m, g, t),
                    (text, s, e) -> e - s <= 2 && MonthNames.afterDay(text, e), SPACE | HYPHEN | LETTER, SHORT_RUN),
            new Rule("month-name-day", "(?i)(?<![\\w])" + MONTH + "[ -]{1,2}(?<d>\\d{1,2})" + ORD
                    + "(?:,?[ ]{1,2}(?<y>\\d{4}))?" + TIME + AFTER,
                    0.6, (m, g, t) -> day(m, g.d(), t) && (m.start(g.y()) < 0 ? capitalised(m, g, t) : year(m, g.y(), t))
                            && time(m, g, t), ANY_RUN, ANY_AFTER, ANY_RUN_LENGTH),
            new Rule("month-name-year", "(?i)(?<![\\w])" + MONTH + "[ -]{1,2}(?<y>\\d{4})" + AFTER,
                    0.6, (m, g, t) -> year(m, g.y(), t), ANY_RUN, ANY_AFTER, ANY_RUN_LENGTH),
            new Rule("month-year", BEFORE + "(?<m>\\d{1,2})[/.-](?<y>(?:1[89]|2[01])\\d\\d)" + AFTER,
                    0.3, (m, g, t) -> month(m, g.m(), t),
                    (text, s, e) -> e - s <= 2 && e < text.length() && "-/.".indexOf(text.charAt(e)) >= 0
                            && digitsAt(text, e + 1) == 4, HYPHEN | SLASH | DOT, SHORT_RUN),
            new Rule("month-day", BEFORE + "(?<a>\\d{1,2})/(?<b>\\d{1,2})" + AFTER,
                    0.3, DateTimeDetector::dayMonthEitherWay,
                    (text, s, e) -> e - s <= 2 && e < text.length() && text.charAt(e) == '/'
                            && digitsAt(text, e + 1) >= 1 && digitsAt(text, e + 1) <= 2, SLASH, SHORT_RUN));

    /** Every form's digit runs are one to four digits long. */
    private static final int MAX_RUN = 4;
    /** {@link #RULES} as an array, read in the loop over a run's forms. */
    private static final Rule[] FORMS = RULES.toArray(Rule[]::new);
    /**
     * The forms that can start at a run, in {@link #RULES} order, by whether the run may start a
     * form ({@link #beforeOk}; else only the month-name forms, which start at the month), whether a
     * month name is before it, and the kind of character after it (the bit of {@link #afterKind},
     * 5 for none), and the run's length (one to four): a run in a table, followed by a space, is
     * tried for one form, not nine, and a year followed by a space for none.
     */
    private static final int[][][][] TRIED = new int[4][6][MAX_RUN + 1][];

    static {
        for (int before = 0; before < 4; before++) {
            boolean beforeOk = before >= 2;
            boolean month = before % 2 == 1;
            for (int bit = 0; bit < 6; bit++) {
                int kind = bit == 5 ? 0 : 1 << bit;
                for (int length = 0; length <= MAX_RUN; length++) {
                    List<Integer> tried = new ArrayList<>();
                    for (int r = 0; r < FORMS.length; r++) {
                        boolean can = FORMS[r].byMonth() ? month
                                : beforeOk && (FORMS[r].after() & kind) != 0 && (FORMS[r].lengths() >>> length & 1) != 0;
                        if (can) {
                            tried.add(r);
                        }
                    }
                    TRIED[before][bit][length] = tried.stream().mapToInt(Integer::intValue).toArray();
                }
            }
        }
    }

    private static final int MAX_LENGTH = 80;
    /** Where the ISO form is in {@link #RULES}: the first, so that the hand reading has no earlier match to beat. */
    private static final int ISO = 0;

    static {
        if (!RULES.get(ISO).name().equals("iso")) {
            throw new IllegalStateException("the ISO form must be the first rule");
        }
    }
    private static final ContextWords CONTEXT = ContextWords.of("date", "dated", "today", "tomorrow",
            "yesterday", "born", "birth", "birthday", "dob", "on", "since", "until", "till", "expires",
            "expiry", "expiration", "issued", "due", "admitted", "discharged", "appointment", "visit",
            "deadline", "day", "when", "from", "effective", "signed", "created", "updated", "time");

    /** Whether the common ISO layouts are read by hand ({@link #isoEnd}) before the pattern is asked. */
    private final boolean handReadIso;

    DateTimeDetector() {
        this(true);
    }

    private DateTimeDetector(boolean handReadIso) {
        this.handReadIso = handReadIso;
    }

    /** The same detector with every form matched by its pattern: what the hand reading is compared with. */
    static DateTimeDetector patternsOnly() {
        return new DateTimeDetector(false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE_TIME);
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        // made on first use (Scoring.matcher): most runs are read by hand or turned away
        Matcher[] matchers = new Matcher[FORMS.length];
        List<Finding> out = new ArrayList<>();
        // every form contains a run of one to four digits: try the rules only at the runs where one can
        // start, or at the month name before one (the view's digit runs, read in text order: no
        // index of runs by length to gather and sort, as most runs of a table are that short)
        int resume = 0;
        int runs = view.digitRunCount();
        for (int k = 0; k < runs; k++) {
            int i = view.digitRunStart(k);
            int e = view.digitRunEnd(k);
            if (i < resume || e - i > MAX_RUN) {
                continue;
            }
            // the character before the run read once, for the month name and BEFORE: a month name
            // ends one or two spaces or hyphens before a run, so it is looked for only after one
            char before = i > 0 ? text.charAt(i - 1) : 0;
            int monthStart = before == ' ' || before == '-' ? MonthNames.startBefore(text, i) : -1;
            boolean beforeOk = before >= 128 || !BLOCKS_FORM[before];
            int after = e < text.length() ? afterKind(text.charAt(e)) : 0;
            // with no month name before it, a run starts a form only after no word character or
            // /.:+- and before something a form goes on with (three digits are in no such form)
            if (monthStart >= 0 || (beforeOk && e - i != 3 && after != 0)) {
                int[] tried = TRIED[(beforeOk ? 2 : 0) + (monthStart >= 0 ? 1 : 0)]
                        [Integer.numberOfTrailingZeros(after | 32)][e - i];
                if (tried.length > 0) {
                    resume = Math.max(resume, tryAt(view, matchers, i, e, monthStart, tried, handReadIso, out));
                }
            }
        }
        return out;
    }

    /**
     * BEFORE, shared by the forms that start at the digit run, as a table over ASCII: {@code true}
     * at the characters it does not let stand before the run (a word character or /.:+-); none
     * beyond ASCII is one, and the text's start (read as 0) lets a form start.
     */
    private static final boolean[] BLOCKS_FORM = new boolean[128];
    /** {@link #afterKind} over ASCII, a table read per run instead of a switch and a letter test. */
    private static final byte[] AFTER_KIND = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            BLOCKS_FORM[c] = isWordChar(c) || "/.:+-".indexOf(c) >= 0;
            int kind = switch (c) {
                case ' ' -> SPACE;
                case '-' -> HYPHEN;
                case '/' -> SLASH;
                case '.' -> DOT;
                default -> Character.isLetter(c) ? LETTER : 0;
            };
            AFTER_KIND[c] = (byte) kind;
        }
    }

    /**
     * The longest valid form at the digit run {@code [i, runEnd)} added to {@code out}, and its
     * end; else -1. {@code monthStart}: where the month name before the run starts, or -1;
     * {@code tried}: the forms that can start there ({@link #TRIED}).
     */
    private static int tryAt(TextView view, Matcher[] matchers, int i, int runEnd, int monthStart,
                             int[] tried, boolean handReadIso, List<Finding> out) {
        String text = view.text();
        int n = text.length();
        int bestRule = -1;
        int bestStart = -1;
        int bestEnd = -1;
        for (int r : tried) {
            Rule rule = FORMS[r];
            // a layout read by hand passes the ISO gate: it is asked only where the reading fails
            int isoEnd = r == ISO && handReadIso ? isoEnd(text, i) : -1;
            if (isoEnd < 0 && !rule.byMonth() && !rule.gate().mayStart(text, i, runEnd)) {
                continue;
            }
            int start = rule.byMonth() ? monthStart : i;
            if (isoEnd >= 0) {
                // read by hand: the pattern's match, found without running it (first rule: nothing to beat)
                if (isoValid(text, i, isoEnd)) {
                    bestRule = r;
                    bestStart = i;
                    bestEnd = isoEnd;
                }
                continue;
            }
            // start >= 0: a month-name form is tried only where a month name is (TRIED)
            Matcher m = Scoring.matcher(matchers, r, rule.pattern(), text);
            if (Scoring.matchesAt(m, start, MAX_LENGTH, n) && m.end() - m.start() > bestEnd - bestStart
                    && rule.valid().valid(m, rule.groups(), text)) {
                bestRule = r;
                bestStart = m.start();
                bestEnd = m.end();
            }
        }
        if (bestRule < 0) {
            return -1;
        }
        Rule rule = FORMS[bestRule];
        out.add(Scoring.score(EntityType.DATE_TIME, NAME, rule.why(), CONTEXT, false, view, bestStart, bestEnd));
        return bestEnd;
    }

    /**
     * Where the ISO form's pattern, asked at {@code i} (a run of four digits that may start a form),
     * ends its match, for the two layouts that make up nearly every ISO date in logs and exports:
     * {@code 2024-03-15} followed by a character that starts no time, and
     * {@code 2024-03-15T14:30:00Z}; -1 for anything else (the pattern then decides). In both the
     * pattern's first way through (greedy digits, the time and zone taken when present) reaches
     * its end here, so where the end test holds there it is the match the pattern finds.
     */
    static int isoEnd(String text, int i) {
        int n = text.length();
        if (i + 10 > n || digitsAt(text, i) != 4) {
            return -1;
        }
        char sep = text.charAt(i + 4);
        if ("-/.".indexOf(sep) < 0 || digitsAt(text, i + 5) != 2 || text.charAt(i + 7) != sep
                || digitsAt(text, i + 8) != 2) {
            return -1; // a day of more digits too: the pattern reads it
        }
        int e = i + 10;
        char c = e < n ? text.charAt(e) : 0;
        if (c == 'T' && e + 10 <= n && digitsAt(text, e + 1) == 2 && text.charAt(e + 3) == ':'
                && digitsAt(text, e + 4) == 2 && text.charAt(e + 6) == ':' && digitsAt(text, e + 7) == 2
                && text.charAt(e + 9) == 'Z') {
            e += 10;
        } else if (c == 'T' || c == ' ' || c == ',') {
            return -1; // a time may follow: the pattern reads it
        }
        return endsForm(text, e) ? e : -1;
    }

    /** AFTER at {@code e}: no word character, and no date separator or colon before a digit. */
    private static boolean endsForm(String text, int e) {
        if (e >= text.length()) {
            return true;
        }
        char c = text.charAt(e);
        if (isWordChar(c)) {
            return false;
        }
        return !("/.:-".indexOf(c) >= 0 && e + 1 < text.length() && isDigit(text.charAt(e + 1)));
    }

    /** The ISO form's check on a layout {@link #isoEnd} read: year, month, day and (if any) hour and minute in range. */
    private static boolean isoValid(String text, int i, int end) {
        int year = fixed(text, i, 4);
        int month = fixed(text, i + 5, 2);
        int day = fixed(text, i + 8, 2);
        boolean date = year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
        return date && (end == i + 10 || (fixed(text, i + 11, 2) <= 24 && fixed(text, i + 14, 2) <= 59));
    }

    /** The value of the {@code count} ASCII digits at {@code i}. */
    private static int fixed(String text, int i, int count) {
        int v = 0;
        for (int k = i; k < i + count; k++) {
            v = v * 10 + (text.charAt(k) - '0');
        }
        return v;
    }

    /** The kind of character (one of {@link #SPACE} … {@link #LETTER}, or 0) after a digit run. */
    private static int afterKind(char c) {
        if (c < 128) {
            return AFTER_KIND[c];
        }
        return Character.isLetter(c) ? LETTER : 0;
    }

    /** What {@code \w} matches: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * After the first digit run (ending at {@code e}): a separator from {@code seps}, a run of one
     * or two digits, the same separator, and a run of {@code lastMin} to {@code lastMax} digits.
     */
    private static boolean threeGroups(String text, int e, String seps, int lastMin, int lastMax) {
        if (e >= text.length() || seps.indexOf(text.charAt(e)) < 0) {
            return false;
        }
        char sep = text.charAt(e);
        int middle = digitsAt(text, e + 1);
        int q = e + 1 + middle;
        if (middle < 1 || middle > 2 || q >= text.length() || text.charAt(q) != sep) {
            return false;
        }
        int last = digitsAt(text, q + 1);
        return last >= lastMin && last <= lastMax;
    }

    private static int digitsAt(String text, int i) {
        int j = i;
        while (j < text.length() && isDigit(text.charAt(j))) {
            j++;
        }
        return j - i;
    }

    /** {@code a/b} is a valid day and month in one order or the other (US or European). */
    private static boolean dayMonthEitherWay(Matcher m, Groups g, String text) {
        int a = number(m, g.a(), text);
        int b = number(m, g.b(), text);
        boolean dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
        boolean monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        return (dayMonth || monthDay) && time(m, g, text);
    }

    /** "March 5" is a date, "we march 5 miles" is not: without a year the month must be capitalised. */
    private static boolean capitalised(Matcher m, Groups g, String text) {
        return Character.isUpperCase(text.charAt(m.start(g.mon())));
    }

    private static boolean year(Matcher m, int group, String text) {
        int y = number(m, group, text);
        return y >= 1000 && y <= 2999;
    }

    private static boolean month(Matcher m, int group, String text) {
        int v = number(m, group, text);
        return v >= 1 && v <= 12;
    }

    private static boolean day(Matcher m, int group, String text) {
        int v = number(m, group, text);
        return v >= 1 && v <= 31;
    }

    private static boolean time(Matcher m, Groups g, String text) {
        if (g.hour() >= 0 && m.start(g.hour()) >= 0) {
            return number(m, g.hour(), text) <= 24 && number(m, g.minute(), text) <= 59;
        }
        return true;
    }

    /** The value of a matched group of ASCII digits (at most four), read without a substring. */
    private static int number(Matcher m, int group, String text) {
        return fixed(text, m.start(group), m.end(group) - m.start(group));
    }
}
