package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.ScoreModel;
import dev.veil.detect.TextView;
import java.util.regex.Matcher;

/**
 * The {@link ScoreModel} steps for this family's hand-written detectors (the ones that anchor on
 * a character instead of scanning with {@link dev.veil.detect.PatternDetector}): a base score
 * per rule, raised by a nearby context word. Explanations name the rule and the word, never the
 * value.
 */
final class Scoring {
    private Scoring() {
    }

    /**
     * The finding for {@code [s, e)}, or {@code null} when {@code contextRequired} and no context
     * word is near.
     */
    static Finding score(EntityType type, String detector, String rule, double base, ContextWords context,
                         boolean contextRequired, TextView view, int s, int e) {
        // the explanation is made only for a finding: a detector that needs a context word (ZIP
        // codes) is turned away at most of its candidates, and made one for each (60,000 a mixed text)
        String word = context.findNear(view, s, e);
        if (word == null) {
            return contextRequired ? null : new Finding(type, s, e, base, detector, Explanation.of(detector, rule, base));
        }
        double score = ScoreModel.boosted(base);
        return new Finding(type, s, e, score, detector, Explanation.of(detector, rule, base).withContext(word, score));
    }

    /**
     * {@link #score(EntityType, String, String, double, ContextWords, boolean, TextView, int, int)}
     * with the rule's explanation made once, by a detector that keeps it: an explanation is
     * immutable and compared by value, so its findings may share it (one allocation less a finding:
     * the mixed text's dates, addresses and labelled values have tens of thousands).
     */
    static Finding score(EntityType type, String detector, Explanation why, ContextWords context,
                         boolean contextRequired, TextView view, int s, int e) {
        double base = why.baseScore();
        String word = context.findNear(view, s, e);
        if (word == null) {
            return contextRequired ? null : new Finding(type, s, e, base, detector, why);
        }
        double score = ScoreModel.boosted(base);
        return new Finding(type, s, e, score, detector, CONTEXT_WHYS.withContext(why, word, score));
    }

    /** The context explanations of the findings {@link #score} makes from a kept explanation. */
    private static final ContextWhy CONTEXT_WHYS = new ContextWhy();

    /**
     * A rule's explanation with a context word's step, the last one made kept for the next
     * finding: a detector's findings in a row mostly share their rule and word ("client" before
     * every address of a log), and an explanation is immutable and compared by value, so they may
     * share it (two allocations less a finding). One per caller that keeps its rules' explanations.
     * Thread-safe without a lock: a kept entry is immutable, so a thread reads a whole one or the
     * one before, and a lost update only costs an allocation.
     */
    static final class ContextWhy {
        private record Entry(Explanation rule, String word, double score, Explanation made) {
        }

        private Entry last;

        /** {@code rule.withContext(word, score)}, or one equal to it made before. */
        Explanation withContext(Explanation rule, String word, double score) {
            Entry e = last;
            if (e != null && e.rule() == rule && e.word().equals(word) && Double.compare(e.score(), score) == 0) {
                return e.made();
            }
            Explanation made = rule.withContext(word, score);
            last = new Entry(rule, word, score, made);
            return made;
        }
    }

    /**
     * Whether {@code m} matches starting exactly at {@code start}, looking at no more than
     * {@code maxLength} characters; lookbehind and lookahead still see the text around.
     */
    /**
     * The matcher of {@code pattern} over {@code text} kept at {@code matchers[r]}, made on first
     * use: most texts of a document's units (a cell, a row) give a detector no candidate, and a
     * matcher costs its group arrays to make.
     */
    static Matcher matcher(Matcher[] matchers, int r, java.util.regex.Pattern pattern, String text) {
        Matcher m = matchers[r];
        return m != null ? m : (matchers[r] = pattern.matcher(text));
    }

    static boolean matchesAt(Matcher m, int start, int maxLength, int textLength) {
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(start, Math.min(textLength, start + maxLength));
        return m.lookingAt();
    }
}
