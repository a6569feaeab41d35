package dev.veil.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several texts joined into one stream with a line break (or another separator) between them, so
 * a detector sees context across them, and findings on the stream mapped back onto the texts. A finding that crosses a
 * boundary is split: each text gets the part inside it; a part that covers only the separator is
 * dropped. Immutable.
 */
public final class JoinedTexts {
    /** The separator between two texts: one UTF-16 unit, so offsets stay simple. */
    public static final char SEPARATOR = '\n';

    private final String text;
    private final int[] starts;
    private final int[] lengths;

    public JoinedTexts(List<String> texts) {
        this(texts, String.valueOf(SEPARATOR));
    }

    /** With {@code separator} between two texts instead of {@link #SEPARATOR}. */
    public JoinedTexts(List<String> texts, String separator) {
        StringBuilder sb = new StringBuilder();
        starts = new int[texts.size()];
        lengths = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            starts[i] = sb.length();
            lengths[i] = texts.get(i).length();
            sb.append(texts.get(i));
        }
        text = sb.toString();
    }

    /** The joined stream. */
    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    /** Where text {@code i} starts in the stream. */
    public int startOf(int i) {
        return starts[i];
    }

    /** Findings on the stream as findings per text (one list per text, in input order). */
    public List<List<Finding>> split(List<Finding> onStream) {
        List<List<Finding>> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Finding f : onStream) {
            if (f.end() > text.length()) {
                throw new IllegalArgumentException("finding beyond the joined text");
            }
            int first = indexAt(f.start());
            for (int i = first; i < size() && starts[i] < f.end(); i++) {
                int from = Math.max(f.start(), starts[i]) - starts[i];
                int to = Math.min(f.end(), starts[i] + lengths[i]) - starts[i];
                if (to > from) {
                    boolean whole = from == f.start() - starts[i] && to == f.end() - starts[i];
                    out.get(i).add(whole ? f.shifted(-starts[i])
                            : new Finding(f.type(), from, to, f.score(), f.detector(),
                                    f.explanation().with("split across joined texts")));
                }
            }
        }
        return out;
    }

    /** The index of the text holding stream offset {@code offset} (or the text before a separator). */
    private int indexAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
