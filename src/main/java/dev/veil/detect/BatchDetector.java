package dev.veil.detect;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A detector over all the texts of one document at once: a remote service billed per call, which
 * sees the texts joined (so context crosses them) and is called as few times as its limits allow.
 * Implementations are thread-safe. Failures are unchecked: {@link DetectionDeadlineException} when
 * the deadline passes, {@link RemoteDetectionException} for any other failure; the caller then
 * fails closed.
 */
public interface BatchDetector {
    /** A stable name, shown as the detector of its findings. */
    String name();

    /** The types this detector can report. */
    Set<EntityType> types();

    /**
     * Findings per text, in the order of {@code texts}, with UTF-16 offsets into each text like
     * {@link Finding}; a finding that spans several texts is split onto each of them.
     */
    BatchResult detect(List<String> texts, Instant deadline);

    /** A cheap first pass for deny mode: does any text hold personal data of this detector's types? */
    ContainsResult containsAny(List<String> texts, Instant deadline);
}
