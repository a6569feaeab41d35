package dev.veil.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the findings of local detectors with those of a remote {@link BatchDetector} for the same
 * text. Nothing is dropped: every finding goes to {@link OverlapResolver}, which merges overlaps
 * into their union and keeps the strongest finding's type, so a remote finding that overlaps no
 * local one survives unchanged and equal spans keep the higher score.
 */
public final class FindingMerger {
    private FindingMerger() {
    }

    /** Disjoint findings, sorted by start, covering every character any input finding covered. */
    public static List<Finding> merge(List<Finding> local, List<Finding> remote) {
        List<Finding> all = new ArrayList<>(local.size() + remote.size());
        all.addAll(local);
        all.addAll(remote);
        return OverlapResolver.resolve(all);
    }

    /** {@link #merge} per text; both lists hold one list of findings per text, in the same order. */
    public static List<List<Finding>> mergeEach(List<List<Finding>> local, List<List<Finding>> remote) {
        if (local.size() != remote.size()) {
            throw new IllegalArgumentException("finding lists for " + local.size() + " and " + remote.size() + " texts");
        }
        List<List<Finding>> out = new ArrayList<>(local.size());
        for (int i = 0; i < local.size(); i++) {
            out.add(merge(local.get(i), remote.get(i)));
        }
        return out;
    }
}
