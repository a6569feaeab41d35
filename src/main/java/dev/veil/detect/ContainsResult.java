package dev.veil.detect;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether personal data was found by {@link BatchDetector#containsAny}, of which types, and the
 * units the remote service billed for the answer.
 */
public record ContainsResult(boolean found, Set<EntityType> types, long billedUnits) {
    public ContainsResult {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (found != !types.isEmpty()) {
            throw new IllegalArgumentException("found must be true exactly when types are given");
        }
        if (billedUnits < 0) {
            throw new IllegalArgumentException("negative billed units");
        }
    }
}
