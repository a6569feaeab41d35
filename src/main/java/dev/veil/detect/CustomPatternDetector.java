package dev.veil.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link CustomPattern} with RE2/J, whose matching time is linear in the input whatever the
 * pattern: configuration comes from users, and a backtracking engine would let one bad pattern
 * stall every read. A group named {@code v} selects the reported part of the match.
 */
public final class CustomPatternDetector implements Detector {
    private final CustomPattern spec;
    private final Pattern pattern;
    private final ContextWords context;
    private final boolean hasValueGroup;

    public CustomPatternDetector(CustomPattern spec) {
        this.spec = spec;
        try {
            this.pattern = Pattern.compile(spec.regex());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("custom pattern " + spec.name() + ": invalid regex: "
                    + e.getDescription(), e);
        }
        this.context = ContextWords.of(spec.context().toArray(String[]::new));
        this.hasValueGroup = spec.regex().contains("(?P<v>") || spec.regex().contains("(?<v>");
    }

    @Override
    public String name() {
        return "custom:" + spec.name();
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(spec.type());
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        Matcher m = pattern.matcher(text);
        List<Finding> out = new ArrayList<>();
        while (m.find()) {
            int s = hasValueGroup ? m.start("v") : m.start();
            int e = hasValueGroup ? m.end("v") : m.end();
            if (s < 0 || e <= s) {
                continue;
            }
            double score = spec.score();
            Explanation why = Explanation.of(name(), score);
            String word = context.findNear(view, s, e);
            if (word != null) {
                score = ScoreModel.boosted(score);
                why = why.withContext(word, score);
            } else if (spec.contextRequired()) {
                continue;
            }
            out.add(new Finding(spec.type(), s, e, score, name(), why));
        }
        return out;
    }
}
