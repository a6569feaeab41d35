package dev.veil.transform;

import dev.veil.detect.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
        TransformTally tally = tally();
        int limit = text.length();
        for (Finding f : sorted) {
            if (f.end() > limit) {
                throw new IllegalArgumentException(f.end() > text.length()
                        ? "finding ends after the text" : "findings overlap");
            }
            out.replace(f.start(), f.end(), replace(f, text.substring(f.start(), f.end()), tally));
            limit = f.start();
        }
        return new TransformResult(out.toString(), tally.summary());
    }

    /** A tally for one request, carrying this policy's key id. */
    public TransformTally tally() {
        return new TransformTally(policy.keyId());
    }

    /**
     * The replacement for one finding whose value is {@code value}, counted in {@code tally}; for
     * callers that write replacements back themselves (document formats).
     */
    public String replace(Finding finding, String value, TransformTally tally) {
        Replacement r = policy.operatorFor(finding.type()).apply(finding.type(), value);
        tally.add(finding.type(), r.method());
        return r.text();
    }
}
