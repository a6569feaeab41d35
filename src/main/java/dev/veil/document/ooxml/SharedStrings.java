package dev.veil.document.ooxml;

import dev.veil.detect.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a workbook's shared-string items to the worksheet rows that show them. A row's unit shows
 * each shared string as a label, so that "SSN" in one cell gives context to the number in the next
 * even when both are shared strings; a finding that falls on such a label is projected onto the
 * item's own unit, which is where the text is rewritten (once, for every cell that uses it).
 */
final class SharedStrings {
    /** A label in a row unit, [start, end), that shows the item whose unit is {@code itemUnit}. */
    record Ref(int start, int end, int itemUnit) {
    }

    private final List<Integer> itemUnits = new ArrayList<>();
    private final Map<Integer, List<Ref>> refsByRowUnit = new HashMap<>();

    /** Records the next item (in {@code sst} order): its unit index, or -1 for an empty item. */
    void addItem(int unitIndex) {
        itemUnits.add(unitIndex);
    }

    /** The unit index of item {@code index}, or -1. */
    int unitOfItem(int index) {
        return index >= 0 && index < itemUnits.size() ? itemUnits.get(index) : -1;
    }

    void addRefs(int rowUnit, List<Ref> refs) {
        refsByRowUnit.put(rowUnit, List.copyOf(refs));
    }

    /** The findings with those that fall on shared-string labels added to the items' own units. */
    List<List<Finding>> project(List<List<Finding>> findingsPerUnit) {
        if (refsByRowUnit.isEmpty()) {
            return findingsPerUnit;
        }
        List<List<Finding>> out = new ArrayList<>();
        findingsPerUnit.forEach(list -> out.add(new ArrayList<>(list)));
        List<Integer> touched = new ArrayList<>();
        for (var entry : refsByRowUnit.entrySet()) {
            if (entry.getKey() >= findingsPerUnit.size()) {
                continue;
            }
            for (Finding f : findingsPerUnit.get(entry.getKey())) {
                for (Ref r : entry.getValue()) {
                    int start = Math.max(f.start(), r.start());
                    int end = Math.min(f.end(), r.end());
                    if (start < end && r.itemUnit() < out.size()) {
                        out.get(r.itemUnit()).add(f.withSpan(start - r.start(), end - r.start(),
                                "found in a worksheet row, applied to its shared string"));
                        touched.add(r.itemUnit());
                    }
                }
            }
        }
        for (int unit : touched) {
            out.set(unit, disjoint(out.get(unit)));
        }
        return out;
    }

    /** Sorted, with overlapping findings merged into one span (the first one's type). */
    private static List<Finding> disjoint(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        List<Finding> merged = new ArrayList<>();
        for (Finding f : sorted) {
            Finding last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && f.start() < last.end()) {
                if (f.end() > last.end()) {
                    merged.set(merged.size() - 1, last.withSpan(last.start(), f.end(), "merged with an overlapping finding"));
                }
            } else {
                merged.add(f);
            }
        }
        return merged;
    }
}
