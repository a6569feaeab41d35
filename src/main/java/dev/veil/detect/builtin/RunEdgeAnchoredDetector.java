package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector whose anchor digit ({@link DigitAnchor}) always sits at one edge of its digit run
 * (the first digit of a ZIP after a state code, the digit of a postcode's inward code, which
 * letters follow): only that edge of each of the text's shared digit runs is tested, instead of
 * every digit. The pattern runs in the same window around each anchor as a test of every digit would, so the matches
 * are the same.
 */
final class RunEdgeAnchoredDetector implements Detector {
    /** Which digit of each run can be an anchor. */
    enum Edge {
        FIRST,
        LAST
    }

    private final String name;
    private final EntityType type;
    private final String rule;
    private final Pattern pattern;
    private final double baseScore;
    private final ContextWords context;
    private final DigitAnchor anchor;
    private final Edge edge;
    private final int before;
    private final int after;

    /**
     * {@code anchor} must hold only at the {@code edge} digit of a run; {@code before} and
     * {@code after}: how far a match can reach before and after an anchor position.
     */
    RunEdgeAnchoredDetector(String name, EntityType type, String rule, Pattern pattern, double baseScore,
                            ContextWords context, DigitAnchor anchor, Edge edge, int before,
                            int after) {
        this.name = name;
        this.type = type;
        this.rule = rule;
        this.pattern = pattern;
        this.baseScore = baseScore;
        this.context = context;
        this.anchor = anchor;
        this.edge = edge;
        this.before = before;
        this.after = after;
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
        int n = text.length();
        List<Finding> out = new ArrayList<>();
        Matcher m = null;
        int lastEnd = 0;
        int runs = view.digitRunCount();
        for (int k = 0; k < runs; k++) {
            int i = edge == Edge.FIRST ? view.digitRunStart(k) : view.digitRunEnd(k) - 1;
            if (!anchor.at(text, i)) {
                continue;
            }
            int from = Math.max(lastEnd, i - before);
            int to = Math.min(n, i + after);
            if (from >= to) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
            }
            m.region(from, to);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(Scoring.score(type, name, rule, baseScore, context, false, view, m.start(), m.end()));
                }
                lastEnd = Math.max(lastEnd, m.end());
            }
        }
        return out;
    }
}
