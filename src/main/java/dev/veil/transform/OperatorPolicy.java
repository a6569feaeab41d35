package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which operator each entity type gets: a default plus per-type overrides (e.g. label for
 * everything, last-four for card numbers), and the id of the key the token operators use, so
 * that it can travel with the output. Immutable.
 */
public final class OperatorPolicy {
    private final Operator defaultOperator;
    private final Map<EntityType, Operator> perType;
    private final String keyId;

    private OperatorPolicy(Builder b) {
        this.defaultOperator = b.defaultOperator;
        this.perType = b.perType.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(b.perType));
        this.keyId = b.keyId;
    }

    /** Labels for every type ({@code [NAME]}). */
    public static OperatorPolicy labels() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Operator operatorFor(EntityType type) {
        return perType.getOrDefault(type, defaultOperator);
    }

    /** The id of the key behind the token operators, if any operator uses one. */
    public Optional<String> keyId() {
        return Optional.ofNullable(keyId);
    }

    /** Builds an {@link OperatorPolicy}; the default operator is {@link LabelOperator}. */
    public static final class Builder {
        private Operator defaultOperator = new LabelOperator();
        private final Map<EntityType, Operator> perType = new EnumMap<>(EntityType.class);
        private String keyId;

        public Builder defaultOperator(Operator op) {
            this.defaultOperator = Objects.requireNonNull(op);
            return this;
        }

        public Builder operator(EntityType type, Operator op) {
            perType.put(Objects.requireNonNull(type), Objects.requireNonNull(op));
            return this;
        }

        public Builder keyId(String id) {
            this.keyId = id;
            return this;
        }

        public OperatorPolicy build() {
            return new OperatorPolicy(this);
        }
    }
}
