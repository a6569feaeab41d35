package dev.veil.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a finding was reported: the rule that matched, its base score, and each step that changed
 * the score. Never holds the matched value, so it can be logged and audited.
 */
public record Explanation(String rule, double baseScore, List<String> steps) {
    public Explanation {
        steps = List.copyOf(steps);
    }

    public static Explanation of(String rule, double baseScore) {
        return new Explanation(rule, baseScore, List.of());
    }

    /** A copy with one more step; {@code step} must not contain the detected value. */
    public Explanation with(String step) {
        List<String> all = new ArrayList<>(steps);
        all.add(step);
        return new Explanation(rule, baseScore, all);
    }

    @Override
    public String toString() {
        return rule + " base=" + baseScore + (steps.isEmpty() ? "" : " " + String.join("; ", steps));
    }
}
