package dev.veil.detect;

import java.util.List;
import java.util.Set;

/**
 * Finds personal data of some types in a text. Implementations are immutable and thread-safe;
 * they return findings with their own scores and never filter by the engine's settings.
 */
public interface Detector {
    /** A stable, unique name, shown in findings and explanations (for example {@code credit-card}). */
    String name();

    /** The types this detector can report. */
    Set<EntityType> types();

    /** The findings in {@code text}, in any order, possibly overlapping. */
    List<Finding> detect(TextView text);

    /**
     * The context phrases this detector looks for in a text before it matches (a detector that
     * reports only next to them and scans only where one may be), so that an engine finds those
     * of all its detectors in one shared pass ({@code ContextIndex}); none by default. Only a
     * matter of speed: the findings are the same whatever this returns.
     */
    default List<ContextWords> contextPhrases() {
        return List.of();
    }
}
