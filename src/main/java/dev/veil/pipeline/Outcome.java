package dev.veil.pipeline;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A response plus what its audit record needs. For a streamed, transformed answer the entity
 * counts are known only when the body has been written: {@code entitiesAtEnd} gives them then.
 */
record Outcome(ObjectResponse response, String mode, String rule, String decision, String format,
               Map<String, Integer> entities, long bytesIn, boolean cached,
               Supplier<Map<String, Integer>> entitiesAtEnd) {
    Outcome(ObjectResponse response, String mode, String rule, String decision, String format,
            Map<String, Integer> entities, long bytesIn, boolean cached) {
        this(response, mode, rule, decision, format, entities, bytesIn, cached, null);
    }

    Outcome(ObjectResponse response, String mode, String rule, String decision, String format,
            Map<String, Integer> entities, long bytesIn) {
        this(response, mode, rule, decision, format, entities, bytesIn, false);
    }

    /** An error answer, audited as {@code error}. */
    static Outcome failed(ObjectResponse r, String mode, String rule, long in) {
        return new Outcome(r, mode, rule, "error", "", Map.of(), in);
    }
}
