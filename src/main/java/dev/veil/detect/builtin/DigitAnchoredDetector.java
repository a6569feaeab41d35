package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import dev.veil.detect.Validator;
import java.util.List;
import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns that begin with a number (a house number, a day), tried only where a run of digits
 * starts a word, instead of at every position of the text. Where several rules match at the
 * same place, the longest match wins.
 */
final class DigitAnchoredDetector implements Detector {
    /** One pattern, which must match starting at the first digit of a run; {@code validator} may be null. */
    record Rule(String name, Pattern pattern, double baseScore, Validator validator, Reach reach) {
        Rule(String name, Pattern pattern, double baseScore, Validator validator) {
            this(name, pattern, baseScore, validator, null);
        }

        Rule(String name, Pattern pattern, double baseScore) {
            this(name, pattern, baseScore, null, null);
        }

        /** This rule, tried only where {@code reach} says a match may be. */
        Rule onlyWhere(Reach r) {
            return new Rule(name, pattern, baseScore, validator, r);
        }
    }

    /**
     * Something every match of a rule holds, told cheaply from what the view shares (a UK
     * postcode's inward code for a street that ends in one): where it says no, the rule's pattern,
     * which would take microseconds to fail, is not run.
     */
    @FunctionalInterface
    interface Reach {
        /** {@code false} when no match of the rule can start at {@code start} and end by {@code limit}. */
        boolean mayMatch(TextView view, int start, int limit);
    }

    private final String name;
    private final EntityType type;
    private final List<Rule> rules;
    private final ContextWords context;
    private final int maxLength;
    private final boolean contextRequired;
    private final DigitAnchor gate;
    /** The gate's {@link DigitAnchor#longestRun} and {@link DigitAnchor#afterRun}, read once. */
    private final int longestRun;
    private final RunIndex.Chars afterRun;
    /** The starts to try, when a shared pass finds them; {@code null} to test every digit run with the gate. */
    private final TextView.SharedPass<int[]> starts;
    /** The rule that matches wherever any rule does ({@link #withCommonRule}), tried first; -1 for none. */
    private final int commonRule;

    DigitAnchoredDetector(String name, EntityType type, List<Rule> rules, ContextWords context, int maxLength) {
        this(name, type, rules, context, maxLength, false);
    }

    /** With {@code contextRequired}, a match is reported only when a context word is near. */
    DigitAnchoredDetector(String name, EntityType type, List<Rule> rules, ContextWords context, int maxLength,
                          boolean contextRequired) {
        this(name, type, rules, context, maxLength, contextRequired, (text, i) -> true);
    }

    /**
     * With a {@code gate}: a cheap test of the characters at and after a digit run's start that
     * every match needs, so the patterns run only where they can match.
     */
    DigitAnchoredDetector(String name, EntityType type, List<Rule> rules, ContextWords context, int maxLength,
                          boolean contextRequired, DigitAnchor gate) {
        this(name, type, rules, context, maxLength, contextRequired, gate, null, -1);
    }

    /**
     * With the starts to try found by a shared pass (see {@link #startsPassing}), so that
     * detectors with the same gate test each digit run once between them.
     */
    DigitAnchoredDetector(String name, EntityType type, List<Rule> rules, ContextWords context, int maxLength,
                          boolean contextRequired, TextView.SharedPass<int[]> starts) {
        this(name, type, rules, context, maxLength, contextRequired, (text, i) -> true, starts, -1);
    }

    private DigitAnchoredDetector(String name, EntityType type, List<Rule> rules, ContextWords context, int maxLength,
                                  boolean contextRequired, DigitAnchor gate,
                                  TextView.SharedPass<int[]> starts, int commonRule) {
        this.starts = starts;
        this.gate = gate;
        this.longestRun = gate.longestRun();
        this.afterRun = gate.afterRun();
        this.name = name;
        this.type = type;
        this.rules = List.copyOf(rules);
        this.context = context;
        this.maxLength = maxLength;
        this.contextRequired = contextRequired;
        this.commonRule = commonRule;
    }

    /**
     * This detector, told that rule {@code ruleName} matches wherever any of its rules does (the
     * other rules are it and more: "street" within "street, city, state"), so that at a start where
     * that rule fails none is tried: most starts pass the gate and are no match at all.
     */
    DigitAnchoredDetector withCommonRule(String ruleName) {
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).name().equals(ruleName)) {
                return new DigitAnchoredDetector(name, type, rules, context, maxLength, contextRequired, gate, starts, r);
            }
        }
        throw new IllegalArgumentException("no rule " + ruleName);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(type);
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        Matcher[] matchers = new Matcher[rules.size()]; // filled on first use (Scoring.matcher)
        List<Finding> out = new ArrayList<>();
        if (starts != null) {
            int resume = 0;
            for (int i : view.shared(starts)) {
                if (i >= resume) {
                    resume = tryAt(view, matchers, out, i);
                }
            }
            return out;
        }
        // the first digit of each of the view's runs, read directly (as CandidateLoop's
        // DIGIT_RUN_STARTS visits them, without a call through a lambda per run: tables of
        // numbers have tens of thousands of runs per MB); a digit never precedes a run's start
        int resume = 0;
        int runs = view.digitRunCount();
        for (int k = 0; k < runs; k++) {
            int i = view.digitRunStart(k);
            int e = view.digitRunEnd(k);
            if (i < resume || !runFits(text, i, e, longestRun, afterRun)
                    || (i > 0 && isLetter(text.charAt(i - 1))) || !gate.atRun(text, i, e)) {
                continue;
            }
            resume = tryAt(view, matchers, out, i);
        }
        return out;
    }

    /** {@link Character#isLetterOrDigit(char)} for a character that is not an ASCII digit. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetterOrDigit(c);
    }

    /**
     * A pass that finds the first digits of the runs that start a number (no letter or digit
     * before) and pass {@code gate}, ascending: the starts a detector built with it tries.
     */
    static TextView.SharedPass<int[]> startsPassing(DigitAnchor gate) {
        return gate.followedBy() == null ? startsPassingEveryRun(gate) : view -> startsBefore(view, gate);
    }

    /** {@link #startsPassing} by a visit of every digit run of the text: what {@link #startsBefore} is compared with. */
    static TextView.SharedPass<int[]> startsPassingEveryRun(DigitAnchor gate) {
        return view -> {
            String text = view.text();
            int[] out = new int[16];
            int size = 0;
            int longest = gate.longestRun();
            RunIndex.Chars after = gate.afterRun();
            for (int k = 0; k < view.digitRunCount(); k++) {
                int i = view.digitRunStart(k);
                if (startsNumber(text, i, view.digitRunEnd(k), longest, after, gate)) {
                    out = added(out, size++, i);
                }
            }
            return java.util.Arrays.copyOf(out, size);
        };
    }

    /**
     * {@link #startsPassing} for a gate that declares the characters that follow its runs
     * ({@link DigitAnchor#followedBy}): from each such character, the digit runs that end within
     * {@link DigitAnchor#followedWithin} characters before it are tested as every run would be.
     * A run the gate accepts has one of them that close after its end, so the same runs pass; on
     * the generated mixed text the age gate accepted none of its 408,000 runs, and visiting them
     * all was about 2 % of the engine's time, against a search for the 53,000 y's of the text.
     */
    private static int[] startsBefore(TextView view, DigitAnchor gate) {
        String text = view.text();
        int n = text.length();
        int longest = gate.longestRun();
        RunIndex.Chars after = gate.afterRun();
        int within = gate.followedWithin();
        String followers = gate.followedBy();
        int[] out = new int[16];
        int size = 0;
        for (int f = 0; f < followers.length(); f++) {
            char follower = followers.charAt(f);
            for (int p = text.indexOf(follower); p >= 0; p = text.indexOf(follower, p + 1)) {
                if (p == 0 || !mayLeadToFollower(text.charAt(p - 1))) {
                    continue;  // most y's are inside words
                }
                for (int e = Math.max(1, p - within); e <= p; e++) {
                    if (!isAsciiDigit(text.charAt(e - 1)) || (e < n && isAsciiDigit(text.charAt(e)))) {
                        continue;  // no run of digits ends at e
                    }
                    int i = e - 1;
                    while (i > 0 && isAsciiDigit(text.charAt(i - 1)) && e - i <= longest) {
                        i--;
                    }
                    if (i > 0 && isAsciiDigit(text.charAt(i - 1))) {
                        continue;  // a longer run than the gate accepts
                    }
                    if (startsNumber(text, i, e, longest, after, gate)) {
                        out = added(out, size++, i);
                    }
                }
            }
        }
        // ascending and once each, as the visit of every run gives them (a run may be before two followers)
        java.util.Arrays.sort(out, 0, size);
        int kept = 0;
        for (int k = 0; k < size; k++) {
            if (kept == 0 || out[k] != out[kept - 1]) {
                out[kept++] = out[k];
            }
        }
        return java.util.Arrays.copyOf(out, kept);
    }

    /**
     * Whether digit run {@code [i, e)} starts a number (no letter or digit before it) that
     * {@code gate} accepts, its length and following character tested first.
     */
    private static boolean startsNumber(String text, int i, int e, int longest, RunIndex.Chars after, DigitAnchor gate) {
        return runFits(text, i, e, longest, after)
                && !(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) && gate.atRun(text, i, e);
    }

    /** {@code out} with {@code value} at {@code size}, grown when full. */
    private static int[] added(int[] out, int size, int value) {
        int[] to = size == out.length ? java.util.Arrays.copyOf(out, size * 2) : out;
        to[size] = value;
        return to;
    }

    /**
     * Whether {@code c} may stand right before the follower of an accepted run: the run's last
     * digit, or what an anchor that declares followers lets stand between them (a decimal point
     * and decimals, spaces and hyphens: {@link AgeDetectors}' unit). A follower after any other
     * character is that of no run.
     */
    private static boolean mayLeadToFollower(char c) {
        return isAsciiDigit(c) || c == '.' || c == ' ' || c == '-';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the digit run {@code [i, e)} is one the gate can accept by its declared length and
     * following character ({@link DigitAnchor#longestRun}, {@link DigitAnchor#afterRun}), told
     * without a call through the gate.
     */
    private static boolean runFits(String text, int i, int e, int longest, RunIndex.Chars after) {
        return e - i <= longest && after.has(e < text.length() ? text.charAt(e) : 0);
    }

    /** Tries the rules at {@code i}; answers where to go on from. */
    private int tryAt(TextView view, Matcher[] matchers, List<Finding> out, int i) {
        int n = view.length();
        if (commonRule >= 0 && !Scoring.matchesAt(
                Scoring.matcher(matchers, commonRule, rules.get(commonRule).pattern(), view.text()), i, maxLength, n)) {
            return i + 1;
        }
        Rule best = null;
        int bestEnd = -1;
        for (int r = 0; r < rules.size(); r++) {
            Matcher m = Scoring.matcher(matchers, r, rules.get(r).pattern(), view.text());
            Validator v = rules.get(r).validator();
            // the common rule has just matched here: its matcher still holds the match
            Reach reach = rules.get(r).reach();
            boolean matches = r == commonRule || ((reach == null || reach.mayMatch(view, i, Math.min(n, i + maxLength)))
                    && Scoring.matchesAt(m, i, maxLength, n));
            if (matches && m.end() > bestEnd && (v == null || v.isValid(m.group()))) {
                best = rules.get(r);
                bestEnd = m.end();
            }
        }
        Finding f = best == null ? null
                : Scoring.score(type, name, best.name(), best.baseScore(), context, contextRequired, view, i, bestEnd);
        if (f == null) {
            return i + 1;
        }
        out.add(f);
        return bestEnd;
    }
}
