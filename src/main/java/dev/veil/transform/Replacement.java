package dev.veil.transform;

import java.util.Objects;

/**
 * The text that takes a value's place and the method that produced it (an operator may fall
 * back to another method, e.g. format-preserving encryption on a value too short for FF3-1).
 */
public record Replacement(String text, String method) {
    public Replacement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
    }
}
