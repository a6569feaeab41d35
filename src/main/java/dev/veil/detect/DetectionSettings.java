package dev.veil.detect;

import java.util.List;
import java.util.Set;

/**
 * What a deployment configures about detection: the types to report (empty: all), the minimum
 * score, values never reported, and extra patterns.
 */
public record DetectionSettings(Set<EntityType> types, double minScore, List<String> allowList,
                                List<CustomPattern> customPatterns) {
    public DetectionSettings {
        types = types == null ? Set.of() : Set.copyOf(types);
        allowList = allowList == null ? List.of() : List.copyOf(allowList);
        customPatterns = customPatterns == null ? List.of() : List.copyOf(customPatterns);
        if (minScore < 0 || minScore > 1) {
            throw new IllegalArgumentException("minScore out of [0,1]: " + minScore);
        }
    }

    public static DetectionSettings defaults() {
        return new DetectionSettings(Set.of(), ScoreModel.DEFAULT_MIN_SCORE, List.of(), List.of());
    }

    /** An engine with the built-in detectors plus these settings. */
    public DetectionEngine engine() {
        DetectionEngine.Builder b = DetectionEngine.builder()
                .detectors(BuiltInDetectors.all())
                .types(types)
                .minScore(minScore)
                .allowList(AllowList.of(allowList));
        for (CustomPattern p : customPatterns) {
            b.detector(new CustomPatternDetector(p));
        }
        return b.build();
    }
}
