package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import dev.veil.detect.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value that follows a label ("password: ...", "user id = ..."). Patterns start with the label
 * and mark the value with a group named {@code v}; they are tried only where a word starts with
 * one of the label stems, so prose without those words costs a look at each word's first letter.
 * A stem may hold {@code _} for an optional space, underscore or hyphen ({@code client_secret}
 * stands for "client secret", "client_secret", "client-secret" and "clientsecret"), so that
 * a common first word ("client", "account") is tried only when the rest of the label follows.
 * With gate words (every word a label can begin with, as the text's words read it), a text
 * that contains none of them costs a few look-ups in its shared word filter.
 * The label is the required context: nothing is reported without it.
 */
final class KeywordValueDetector implements Detector {
    /**
     * One labelled form: the pattern (label included), its base score, an optional check of the
     * value, and optionally the pattern read by hand ({@code reading}), which is then asked instead.
     */
    record Rule(String name, Pattern pattern, double baseScore, Validator validator, Reading reading) {
        Rule {
            Objects.requireNonNull(name);
            Objects.requireNonNull(pattern);
        }

        Rule(String name, Pattern pattern, double baseScore, Validator validator) {
            this(name, pattern, baseScore, validator, null);
        }
    }

    /**
     * A rule's pattern read by hand, for a pattern whose match ends where its value does and is
     * shorter than {@link #MAX_MATCH}: what {@code lookingAt} at {@code at} answers, as the value's
     * {@code start << 32 | end}, or -1 for no match. A matcher's set-up costs more than most
     * labelled values take to read.
     */
    @FunctionalInterface
    interface Reading {
        long read(String text, int at);
    }

    private static final int MAX_MATCH = 400;
    private static final ContextWords NO_CONTEXT = ContextWords.of();
    private final String name;
    private final EntityType type;
    /** Each stem's parts, split at its optional separators. */
    private final List<String[]> stems;
    private final List<Rule> rules;
    /**
     * The number of each rule's value group {@code v} ({@link RegexGroups}), so that a match is
     * read by number: by name, each of the five reads of a match looks the name up in a map
     * (~1 % of the engine's time on the mixed text, whose logs hold a "user=" per line).
     */
    private final int[] valueGroups;
    /** Each rule's explanation, made once (see {@link Scoring}). */
    private final Explanation[] whys;
    /** The ASCII letters a stem starts with, in both cases. */
    private final boolean[] firstLetters = new boolean[128];
    /** The shortest first part of a stem: shorter words cannot start a label. */
    private final int shortestStem;
    /**
     * The pairs of lower-case ASCII letters the stems start with, as {@code (first - 'a') * 26 +
     * (second - 'a')}; {@code null} when a stem's first part has a single letter.
     */
    private final boolean[] firstPairs;

    private final List<String> stemList;
    private final List<String> gateWords;
    /** Words one of which every label's first word is (hashed once); {@code null} for no gate. */
    private final ContextWords gate;

    KeywordValueDetector(String name, EntityType type, List<String> stems, List<Rule> rules) {
        this(name, type, stems, rules, List.of());
    }

    /**
     * @param gateWords lower-case words, one of which is the first word (maximal run of letters)
     *                  of every label the rules match; a text without any of them is skipped
     */
    KeywordValueDetector(String name, EntityType type, List<String> stems, List<Rule> rules, List<String> gateWords) {
        this(name, type, stems, rules, gateWords, true);
    }

    private KeywordValueDetector(String name, EntityType type, List<String> stems, List<Rule> rules,
                                 List<String> gateWords, boolean pairFilter) {
        this.stemList = List.copyOf(stems);
        this.gateWords = List.copyOf(gateWords);
        this.gate = gateWords.isEmpty() ? null : ContextWords.of(gateWords.toArray(String[]::new));
        this.name = name;
        this.type = type;
        this.stems = stems.stream().map(s -> s.toLowerCase(Locale.ROOT).split("_")).toList();
        this.rules = List.copyOf(rules);
        this.valueGroups = this.rules.stream().mapToInt(r -> RegexGroups.index(r.pattern().pattern(), "v")).toArray();
        this.whys = this.rules.stream().map(r -> Explanation.of(name, r.name(), r.baseScore())).toArray(Explanation[]::new);
        for (int g : valueGroups) {
            if (g < 0) {
                throw new IllegalArgumentException("every rule marks its value with a group named v");
            }
        }
        int shortest = Integer.MAX_VALUE;
        for (String stem : stems) {
            if (!stem.matches("[a-z]+(?:_[a-z]+)*")) {
                throw new IllegalArgumentException("stems are ASCII letters, maybe with _: " + stem);
            }
            char c = stem.charAt(0);
            firstLetters[c] = true;
            firstLetters[Character.toUpperCase(c)] = true;
            shortest = Math.min(shortest, stem.indexOf('_') < 0 ? stem.length() : stem.indexOf('_'));
        }
        this.shortestStem = shortest;
        this.firstPairs = shortest < 2 || !pairFilter ? null : new boolean[26 * 26];
        for (String stem : stems) {
            if (firstPairs != null) {
                firstPairs[(stem.charAt(0) - 'a') * 26 + stem.charAt(1) - 'a'] = true;
            }
        }
    }

    /** This detector checking every word whose first letter starts a stem: to check that the pair filter finds the same. */
    KeywordValueDetector withoutPairFilter() {
        return new KeywordValueDetector(name, type, stemList, rules, gateWords, false);
    }

    /** The rules, in the order they are tried (tests). */
    List<Rule> rules() {
        return rules;
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
        List<Finding> out = new ArrayList<>();
        if (gate != null && !gate.mayAppearIn(view)) {
            return out;
        }
        String text = view.text();
        Matcher[] matchers = null;
        // every label starts with a letter after a non-letter: a word start. The patterns are
        // case-insensitive for ASCII only, so a word starting with any other letter cannot match.
        int resume = 0;
        int words = view.wordCount();
        for (int k = 0; k < words; k++) {
            if (firstPairs != null) {
                // most words end here, on their first two letters from the shared index; a pair
                // that does not fold to a-z (a letter that stands for an ASCII one) goes on
                int pair = view.wordFirstPair(k);
                if (pair >= 0 && !firstPairs[pair]) {
                    continue;
                }
            }
            int i = view.wordStart(k);
            char c = text.charAt(i);
            if (c >= 128 || !firstLetters[c] || i < resume || view.wordEnd(k) - i < shortestStem
                    || !mayStartStem(c, text.charAt(i + 1)) || !startsLabel(text, i)) {
                continue;
            }
            if (matchers == null) {
                matchers = new Matcher[rules.size()];
            }
            resume = tryAt(view, matchers, out, i);
        }
        return out;
    }

    /** Tries the rules at label start {@code i}; answers where to go on from. */
    private int tryAt(TextView view, Matcher[] matchers, List<Finding> out, int i) {
        int n = view.length();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (rule.reading() != null) {
                long read = rule.reading().read(view.text(), i);
                int s = (int) (read >>> 32);
                int e = (int) read;
                if (read != -1 && e > s && (rule.validator() == null
                        || rule.validator().isValid(view.text().substring(s, e)))) {
                    out.add(Scoring.score(type, name, whys[r], NO_CONTEXT, false, view, s, e));
                    return e;
                }
                continue;
            }
            Matcher m = Scoring.matcher(matchers, r, rule.pattern(), view.text());
            int v = valueGroups[r];
            if (Scoring.matchesAt(m, i, MAX_MATCH, n) && m.start(v) >= 0 && m.end(v) > m.start(v)
                    && (rule.validator() == null || rule.validator().isValid(m.group(v)))) {
                out.add(Scoring.score(type, name, whys[r], NO_CONTEXT, false, view, m.start(v), m.end(v)));
                return m.end();
            }
        }
        return i + 1;
    }

    /**
     * Whether a word starting with ASCII letter {@code first} and letter {@code second} may start
     * a stem: {@link #startsLabel} compares ignoring case, for which a non-ASCII letter may stand
     * for an ASCII one, so only an ASCII {@code second} outside the stems' pairs rules it out.
     */
    private boolean mayStartStem(char first, char second) {
        if (firstPairs == null || second >= 128) {
            return true;
        }
        int f = (first | 0x20) - 'a';
        int s = (second | 0x20) - 'a';
        return s < 0 || s >= 26 || firstPairs[f * 26 + s];
    }

    private boolean startsLabel(String text, int i) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(i));
        for (String[] parts : stems) {
            if (parts[0].charAt(0) == c && startsWith(text, i, parts)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parts of a stem are at {@code i}, each after an optional space, underscore or hyphen. */
    private static boolean startsWith(String text, int i, String[] parts) {
        int j = i;
        for (int p = 0; p < parts.length; p++) {
            if (p > 0 && j < text.length() && " _-".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (!matchesIgnoringCase(text, j, parts[p])) {
                return false;
            }
            j += parts[p].length();
        }
        return true;
    }

    /**
     * {@code text.regionMatches(true, at, part, 0, part.length())} for a part of lower-case ASCII
     * letters: an ASCII character matches when it is the letter in either case (its 0x20 bit
     * set), any other as {@code regionMatches} has it ("ſ" for "s", the Kelvin sign for "k").
     */
    static boolean matchesIgnoringCase(String text, int at, String part) {
        if (at < 0 || at + part.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < part.length(); k++) {
            char c = text.charAt(at + k);
            if (c < 128 ? (c | 0x20) != part.charAt(k) : !text.regionMatches(true, at + k, part, k, 1)) {
                return false;
            }
        }
        return true;
    }
}
