package dev.veil.document;

import dev.veil.detect.Finding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies findings (disjoint, in the unit's joined-text coordinates) to a unit's segments. A
 * finding's replacement is written into the first segment it touches; its parts in later
 * segments are removed, so nothing of the value survives in any segment. Parts of a finding
 * that fall on labels are not document content and are left alone.
 */
public final class UnitRewriter {
    private UnitRewriter() {
    }

    private record Edit(int start, int end, String replacement) {
    }

    /** Rewrites the unit's segments; returns the number of findings applied. */
    public static int apply(TextUnit unit, List<Finding> findings, Replacer replacer) {
        if (findings.isEmpty()) {
            return 0;
        }
        // a unit touches few segments: a small table (the default sizes one for 21)
        Map<Segment, List<Edit>> edits = new IdentityHashMap<>(4);
        String text = unit.text();
        List<TextUnit.Piece> pieces = unit.pieces();
        int applied = 0;
        // the first piece that can meet the next finding: findings come by start (a resolver's are
        // disjoint and in order), so the pieces are walked once, not once per finding
        int from = 0;
        int lastStart = Integer.MIN_VALUE;
        for (Finding f : findings) {
            String replacement = replacer.replacementFor(f, text.substring(f.start(), f.end()));
            if (f.start() < lastStart) {
                from = 0; // out of order: from the first piece again
            }
            lastStart = f.start();
            while (from < pieces.size() && pieces.get(from).end() <= f.start()) {
                from++;
            }
            boolean first = true;
            for (int k = from; k < pieces.size(); k++) {
                TextUnit.Piece p = pieces.get(k);
                if (p.start() >= f.end()) {
                    break;
                }
                if (p.segment() == null || p.end() <= f.start()) {
                    continue;
                }
                int s = Math.max(f.start(), p.start()) - p.start();
                int e = Math.min(f.end(), p.end()) - p.start();
                edits.computeIfAbsent(p.segment(), key -> new ArrayList<>())
                        .add(new Edit(s, e, first ? replacement : ""));
                first = false;
            }
            applied++;
        }
        for (var entry : edits.entrySet()) {
            Segment seg = entry.getKey();
            List<Edit> list = entry.getValue();
            list.sort((a, b) -> Integer.compare(b.start(), a.start()));
            StringBuilder sb = new StringBuilder(seg.text());
            for (Edit e : list) {
                sb.replace(e.start(), e.end(), e.replacement());
            }
            String updated = sb.toString();
            if (!updated.equals(seg.text())) {
                seg.replace(updated);
            }
        }
        return applied;
    }
}
