package dev.veil.document.text;

import dev.veil.document.TextUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups a JSON document's keys and values into units as the parser streams them: one unit per
 * object or array (its own members; nested containers get their own units), each key followed by
 * its value ({@code phone number: "…" | }), a nested object's keys with the key of the object
 * ({@code line1 (address line 1): "…"}), each array element preceded by the array's key as a
 * context label. A container with very many members is cut into several bounded units.
 */
final class JsonUnits {
    /** One open object or array. */
    private static final class Frame {
        TextUnit.Builder unit = TextUnit.builder();
        int chars;
        int pieces;
        final String arrayLabel;
        /** The words of the key whose value this object is ("address"), or "": its keys' labels start with them. */
        final String parentKey;
        boolean pendingKey;
        /** The object's keys, in order ({@code null} until the first). */
        List<TextSegment> keys;

        Frame(String arrayLabel, String parentKey) {
            this.arrayLabel = arrayLabel;
            this.parentKey = parentKey;
        }
    }

    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<TextUnit> units = new ArrayList<>();
    private final List<TextSegment> segments = new ArrayList<>();
    /** The keys of each object with two or more, for {@link #keepKeysDistinct}. */
    private final List<List<TextSegment>> keyGroups = new ArrayList<>();
    /** Context words of the last key, for the elements of an array that is its value. */
    private String lastKeyLabel = "";
    /** The words of the last key alone, for the keys of an object that is its value. */
    private String lastOwnKey = "";

    void open() {
        Frame parent = stack.peek();
        String label = parent == null ? "" : parent.pendingKey ? lastKeyLabel : parent.arrayLabel;
        String parentKey = parent != null && parent.pendingKey ? lastOwnKey : "";
        if (parent != null && parent.pendingKey) {
            parent.unit.label(" | ");
            parent.pendingKey = false;
        }
        stack.push(new Frame(label, parentKey));
    }

    void close() {
        Frame f = stack.pop();
        flush(f);
        if (f.keys != null && f.keys.size() > 1) {
            keyGroups.add(f.keys);
        }
    }

    void key(TextSegment key) {
        Frame f = stack.peek();
        segments.add(key);
        if (f.keys == null) {
            f.keys = new ArrayList<>();
        }
        f.keys.add(key);
        f.unit.segment(key);
        String own = ContextLabels.words(key.text());
        // a nested object's key with its parent's: {"address": {"line1": …}} is "line1 (address line 1): …"
        String words = f.parentKey.isEmpty() || own.isEmpty() ? own : f.parentKey + " " + own;
        boolean differs = !words.equals(key.text().toLowerCase(Locale.ROOT));
        f.unit.label(differs ? " (" + words + "): " : ": ");
        f.pendingKey = true;
        lastKeyLabel = words;
        lastOwnKey = own;
        grow(f, key.text().length() + words.length() + 4);
    }

    void value(TextSegment value) {
        Frame f = stack.peek();
        segments.add(value);
        if (f == null) {
            units.add(TextUnit.of(value));
            return;
        }
        if (!f.pendingKey && !f.arrayLabel.isEmpty()) {
            f.unit.label(f.arrayLabel + ": ");
        }
        f.unit.segment(value).label(" | ");
        f.pendingKey = false;
        grow(f, value.text().length() + f.arrayLabel.length() + 5);
    }

    /** A literal (true, false, null) that holds no text. */
    void scalar() {
        Frame f = stack.peek();
        if (f != null && f.pendingKey) {
            f.unit.label(" | ");
            f.pendingKey = false;
        }
    }

    private void grow(Frame f, int chars) {
        f.chars += chars;
        f.pieces += 3;
        if (!f.pendingKey && (f.chars > UnitSizes.MAX_CHARS || f.pieces > UnitSizes.MAX_PIECES)) {
            flush(f);
            f.unit = TextUnit.builder();
            f.chars = 0;
            f.pieces = 0;
        }
    }

    private void flush(Frame f) {
        if (!f.unit.isEmpty()) {
            units.add(f.unit.build());
        }
    }

    List<TextUnit> units() {
        return units;
    }

    /**
     * Keeps the keys of each object that differed in the input different in the output: where
     * replacements make two of them equal ({@code "mary@example.com"} and {@code "john@example.org"}
     * both {@code "[EMAIL]"}), the later ones get a number ({@code "[EMAIL] #2"}), so that a reader
     * that keeps one member per key (most do) loses no member. Keys equal in the input stay equal,
     * and keys no replacement touched stay as they were (a changed key avoids them too). Run when
     * the replacements are made, before the document is saved.
     */
    void keepKeysDistinct() {
        for (List<TextSegment> keys : keyGroups) {
            Set<String> taken = new HashSet<>();
            boolean anyChanged = false;
            for (TextSegment key : keys) {
                if (key.changed()) {
                    anyChanged = true;
                } else {
                    taken.add(key.text());
                }
            }
            if (!anyChanged) {
                continue;
            }
            Map<String, String> given = new HashMap<>();
            for (TextSegment key : keys) {
                if (!key.changed()) {
                    continue;
                }
                String same = given.get(key.original());
                if (same != null) {
                    key.replace(same);
                    continue;
                }
                String out = key.text();
                for (int n = 2; taken.contains(out); n++) {
                    out = key.text() + " #" + n;
                }
                key.replace(out);
                taken.add(out);
                given.put(key.original(), out);
            }
        }
    }

    List<TextSegment> segments() {
        return segments;
    }
}
