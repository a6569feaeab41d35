package dev.veil.transform;

import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Applies an {@link OperatorPolicy} to the disjoint findings of a text (as returned by
 * {@code DetectionEngine.detect}). Replacements are made from the end of the text towards the
 * start, so the offsets of findings not yet replaced stay valid. Immutable and thread-safe.
 */
public final class Transformer {
    private final OperatorPolicy policy;

    public Transformer(OperatorPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public OperatorPolicy policy() {
        return policy;
    }

    /**
     * Replaces every finding in {@code text}.
     *
     * @throws IllegalArgumentException if findings overlap or fall outside the text
     */
    public TransformResult apply(String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).reversed());
        StringBuilder out = new StringBuilder(text);
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        Map<String, Integer> methods = new TreeMap<>();
        int limit = text.length();
        for (Finding f : sorted) {
            if (f.end() > limit) {
                throw new IllegalArgumentException(f.end() > text.length()
                        ? "finding ends after the text" : "findings overlap");
            }
            String value = text.substring(f.start(), f.end());
            Replacement r = policy.operatorFor(f.type()).apply(f.type(), value);
            out.replace(f.start(), f.end(), r.text());
            counts.merge(f.type(), 1, Integer::sum);
            methods.merge(r.method(), 1, Integer::sum);
            limit = f.start();
        }
        return new TransformResult(out.toString(), new TransformSummary(counts, methods, policy.keyId()));
    }
}
