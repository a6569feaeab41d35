package dev.veil.pipeline;

import dev.veil.detect.Finding;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the findings of a document's units may come from instead of detection: a memo answers
 * with findings it holds for exactly these texts, or runs {@code detect} (and may keep its
 * answer). The findings are per unit, in the order of {@code texts}, as
 * {@link DocumentRedactor} uses them before it spreads found values to their other occurrences.
 */
@FunctionalInterface
public interface DetectionMemo {
    /** No memo: always detects. */
    DetectionMemo NONE = (texts, detect) -> detect.get();

    /** The findings per text: remembered ones for these very texts, or {@code detect.get()}. */
    List<List<Finding>> findings(List<String> texts, Supplier<List<List<Finding>>> detect);
}
