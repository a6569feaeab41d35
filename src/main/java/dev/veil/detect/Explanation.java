package dev.veil.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why a finding was reported: the rule that matched, its base score, and each step that changed
 * the score. Never holds the matched value, so it can be logged and audited.
 *
 * <p>Built for the engine's hot path: a detector makes one per candidate, most of which are
 * never shown, so the parts are kept as given (detector and rule names, a context word, a score)
 * and the text of the rule and of each step is only put together when asked for. Immutable; each
 * {@code with…} returns a new explanation that shares the earlier steps.
 */
public final class Explanation {
    private final String detector;
    private final String ruleName;
    private final double baseScore;
    /** The step before this one's own, or {@code null}. */
    private final Explanation previous;
    /** This explanation's own last step, or {@code null} when it has none. */
    private final Step step;

    private Explanation(String detector, String ruleName, double baseScore, Explanation previous, Step step) {
        this.detector = detector;
        this.ruleName = Objects.requireNonNull(ruleName);
        this.baseScore = baseScore;
        this.previous = previous;
        this.step = step;
    }

    /** A step, rendered when read: a fixed text, or a check or context word with the score it gave. */
    private record Step(String label, String word, double score, int kind) {
        static final int TEXT = 0;
        static final int CHECK = 1;
        static final int CONTEXT = 2;
        static final int FAILED_CHECK = 3;

        String render() {
            return switch (kind) {
                case CHECK -> label + " passed: " + decimal(score);
                case CONTEXT -> "context '" + word + "': " + decimal(score);
                case FAILED_CHECK -> label + " failed, layout kept: " + decimal(score);
                default -> label;
            };
        }
    }

    /** An explanation with {@code steps} already written out. */
    public Explanation(String rule, double baseScore, List<String> steps) {
        this(null, rule, baseScore, chain(rule, baseScore, steps), lastStep(steps));
    }

    private static Explanation chain(String rule, double baseScore, List<String> steps) {
        Explanation e = null;
        for (int i = 0; i < steps.size() - 1; i++) {
            e = new Explanation(null, rule, baseScore, e, new Step(Objects.requireNonNull(steps.get(i)), null, 0, Step.TEXT));
        }
        return e;
    }

    private static Step lastStep(List<String> steps) {
        return steps.isEmpty() ? null : new Step(Objects.requireNonNull(steps.get(steps.size() - 1)), null, 0, Step.TEXT);
    }

    public static Explanation of(String rule, double baseScore) {
        return new Explanation(null, rule, baseScore, null, null);
    }

    /** The explanation of a detector's rule: {@code rule()} reads {@code "detector/rule"}. */
    public static Explanation of(String detector, String rule, double baseScore) {
        return new Explanation(Objects.requireNonNull(detector), rule, baseScore, null, null);
    }

    /** A copy with one more step; {@code step} must not contain the detected value. */
    public Explanation with(String step) {
        return new Explanation(detector, ruleName, baseScore, stepsOwner(), new Step(Objects.requireNonNull(step), null, 0, Step.TEXT));
    }

    /** A copy with the step "{@code check} passed: {@code score}" (a validator such as a checksum). */
    public Explanation withCheck(String check, double score) {
        return new Explanation(detector, ruleName, baseScore, stepsOwner(), new Step(check, null, score, Step.CHECK));
    }

    /**
     * A copy with the step "{@code check} failed, layout kept: {@code score}" (a check that failed on
     * a candidate whose layout alone is kept as the type).
     */
    public Explanation withFailedCheck(String check, double score) {
        return new Explanation(detector, ruleName, baseScore, stepsOwner(), new Step(check, null, score, Step.FAILED_CHECK));
    }

    /** A copy with the step "context '{@code word}': {@code score}"; the word is a context keyword, never a value. */
    public Explanation withContext(String word, double score) {
        return new Explanation(detector, ruleName, baseScore, stepsOwner(), new Step(null, word, score, Step.CONTEXT));
    }

    /** This explanation as the earlier part of a longer one ({@code null} when it has no step yet). */
    private Explanation stepsOwner() {
        return step == null ? previous : this;
    }

    public String rule() {
        return detector == null ? ruleName : detector + "/" + ruleName;
    }

    public double baseScore() {
        return baseScore;
    }

    /** The steps, oldest first. */
    public List<String> steps() {
        List<String> out = new ArrayList<>();
        for (Explanation e = this; e != null; e = e.previous) {
            if (e.step != null) {
                out.add(e.step.render());
            }
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation x && rule().equals(x.rule())
                && Double.compare(baseScore, x.baseScore) == 0 && steps().equals(x.steps());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule(), baseScore, steps());
    }

    /**
     * A score as written in an explanation: at most two decimals ("0.65", not "0.6499999999999999"),
     * so the text never carries a long run of digits that could equal a detected value.
     */
    static String decimal(double score) {
        if (!Double.isFinite(score)) {
            return String.valueOf(score);
        }
        return java.math.BigDecimal.valueOf(score).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        List<String> steps = steps();
        return rule() + " base=" + decimal(baseScore) + (steps.isEmpty() ? "" : " " + String.join("; ", steps));
    }
}
