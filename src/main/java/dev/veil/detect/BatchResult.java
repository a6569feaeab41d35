package dev.veil.detect;

import java.util.List;

/**
 * What a {@link BatchDetector} found: one list of findings per input text (same order), and the
 * units the remote service billed for it.
 */
public record BatchResult(List<List<Finding>> findings, long billedUnits) {
    public BatchResult {
        findings = findings.stream().map(List::copyOf).toList();
        if (billedUnits < 0) {
            throw new IllegalArgumentException("negative billed units");
        }
    }
}
