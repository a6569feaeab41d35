package dev.veil.transform;

import java.util.Objects;

/** A transformed text and the summary of what was replaced. */
public record TransformResult(String text, TransformSummary summary) {
    public TransformResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(summary, "summary");
    }
}
