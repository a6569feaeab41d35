package dev.veil.aws;

import dev.veil.detect.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the findings of overlapping chunks into one list for the whole text, by position (never
 * by count, the mistake of AWS's sample). A value in an overlap is seen by two chunks: the same
 * span and type is kept once, with the higher score; a finding that touches the cut edge of its
 * chunk (so it may be cut short) is dropped when another chunk saw an overlapping finding away
 * from its own edges. Everything else is kept.
 */
final class ChunkedFindings {
    private ChunkedFindings() {
    }

    private record Seen(Finding finding, int chunk, boolean atCutEdge) {
    }

    private record Span(Object type, int start, int end) {
    }

    /** {@code perChunk.get(i)} holds chunk i's findings in whole-text offsets. */
    static List<Finding> merge(List<ComprehendChunker.Chunk> chunks, List<List<Finding>> perChunk) {
        Map<Span, Seen> unique = new LinkedHashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            ComprehendChunker.Chunk c = chunks.get(i);
            for (Finding f : perChunk.get(i)) {
                boolean edge = (i > 0 && f.start() <= c.start()) || (i < chunks.size() - 1 && f.end() >= c.end());
                unique.merge(new Span(f.type(), f.start(), f.end()), new Seen(f, i, edge), ChunkedFindings::better);
            }
        }
        List<Seen> all = new ArrayList<>(unique.values());
        List<Finding> out = new ArrayList<>(all.size());
        for (Seen s : all) {
            if (!s.atCutEdge() || !seenWholeElsewhere(s, all)) {
                out.add(s.finding());
            }
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::type));
        return out;
    }

    private static Seen better(Seen a, Seen b) {
        Finding higher = a.finding().score() >= b.finding().score() ? a.finding() : b.finding();
        Seen inner = a.atCutEdge() ? b : a;
        return new Seen(higher, inner.chunk(), a.atCutEdge() && b.atCutEdge());
    }

    private static boolean seenWholeElsewhere(Seen edge, List<Seen> all) {
        for (Seen other : all) {
            if (other.chunk() != edge.chunk() && !other.atCutEdge() && other.finding().overlaps(edge.finding())) {
                return true;
            }
        }
        return false;
    }
}
