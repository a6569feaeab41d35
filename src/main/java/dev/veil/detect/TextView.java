package dev.veil.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text being scanned, with what detectors share about it computed once: the regions where
 * each {@link Trigger} can match. One instance per scan; not thread-safe.
 */
public final class TextView {
    private final String text;
    private final Map<String, int[]> regions = new HashMap<>();

    public TextView(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /**
     * Regions as {@code [start0, end0, start1, end1, …]}: every place within the trigger's margin
     * of a trigger character, merged. The whole text for {@link Trigger#ANY}.
     */
    public int[] regions(Trigger trigger) {
        if (trigger.isWholeText()) {
            return new int[] {0, text.length()};
        }
        return regions.computeIfAbsent(trigger.name(), k -> compute(trigger));
    }

    private int[] compute(Trigger trigger) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int margin = trigger.margin();
        int curStart = -1;
        int curEnd = -1;
        for (int i = 0; i < n; i++) {
            if (trigger.chars().test(text.charAt(i))) {
                int s = Math.max(0, i - margin);
                int e = Math.min(n, i + 1 + margin);
                if (curStart >= 0 && s <= curEnd) {
                    curEnd = e;
                } else {
                    if (curStart >= 0) {
                        out.add(new int[] {curStart, curEnd});
                    }
                    curStart = s;
                    curEnd = e;
                }
            }
        }
        if (curStart >= 0) {
            out.add(new int[] {curStart, curEnd});
        }
        int[] flat = new int[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            flat[2 * i] = out.get(i)[0];
            flat[2 * i + 1] = out.get(i)[1];
        }
        return flat;
    }
}
