package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a transformation did, without any value: how many findings of each type were replaced,
 * how many by each method, and the id of the key used (so keys can be rotated and outputs traced
 * to the key that made them). Safe to log and to put in audit records.
 */
public record TransformSummary(Map<EntityType, Integer> counts, Map<String, Integer> methods,
                               Optional<String> keyId) {
    public TransformSummary {
        counts = Map.copyOf(counts);
        methods = Map.copyOf(methods);
        Objects.requireNonNull(keyId, "keyId");
    }

    public static TransformSummary empty(Optional<String> keyId) {
        return new TransformSummary(Map.of(), Map.of(), keyId);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Counts sorted by type name, for stable output. */
    public Map<String, Integer> countsByName() {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((t, n) -> sorted.put(t.name(), n));
        return sorted;
    }

    /** The sum of two summaries (e.g. of the segments of one document). */
    public TransformSummary plus(TransformSummary other) {
        Map<EntityType, Integer> c = new EnumMap<>(EntityType.class);
        c.putAll(counts);
        other.counts.forEach((t, n) -> c.merge(t, n, Integer::sum));
        Map<String, Integer> m = new TreeMap<>(methods);
        other.methods.forEach((k, n) -> m.merge(k, n, Integer::sum));
        return new TransformSummary(c, m, keyId.isPresent() ? keyId : other.keyId);
    }
}
