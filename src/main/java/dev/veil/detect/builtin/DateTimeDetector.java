package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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
     * One form; {@code gate} tells from the digit run's length and the character after it whether
     * the form can start there (month-name forms are gated on the month name instead).
     */
    private record Rule(String name, Pattern pattern, double base, Predicate<Matcher> valid, Gate gate) {
    }

    @FunctionalInterface
    private interface Gate {
        boolean mayStart(int runLength, char after);
    }

    private static final Gate ANY_RUN = (run, after) -> true;

    private static final List<Rule> RULES = List.of(
            new Rule("iso", Pattern.compile(BEFORE + "(?<y>\\d{4})(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})"
                    + TIME + AFTER), 0.85, m -> year(m, "y") && month(m, "m") && day(m, "d") && time(m),
                    (run, after) -> run == 4 && "-/.".indexOf(after) >= 0),
            new Rule("numeric", Pattern.compile(BEFORE + "(?<a>\\d{1,2})(?<s>[-/.])(?<b>\\d{1,2})\\k<s>"
                    + "(?<y>\\d{4})" + TIME + AFTER), 0.65, m -> year(m, "y") && dayMonthEitherWay(m),
                    (run, after) -> run <= 2 && "-/.".indexOf(after) >= 0),
            new Rule("numeric-short-year", Pattern.compile(BEFORE + "(?<a>\\d{1,2})(?<s>[-/])(?<b>\\d{1,2})\\k<s>"
                    + "(?<y>\\d{2})" + TIME + AFTER), 0.55, DateTimeDetector::dayMonthEitherWay,
                    (run, after) -> run <= 2 && (after == '-' || after == '/')),
            // dotted with a two-digit year is also how versions are written (2.10.15)
            new Rule("dotted-short-year", Pattern.compile(BEFORE + "(?<a>\\d{1,2})\\.(?<b>\\d{1,2})\\."
                    + "(?<y>\\d{2})" + TIME + AFTER), 0.3, DateTimeDetector::dayMonthEitherWay,
                    (run, after) -> run <= 2 && after == '.'),
            new Rule("day-month-name", Pattern.compile("(?i)" + BEFORE + "(?<d>\\d{1,2})" + ORD
                    + "(?:[ -]{1,2}|[ ]of[ ])" + MONTH + "(?:(?:[ -]|,[ ]?)(?<y>\\d{4}))?" + TIME + AFTER),
                    0.6, m -> day(m, "d") && (m.group("y") == null || year(m, "y")) && time(m),
                    (run, after) -> run <= 2 && (after == ' ' || after == '-' || Character.isLetter(after))),
            new Rule("month-name-day", Pattern.compile("(?i)(?<![\\w])" + MONTH + "[ -]{1,2}(?<d>\\d{1,2})" + ORD
                    + "(?:,?[ ]{1,2}(?<y>\\d{4}))?" + TIME + AFTER),
                    0.6, m -> day(m, "d") && (m.group("y") == null ? capitalised(m) : year(m, "y")) && time(m),
                    ANY_RUN),
            new Rule("month-name-year", Pattern.compile("(?i)(?<![\\w])" + MONTH + "[ -]{1,2}(?<y>\\d{4})" + AFTER),
                    0.6, m -> year(m, "y"), ANY_RUN),
            new Rule("month-year", Pattern.compile(BEFORE + "(?<m>\\d{1,2})[/.-](?<y>(?:1[89]|2[01])\\d\\d)" + AFTER),
                    0.3, m -> month(m, "m"), (run, after) -> run <= 2 && "-/.".indexOf(after) >= 0),
            new Rule("month-day", Pattern.compile(BEFORE + "(?<a>\\d{1,2})/(?<b>\\d{1,2})" + AFTER),
                    0.3, DateTimeDetector::dayMonthEitherWay, (run, after) -> run <= 2 && after == '/'));

    private static final Set<String> MONTH_PREFIXES = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec");
    private static final int MAX_LENGTH = 80;
    private static final ContextWords CONTEXT = ContextWords.of("date", "dated", "today", "tomorrow",
            "yesterday", "born", "birth", "birthday", "dob", "on", "since", "until", "till", "expires",
            "expiry", "expiration", "issued", "due", "admitted", "discharged", "appointment", "visit",
            "deadline", "day", "when", "from", "effective", "signed", "created", "updated", "time");

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
        int n = text.length();
        List<Matcher> matchers = RULES.stream().map(r -> r.pattern().matcher(text)).toList();
        List<Finding> out = new ArrayList<>();
        // every form contains a digit run: try the rules only at digit runs, or at the month name before one
        for (int i = 0; i < n; i++) {
            if (!isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
                continue;
            }
            int runEnd = i;
            while (runEnd < n && isDigit(text.charAt(runEnd))) {
                runEnd++;
            }
            char after = runEnd < n ? text.charAt(runEnd) : '\n';
            boolean canContinue = "-/. ".indexOf(after) >= 0 || Character.isLetter(after);
            if (runEnd - i > 4 || !canContinue && monthNameBefore(text, i) < 0) {
                i = runEnd - 1;  // no form has a longer run, and every other form goes on after it
                continue;
            }
            int monthStart = monthNameBefore(text, i);
            // the forms that start at the digit run share BEFORE: no word character or /.:+- before it
            boolean beforeOk = i == 0
                    || !(isWordChar(text.charAt(i - 1)) || "/.:+-".indexOf(text.charAt(i - 1)) >= 0);
            int bestRule = -1;
            int bestStart = -1;
            int bestEnd = -1;
            for (int r = 0; r < RULES.size(); r++) {
                Rule rule = RULES.get(r);
                boolean byMonth = rule.name().startsWith("month-name");
                if (!byMonth && (!beforeOk || !rule.gate().mayStart(runEnd - i, after))) {
                    continue;
                }
                int start = byMonth ? monthStart : i;
                Matcher m = matchers.get(r);
                if (start >= 0 && Scoring.matchesAt(m, start, MAX_LENGTH, n) && m.end() - m.start() > bestEnd - bestStart
                        && rule.valid().test(m)) {
                    bestRule = r;
                    bestStart = m.start();
                    bestEnd = m.end();
                }
            }
            if (bestRule >= 0) {
                Rule rule = RULES.get(bestRule);
                out.add(Scoring.score(EntityType.DATE_TIME, NAME, rule.name(), rule.base(), CONTEXT, false,
                        view, bestStart, bestEnd));
                i = bestEnd - 1;
            }
        }
        return out;
    }

    /** Start of a month name that ends one or two spaces or hyphens before {@code digit}, else -1. */
    private static int monthNameBefore(String text, int digit) {
        int k = digit;
        int gap = 0;
        while (k > 0 && gap < 2 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '-')) {
            k--;
            gap++;
        }
        if (gap == 0) {
            return -1;
        }
        if (k > 0 && text.charAt(k - 1) == '.') {
            k--;  // "Sept. 5"
        }
        int w = k;
        while (w > 0 && k - w < 9 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (k - w < 3 || (w > 0 && Character.isLetter(text.charAt(w - 1)))) {
            return -1;
        }
        String word = text.substring(w, w + 3).toLowerCase(Locale.ROOT);
        return MONTH_PREFIXES.contains(word) ? w : -1;
    }

    /** What {@code \w} matches: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code a/b} is a valid day and month in one order or the other (US or European). */
    private static boolean dayMonthEitherWay(Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        boolean dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
        boolean monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        return (dayMonth || monthDay) && time(m);
    }

    /** "March 5" is a date, "we march 5 miles" is not: without a year the month must be capitalised. */
    private static boolean capitalised(Matcher m) {
        return Character.isUpperCase(m.group("mon").charAt(0));
    }

    private static boolean year(Matcher m, String group) {
        int y = Integer.parseInt(m.group(group));
        return y >= 1000 && y <= 2999;
    }

    private static boolean month(Matcher m, String group) {
        int v = Integer.parseInt(m.group(group));
        return v >= 1 && v <= 12;
    }

    private static boolean day(Matcher m, String group) {
        int v = Integer.parseInt(m.group(group));
        return v >= 1 && v <= 31;
    }

    private static boolean time(Matcher m) {
        if (m.pattern().pattern().contains("(?<H>") && m.group("H") != null) {
            return Integer.parseInt(m.group("H")) <= 24 && Integer.parseInt(m.group("M")) <= 59;
        }
        return true;
    }
}
