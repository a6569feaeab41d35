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
 * are the same. Both patterns that use it start with an ASCII capital at a word boundary (a city, a postcode's
 * area), so the window is searched by hand for such starts and the pattern is tried only there
 * ({@link #searchingEveryPosition} searches as {@code find} does, for the tests that compare the two).
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
    /** Whether every match starts with {@code [A-Z]} not right after an ASCII letter, digit or underscore. */
    private final boolean capitalStart;
    /**
     * The anchor positions (ascending), found by a pass the view keeps: the runs of a shape read
     * off the shared run index with the anchor as the shape's test, or a list other detectors share;
     * {@code null}: every run's edge is asked here.
     */
    private final TextView.SharedPass<int[]> anchors;

    /**
     * {@code anchor} must hold only at the {@code edge} digit of a run; {@code before} and
     * {@code after}: how far a match can reach before and after an anchor position.
     */
    RunEdgeAnchoredDetector(String name, EntityType type, String rule, Pattern pattern, double baseScore,
                            ContextWords context, DigitAnchor anchor, Edge edge, int before,
                            int after) {
        this(name, type, rule, pattern, baseScore, context, anchor, edge, before, after, true, null);
    }

    /**
     * As above, at the positions {@code anchors} finds (ascending): a pass other detectors share,
     * so that the text's runs are tested once between them.
     */
    RunEdgeAnchoredDetector(String name, EntityType type, String rule, Pattern pattern, double baseScore,
                            ContextWords context, TextView.SharedPass<int[]> anchors, int before, int after) {
        this(name, type, rule, pattern, baseScore, context, null, Edge.FIRST, before, after, true, anchors);
    }

    /**
     * As above, at the first digit of the runs of {@code runs} only: the anchor must hold nowhere
     * else (a Canadian postcode's one-digit run between two capitals, an Australian four-digit one).
     * The runs are read off the shared run index by their length and neighbours, with the anchor as
     * the shape's test, without a call per run of the text.
     */
    RunEdgeAnchoredDetector(String name, EntityType type, String rule, Pattern pattern, double baseScore,
                            ContextWords context, DigitAnchor anchor, RunIndex.Shape runs, int before, int after) {
        this(name, type, rule, pattern, baseScore, context, anchor, Edge.FIRST, before, after, true,
                startsOf(runs.test((text, start, end) -> anchor.at(text, start))));
    }

    private static TextView.SharedPass<int[]> startsOf(RunIndex.Shape runs) {
        return view -> view.shared(RunIndex.DIGITS).starts(view.text(), runs);
    }

    private RunEdgeAnchoredDetector(String name, EntityType type, String rule, Pattern pattern, double baseScore,
                                    ContextWords context, DigitAnchor anchor, Edge edge, int before,
                                    int after, boolean capitalStart, TextView.SharedPass<int[]> anchors) {
        this.capitalStart = capitalStart;
        this.anchors = anchors;
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
        int[] starts = anchors == null ? null : view.shared(anchors);
        int count = starts == null ? view.digitRunCount() : starts.length;
        for (int k = 0; k < count; k++) {
            // runs read off the index passed the anchor there (its shape's test): the call site below then
            // sees only the detectors that ask every run, and stays cheap for them
            int i = starts != null ? starts[k] : edge == Edge.FIRST ? view.digitRunStart(k) : view.digitRunEnd(k) - 1;
            if (starts == null && !anchor.at(text, i)) {
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
            if (!capitalStart) {
                m.region(from, to);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        out.add(Scoring.score(type, name, rule, baseScore, context, false, view, m.start(), m.end()));
                    }
                    lastEnd = Math.max(lastEnd, m.end());
                }
                continue;
            }
            // what find() does, trying only where a match can start; a match is never empty
            int s = from;
            while (s < to) {
                char c = text.charAt(s);
                if (c >= 'A' && c <= 'Z' && (s == 0 || !RunIndex.isAsciiAlnum(text.charAt(s - 1)) && text.charAt(s - 1) != '_')) {
                    m.region(s, to);
                    if (m.lookingAt()) {
                        out.add(Scoring.score(type, name, rule, baseScore, context, false, view, m.start(), m.end()));
                        lastEnd = Math.max(lastEnd, m.end());
                        s = m.end();
                        continue;
                    }
                }
                s++;
            }
        }
        return out;
    }

    /** The same detector trying its pattern at every position of each window, as {@code find} does (tests). */
    RunEdgeAnchoredDetector searchingEveryPosition() {
        return new RunEdgeAnchoredDetector(name, type, rule, pattern, baseScore, context, anchor, edge, before, after,
                false, anchors);
    }
}
