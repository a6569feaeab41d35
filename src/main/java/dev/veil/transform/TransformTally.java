package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts replacements as they are made, for callers that apply findings themselves (document
 * formats rewriting segments). One per request; thread-safe, since a streamed object's windows
 * are transformed on several threads.
 */
public final class TransformTally {
    private final Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    private final Map<String, Integer> methods = new TreeMap<>();
    private final Optional<String> keyId;

    public TransformTally(Optional<String> keyId) {
        this.keyId = keyId;
    }

    public synchronized void add(EntityType type, String method) {
        counts.merge(type, 1, Integer::sum);
        methods.merge(method, 1, Integer::sum);
    }

    public synchronized TransformSummary summary() {
        return new TransformSummary(counts, methods, keyId);
    }
}
