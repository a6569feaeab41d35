package dev.veil.detect;

/**
 * The score model, shared by every pattern detector (see docs/ARCHITECTURE.md, "Scores"):
 * <ol>
 *   <li>each pattern has a base score (how specific the shape is on its own);</li>
 *   <li>a validator that passes raises the score to at least {@link #VALIDATED}; one that fails
 *       drops the candidate, unless the detector keeps candidates of the right layout at a lower
 *       score ({@link PatternDetector.Builder#keepFailedCheck});</li>
 *   <li>a context word found as a whole word within {@link ContextWords#WORDS_BEFORE} words
 *       before or {@link ContextWords#WORDS_AFTER} after adds {@link #CONTEXT_BOOST}, capped
 *       at 1.0; a pattern marked context-required is dropped when none is found;</li>
 *   <li>the engine reports findings at or above its minimum score ({@link #DEFAULT_MIN_SCORE}
 *       unless configured).</li>
 * </ol>
 */
public final class ScoreModel {
    public static final double VALIDATED = 0.9;
    public static final double CONTEXT_BOOST = 0.35;
    public static final double DEFAULT_MIN_SCORE = 0.5;

    private ScoreModel() {
    }

    public static double boosted(double score) {
        return Math.min(1.0, score + CONTEXT_BOOST);
    }
}
