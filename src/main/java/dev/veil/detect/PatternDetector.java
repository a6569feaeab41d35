package dev.veil.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector declared as data: patterns with base scores, an optional validator, context words
 * and a trigger (see {@link ScoreModel}). If a pattern has a group named {@code v}, the finding
 * is that group; otherwise the whole match. Patterns must be written so that they cannot
 * backtrack catastrophically (no nested unbounded quantifiers; bounded repeats; possessive or
 * atomic forms where a run is followed by something that could also match it); the adversarial
 * input test checks every built-in detector. By default each pattern scans the trigger's regions
 * with {@code find}; a detector that declares its {@link Builder#candidates candidate starts}
 * (found by a cheap shared pass) is tried only there, with {@code lookingAt}, and finds the same.
 * A scanning detector that requires context scans only the trigger regions where a match could
 * find a context phrase ({@link ContextWords#regionsNear}): a keyword mentioned once costs the
 * regions around it, not every region of the text.
 */
public final class PatternDetector implements Detector {
    /** One regular expression of a detector. */
    public record Rule(String name, Pattern pattern, double baseScore) {
        public Rule {
            Objects.requireNonNull(name);
            Objects.requireNonNull(pattern);
            if (baseScore < 0 || baseScore > 1) {
                throw new IllegalArgumentException("base score out of [0,1]: " + baseScore);
            }
        }
    }

    private final String name;
    private final EntityType type;
    private final List<Rule> rules;
    private final Validator validator;
    private final String validatorName;
    private final ContextWords context;
    /** Per rule: its trailing look-arounds as a pattern of their own, or {@code null} when they cannot be read or are not needed. */
    private final Pattern[] endChecks;
    /** Whether a reported span may start between two letters, as {@link RegexEdges} reads the patterns ({@code true} when unsure). */
    private final boolean spansMayStartInWord;
    /** Whether a reported span may end between two letters. */
    private final boolean spansMayEndInWord;
    private final boolean contextRequired;
    private final Trigger trigger;
    private final double validatedScore;
    /** The layout test for a candidate whose check fails, or {@code null}: such candidates are dropped. */
    private final Validator failedCheckShape;
    private final double failedCheckScore;
    private final Candidates candidates;
    /**
     * Whether a detector that requires context runs only in the trigger regions where a match
     * could find a context phrase ({@link ContextWords#regionsNear}); off only to check that
     * this finds the same as every region.
     */
    private final boolean nearContextOnly;
    /** Per rule: whether its pattern marks the finding with a group {@code v}. */
    private final boolean[] hasGroup;

    /**
     * Where matches can start, found by a cheap pass instead of a pattern scan (see
     * {@link Builder#candidates}).
     */
    @FunctionalInterface
    public interface Candidates {
        /**
         * Positions, ascending and without repeats, that include the start of every match of
         * every rule of the detector in {@code view}'s text.
         */
        int[] starts(TextView view);
    }

    private PatternDetector(Builder b) {
        this.name = b.name;
        this.type = b.type;
        this.rules = List.copyOf(b.rules);
        this.validator = b.validator;
        this.validatorName = b.validatorName;
        this.contextRequired = b.contextRequired;
        this.trigger = b.trigger;
        this.validatedScore = b.validatedScore;
        this.failedCheckShape = b.failedCheckShape;
        this.failedCheckScore = b.failedCheckScore;
        this.candidates = b.candidates;
        this.nearContextOnly = b.nearContextOnly;
        this.hasGroup = new boolean[rules.size()];
        this.endChecks = new Pattern[rules.size()];
        // the patterns' edges matter only to a detector that scans near its context phrases alone:
        // the others are not read (less work when the built-in detectors are made, at a cold start)
        boolean nearPhrases = b.contextRequired && b.nearContextOnly && b.candidates == null;
        boolean startsInWord = !nearPhrases;
        boolean endsInWord = !nearPhrases;
        for (int k = 0; k < rules.size(); k++) {
            String regex = rules.get(k).pattern().pattern();
            hasGroup[k] = regex.contains("(?<v>");
            if (nearPhrases) {
                String after = RegexEdges.trailingLookarounds(regex);
                endChecks[k] = after == null ? null : Pattern.compile(after, rules.get(k).pattern().flags());
                // a reported group may start or end anywhere in its match
                startsInWord |= hasGroup[k] || RegexEdges.mayStartInWord(regex);
                endsInWord |= hasGroup[k] || RegexEdges.mayEndInWord(regex);
            }
        }
        this.spansMayStartInWord = startsInWord;
        this.spansMayEndInWord = endsInWord;
        // the regions a match could find a context phrase in: none that only a word cut by a candidate would show
        this.context = b.context.forCandidates(startsInWord, endsInWord);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException(name + ": no patterns");
        }
        if (contextRequired && context.isEmpty()) {
            throw new IllegalArgumentException(name + ": context required but no context words");
        }
    }

    /**
     * This detector without its {@link Builder#candidates} declaration: the scan over the regions
     * that the declaration replaces, to check that both find the same.
     */
    public PatternDetector scanning() {
        Builder b = copy();
        b.candidates = null;
        return new PatternDetector(b);
    }

    /**
     * This detector scanning every trigger region, also those in which no match could find a
     * required context phrase: to check that skipping them finds the same.
     */
    public PatternDetector everyRegion() {
        Builder b = copy();
        b.nearContextOnly = false;
        return new PatternDetector(b);
    }

    /** This detector with {@code other} as its trigger: to check that a narrower trigger finds the same. */
    public PatternDetector withTrigger(Trigger other) {
        Builder b = copy();
        b.trigger = Objects.requireNonNull(other);
        return new PatternDetector(b);
    }

    public Trigger trigger() {
        return trigger;
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Whether a reported span may start between two letters (cutting a word), as the patterns'
     * text tells ({@code true} when it cannot tell, and for a detector that does not scan near its
     * context phrases alone, whose patterns are not read): where it cannot, a detector that
     * requires context looks for no phrase that only such a cut would show.
     */
    public boolean spansMayStartInWord() {
        return spansMayStartInWord;
    }

    /** The same for a span's end. */
    public boolean spansMayEndInWord() {
        return spansMayEndInWord;
    }

    /** A builder holding this detector's settings. */
    private Builder copy() {
        Builder b = new Builder(name, type);
        b.rules.addAll(rules);
        b.validator = validator;
        b.validatorName = validatorName;
        b.context = context;
        b.contextRequired = contextRequired;
        b.trigger = trigger;
        b.validatedScore = validatedScore;
        b.failedCheckShape = failedCheckShape;
        b.failedCheckScore = failedCheckScore;
        b.candidates = candidates;
        b.nearContextOnly = nearContextOnly;
        return b;
    }

    /** Whether matches are tried only at declared candidate starts (see {@link Builder#candidates}). */
    public boolean hasCandidates() {
        return candidates != null;
    }

    public static Builder builder(String name, EntityType type) {
        return new Builder(name, type);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(type);
    }

    /** Its context phrases when it scans only the regions near them (see {@link #detect}). */
    @Override
    public List<ContextWords> contextPhrases() {
        return contextRequired && nearContextOnly && candidates == null ? List.of(context) : List.of();
    }

    public EntityType type() {
        return type;
    }

    @Override
    public List<Finding> detect(TextView view) {
        if (contextRequired && !context.mayAppearIn(view)) {
            return List.of();
        }
        String text = view.text();
        int[] regions = view.regions(trigger);
        if (regions.length == 0) {
            return new ArrayList<>(); // no candidate can lie in no region: their index is not made
        }
        if (candidates != null) {
            // declared candidates are few already: a look at the words around every region would cost more
            return detectAt(view, regions, candidates.starts(view));
        }
        if (contextRequired && nearContextOnly) {
            regions = context.regionsNear(view, regions, new ContextRegions.MatchEdges() {
                @Override
                public boolean mayStartAt(int pos, int regionEnd) {
                    return mayMatchAt(text, pos, regionEnd);
                }

                @Override
                public boolean mayEndAt(int pos) {
                    return mayEndMatchAt(text, pos);
                }
            });
        }
        List<Finding> out = new ArrayList<>();
        if (regions.length == 0) {
            return out; // none near the context
        }
        for (int k = 0; k < rules.size(); k++) {
            Rule rule = rules.get(k);
            Matcher m = null; // made for the first region: a short text (a cell, a row) has none for most rules
            boolean hasGroup = this.hasGroup[k];
            int lastEnd = -1;
            for (int r = 0; r < regions.length; r += 2) {
                int from = Math.max(regions[r], lastEnd);
                if (from >= regions[r + 1]) {
                    continue;
                }
                if (m == null) {
                    m = rule.pattern().matcher(text).useTransparentBounds(true);
                }
                m.region(from, regions[r + 1]);
                while (m.find()) {
                    int s = hasGroup ? m.start("v") : m.start();
                    int e = hasGroup ? m.end("v") : m.end();
                    lastEnd = m.end();
                    if (s < 0 || e <= s) {
                        continue;
                    }
                    Finding f = score(view, rule, s, e);
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a scan of the region ending at {@code regionEnd} may report a span that starts at
     * {@code pos}: a rule matches there ({@code lookingAt}, with the scan's transparent bounds, finds
     * what a scan's {@code find} would find starting there, and more where the region's start
     * anchors), or a rule reports a group, which may start anywhere in its match.
     */
    private boolean mayMatchAt(String text, int pos, int regionEnd) {
        for (int k = 0; k < rules.size(); k++) {
            if (hasGroup[k] || rules.get(k).pattern().matcher(text).useTransparentBounds(true).region(pos, regionEnd).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a scan may report a span that ends at {@code pos}: each rule's trailing look-arounds
     * (what its pattern tests after its last character, {@link RegexEdges#trailingLookarounds})
     * hold there, or a rule's cannot be read or it reports a group.
     */
    private boolean mayEndMatchAt(String text, int pos) {
        for (int k = 0; k < rules.size(); k++) {
            Pattern after = endChecks[k];
            if (hasGroup[k] || after == null || after.matcher(text).useTransparentBounds(true).region(pos, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For {@link Builder#candidates}: each rule is tried with {@code lookingAt} at the candidate
     * starts inside the regions, bounded by the region's end as a scan would be, skipping starts
     * inside the rule's previous match. At a start, {@code lookingAt} finds what {@code find}
     * would find there (transparent bounds, no anchoring at the region's start), and a scan finds
     * nothing anywhere else, so the findings are those of a scan.
     */
    private List<Finding> detectAt(TextView view, int[] regions, int[] starts) {
        List<Finding> out = new ArrayList<>();
        if (starts.length == 0) {
            return out;
        }
        for (int k = 0; k < rules.size(); k++) {
            Rule rule = rules.get(k);
            Matcher m = null;
            int lastEnd = -1;
            int r = 0;
            for (int s : starts) {
                if (s < lastEnd) {
                    continue;
                }
                while (r < regions.length && regions[r + 1] <= s) {
                    r += 2;
                }
                if (r >= regions.length) {
                    break;
                }
                if (s < regions[r]) {
                    continue;
                }
                if (m == null) {
                    m = rule.pattern().matcher(view.text()).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(s, regions[r + 1]);
                if (!m.lookingAt()) {
                    continue;
                }
                lastEnd = m.end();
                int fs = hasGroup[k] ? m.start("v") : m.start();
                int fe = hasGroup[k] ? m.end("v") : m.end();
                if (fs < 0 || fe <= fs) {
                    continue;
                }
                Finding f = score(view, rule, fs, fe);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * For {@link Builder#wordLength}: the starts of the maximal runs of ASCII word characters of
     * that length.
     */
    private static int[] wordStarts(String text, int length) {
        int[] out = new int[16];
        int size = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isAsciiWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && isAsciiWordChar(text.charAt(i))) {
                i++;
            }
            if (i - s == length) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, size * 2);
                }
                out[size++] = s;
            }
        }
        return Arrays.copyOf(out, size);
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private Finding score(TextView view, Rule rule, int s, int e) {
        String text = view.text();
        double score = rule.baseScore();
        Explanation why = Explanation.of(name, rule.name(), score);
        if (validator != null) {
            String value = text.substring(s, e);
            if (validator.isValid(value)) {
                score = Math.max(score, validatedScore);
                why = why.withCheck(validatorName, score);
            } else if (failedCheckShape != null && failedCheckShape.isValid(value)) {
                score = failedCheckScore;
                why = why.withFailedCheck(validatorName, score);
            } else {
                return null;
            }
        }
        String word = context.findNear(view, s, e);
        if (word != null) {
            score = ScoreModel.boosted(score);
            why = why.withContext(word, score);
        } else if (contextRequired) {
            return null;
        }
        return new Finding(type, s, e, score, name, why);
    }

    /** Builds a {@link PatternDetector}. */
    public static final class Builder {
        private final String name;
        private final EntityType type;
        private final List<Rule> rules = new ArrayList<>();
        private Validator validator;
        private String validatorName;
        private ContextWords context = ContextWords.of();
        private boolean contextRequired;
        private Trigger trigger = Trigger.ANY;
        private double validatedScore = ScoreModel.VALIDATED;
        private Validator failedCheckShape;
        private double failedCheckScore;
        private Candidates candidates;
        private boolean nearContextOnly = true;

        private Builder(String name, EntityType type) {
            this.name = Objects.requireNonNull(name);
            this.type = Objects.requireNonNull(type);
        }

        public Builder pattern(String ruleName, String regex, double baseScore) {
            rules.add(new Rule(ruleName, Pattern.compile(regex), baseScore));
            return this;
        }

        public Builder pattern(String ruleName, Pattern regex, double baseScore) {
            rules.add(new Rule(ruleName, regex, baseScore));
            return this;
        }

        public Builder validator(String validatorName, Validator v) {
            this.validatorName = validatorName;
            this.validator = v;
            return this;
        }

        /** The score a passing validator raises a candidate to (default {@link ScoreModel#VALIDATED}). */
        public Builder validatedScore(double s) {
            this.validatedScore = s;
            return this;
        }

        /**
         * Keep a candidate whose check fails at {@code score} (instead of dropping it) when
         * {@code shape} accepts it: for identifiers whose layout alone is specific enough that a
         * mistyped check character still leaves a person's identifier in the text.
         */
        public Builder keepFailedCheck(Validator shape, double score) {
            if (score < 0 || score > 1) {
                throw new IllegalArgumentException("score out of [0,1]: " + score);
            }
            this.failedCheckShape = Objects.requireNonNull(shape);
            this.failedCheckScore = score;
            return this;
        }

        public Builder context(String... words) {
            this.context = ContextWords.of(words);
            return this;
        }

        /** Report a candidate only when one of the context words is near it. */
        public Builder contextRequired() {
            this.contextRequired = true;
            return this;
        }

        /**
         * Declares that every match of every pattern is exactly one whole run of {@code length}
         * ASCII word characters ({@code [A-Za-z0-9_]}) with no group {@code v}, such as
         * {@code \b[A-Z0-9]{17}\b}: the detector then tries its patterns only on runs of
         * that length, which is many times faster than a scan. Findings are unchanged as long as
         * the declaration holds.
         */
        public Builder wordLength(int length) {
            if (length < 1) {
                throw new IllegalArgumentException("word length must be positive");
            }
            this.candidates = view -> wordStarts(view.text(), length);
            return this;
        }

        /**
         * Declares where matches can start: every match of every pattern starts at one of the
         * positions {@code c} gives for a text. The patterns are then tried only there (with
         * {@code lookingAt}) instead of scanned over the regions; findings are unchanged as long
         * as the declaration holds. Patterns must not use {@code ^} or {@code \G}.
         */
        public Builder candidates(Candidates c) {
            this.candidates = Objects.requireNonNull(c);
            return this;
        }

        public Builder trigger(Trigger t) {
            this.trigger = Objects.requireNonNull(t);
            return this;
        }

        public PatternDetector build() {
            return new PatternDetector(this);
        }
    }
}
