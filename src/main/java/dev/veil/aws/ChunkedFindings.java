package dev.veil.aws;

import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the findings of overlapping chunks into one list for the whole text, by position (never
 * by count, the mistake of AWS's sample). A value in an overlap is seen by two chunks: the same
 * type and span is kept once, with the higher score; a finding that a neighbouring chunk saw
 * inside a longer finding of the same type is dropped, since it is that value cut short by a
 * chunk edge. A dropped finding is always covered by a kept one, so no character is uncovered;
 * everything else is kept.
 */
final class ChunkedFindings {
    private ChunkedFindings() {
    }

    private record Span(EntityType type, int start, int end) {
    }

    /** {@code perChunk.get(i)} holds chunk i's findings in whole-text offsets. */
    static List<Finding> merge(List<ComprehendChunker.Chunk> chunks, List<List<Finding>> perChunk) {
        Map<Span, Finding> best = new LinkedHashMap<>();
        Map<Span, BitSet> seenBy = new HashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            for (Finding f : perChunk.get(i)) {
                Span span = new Span(f.type(), f.start(), f.end());
                best.merge(span, f, (a, b) -> a.score() >= b.score() ? a : b);
                seenBy.computeIfAbsent(span, s -> new BitSet()).set(i);
            }
        }
        List<Finding> out = new ArrayList<>(best.size());
        best.forEach((span, f) -> {
            if (!cutShort(f, seenBy.get(span), chunks, perChunk)) {
                out.add(f);
            }
        });
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::type));
        return out;
    }

    /** Whether a neighbouring chunk that did not report {@code f} reported a longer same-type span around it. */
    private static boolean cutShort(Finding f, BitSet seen, List<ComprehendChunker.Chunk> chunks,
                                    List<List<Finding>> perChunk) {
        for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
            for (int j = i - 1; j <= i + 1; j += 2) {
                if (j < 0 || j >= chunks.size() || seen.get(j)
                        || f.end() <= chunks.get(j).start() || f.start() >= chunks.get(j).end()) {
                    continue;
                }
                for (Finding g : perChunk.get(j)) {
                    if (g.type() == f.type() && g.start() <= f.start() && g.end() >= f.end()
                            && g.length() > f.length()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
