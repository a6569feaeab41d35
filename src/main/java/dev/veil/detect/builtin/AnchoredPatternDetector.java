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
 * A pattern that always contains a rare, cheaply recognised part (a postcode's digit-letter-letter
 * inward code, a ZIP after a state code): the text is scanned for that anchor with plain character
 * tests, and the pattern runs only in a small window around each anchor, instead of over every
 * region of the text. The window must reach as far before and after the anchor as any match can,
 * so that the matches are exactly those a scan of the whole text would find.
 */
final class AnchoredPatternDetector implements Detector {
    /** Where a match can be: {@code true} at the positions a match must contain, always an ASCII digit. */
    @FunctionalInterface
    interface Anchor {
        boolean at(String text, int i);
    }

    private final String name;
    private final EntityType type;
    private final String rule;
    private final Pattern pattern;
    private final double baseScore;
    private final ContextWords context;
    private final Anchor anchor;
    private final int before;
    private final int after;

    /**
     * {@code before} and {@code after}: how far a match can reach before and after an anchor
     * position.
     */
    AnchoredPatternDetector(String name, EntityType type, String rule, Pattern pattern, double baseScore,
                            ContextWords context, Anchor anchor, int before, int after) {
        this.name = name;
        this.type = type;
        this.rule = rule;
        this.pattern = pattern;
        this.baseScore = baseScore;
        this.context = context;
        this.anchor = anchor;
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
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int[] lastEnd = {0};
        // every anchor holds a digit, so only the text's digits are tried
        CandidateLoop.scan(view, CandidateLoop.Positions.DIGITS, i -> {
            if (!anchor.at(text, i)) {
                return i + 1;
            }
            int from = Math.max(lastEnd[0], i - before);
            int to = Math.min(n, i + after);
            if (from < to) {
                m.region(from, to);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        out.add(Scoring.score(type, name, rule, baseScore, context, false, view, m.start(), m.end()));
                    }
                    lastEnd[0] = Math.max(lastEnd[0], m.end());
                }
            }
            return i + 1;
        });
        return out;
    }
}
