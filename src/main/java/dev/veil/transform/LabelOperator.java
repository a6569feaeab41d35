package dev.veil.transform;

import dev.veil.detect.EntityType;

/** Replaces a value by its type in brackets: {@code [NAME]}, {@code [EMAIL]}. The default style. */
public record LabelOperator() implements Operator {
    @Override
    public String method() {
        return "label";
    }

    @Override
    public Replacement apply(EntityType type, String value) {
        return new Replacement("[" + type.name() + "]", method());
    }
}
