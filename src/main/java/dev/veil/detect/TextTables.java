package dev.veil.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of plain-text tables whose header names a person's or an address's column: reports,
 * exports and printouts that line their columns up with spaces or tabs under a header row,
 *
 * <pre>
 * ACCT      HOLDER                  ADDRESS
 * 5510021   Okafor, Chinonso       22 Herbert Macaulay Way, Yaba, Lagos
 * </pre>
 *
 * where each cell's label is the header above it ({@link FieldLabel}), as a converted CSV row
 * labels its cells. A header is a line of two or more cells (separated by two spaces or more, or
 * a tab), each a short label that starts with a letter, one of which {@link FieldLabel} reads as
 * a person's name, a person's field or an address. The rows are the lines after it, up to a blank
 * line or a line that does not line up: one whose cells mostly start where no column does. A
 * cell belongs to the column whose start is at or before its own (tabs: by position). Found once
 * per text ({@link TextView#shared}); a text is looked at only around the words a header of
 * these kinds can end with, read off the view's word index by hash.
 */
public final class TextTables {
    /** The labelled cells of {@code view}: see {@link #cells}. */
    public static final TextView.SharedPass<TextTables> PASS = TextTables::find;

    private static final TextTables NONE = new TextTables(new int[0]);
    /** Characters a header line may have. */
    private static final int MAX_HEADER = 300;
    /** Characters a header cell may have. */
    private static final int MAX_HEADER_CELL = 32;
    /** How far a cell may start before its column and still be its. */
    private static final int SLACK = 1;

    /** The words a header of a person's or an address's column can end with, by {@link WordHash}, sorted. */
    private static final int[] HEADER_WORDS = FieldLabel.lastWordHashes(FieldLabel.Kind.ADDRESS,
            FieldLabel.Kind.PERSON_NAME, FieldLabel.Kind.PERSON_ROLE);
    /** The same as a bit filter of 65,536 bits: most words are turned away by one bit test. */
    private static final WordHashFilter HEADER_FILTER = WordHashFilter.of(HEADER_WORDS);

    private static final FieldLabel.Kind[] KINDS = FieldLabel.Kind.values();

    /** Per cell: start, end, {@link FieldLabel.Kind} ordinal; in text order. */
    private final int[] cells;

    private TextTables(int[] cells) {
        this.cells = cells;
    }

    /** The number of labelled cells. */
    public int count() {
        return cells.length / 3;
    }

    public int start(int k) {
        return cells[3 * k];
    }

    public int end(int k) {
        return cells[3 * k + 1];
    }

    /** The kind of cell {@code k}'s column: {@link FieldLabel.Kind#ADDRESS}, {@code PERSON_NAME} or {@code PERSON_ROLE}. */
    public FieldLabel.Kind kind(int k) {
        return KINDS[cells[3 * k + 2]];
    }

    private static TextTables find(TextView view) {
        String text = view.text();
        // the index itself, not the view's calls: each call asked for the index again, at every word
        TextWords index = view.words();
        int words = index.count();
        List<int[]> found = null;
        int examinedTo = -1; // lines before this were looked at (as headers or rows)
        for (int k = 0; k < words; k++) {
            int h = index.hash(k);
            if (!HEADER_FILTER.mayContain(h)) {
                continue;
            }
            int s = index.start(k);
            if (s < examinedTo || Arrays.binarySearch(HEADER_WORDS, h) < 0) {
                continue;
            }
            int ls = text.lastIndexOf('\n', s) + 1;
            int le = text.indexOf('\n', s);
            le = le < 0 ? text.length() : le;
            examinedTo = le;
            if (le - ls > MAX_HEADER || le - ls < 4 || !startsWithLetter(text, ls, le) || !hasGap(text, ls, le)) {
                continue; // a first cell that is no label, or no gap of two spaces or a tab: one cell, no header
            }
            int[] header = cells(text, ls, le);
            FieldLabel.Kind[] kinds = header == null ? null : headerKinds(text, header);
            if (kinds == null) {
                continue;
            }
            if (found == null) {
                found = new ArrayList<>();
            }
            examinedTo = rows(text, ls, le, header, kinds, found);
        }
        if (found == null) {
            return NONE;
        }
        int[] out = new int[3 * found.size()];
        for (int i = 0; i < found.size(); i++) {
            System.arraycopy(found.get(i), 0, out, 3 * i, 3);
        }
        return new TextTables(out);
    }

    /**
     * Whether line {@code [ls, le)}'s first cell ({@link #cells}: after its leading blanks) starts
     * with a letter, as a header's first cell must ({@link #headerKinds}). Told before the gap is
     * searched for: a log line holds a header word ("user=") but starts with its date.
     */
    private static boolean startsWithLetter(String text, int ls, int le) {
        for (int i = ls; i < le; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return Character.isLetter(c);
            }
        }
        return false;
    }

    /** Whether line {@code [ls, le)} holds two spaces in a row or a tab (read within the line: a search past it would make many lines quadratic). */
    private static boolean hasGap(String text, int ls, int le) {
        for (int i = ls; i < le; i++) {
            char c = text.charAt(i);
            if (c == '\t' || (c == ' ' && i + 1 < le && text.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cells of line {@code [ls, le)} as {@code [start0, end0, start1, end1, …]}: runs of text
     * separated by two spaces or more or by a tab; {@code null} when there are fewer than two.
     */
    static int[] cells(String text, int ls, int le) {
        int[] out = new int[16];
        int n = 0;
        int i = ls;
        while (i < le) {
            while (i < le && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
                i++;
            }
            if (i >= le) {
                break;
            }
            int s = i;
            int lastNonSpace = i;
            while (i < le) {
                char c = text.charAt(i);
                if (c == '\t' || c == '\r' || (c == ' ' && i + 1 < le && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t'))) {
                    break;
                }
                if (c != ' ') {
                    lastNonSpace = i;
                }
                i++;
            }
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = s;
            out[n++] = lastNonSpace + 1;
        }
        return n >= 4 ? Arrays.copyOf(out, n) : null;
    }

    /**
     * The kind of each header cell's column, or {@code null} when the line is no header: a cell
     * that is no short label, or no column of a person or an address.
     */
    private static FieldLabel.Kind[] headerKinds(String text, int[] header) {
        int columns = header.length / 2;
        FieldLabel.Kind[] kinds = new FieldLabel.Kind[columns];
        boolean useful = false;
        for (int c = 0; c < columns; c++) {
            int s = header[2 * c];
            int e = header[2 * c + 1];
            if (e - s > MAX_HEADER_CELL || !Character.isLetter(text.charAt(s))) {
                return null;
            }
            for (int i = s; i < e; i++) {
                char ch = text.charAt(i);
                if (!(Character.isLetterOrDigit(ch) || " #./_-()&'".indexOf(ch) >= 0)) {
                    return null;
                }
            }
            String label = FieldLabel.words(text, s, e);
            FieldLabel.Kind kind = label.isEmpty() ? FieldLabel.Kind.NONE : FieldLabel.kind(label);
            kinds[c] = kind;
            useful |= kind == FieldLabel.Kind.ADDRESS || kind == FieldLabel.Kind.PERSON_NAME || kind == FieldLabel.Kind.PERSON_ROLE;
        }
        return useful ? kinds : null;
    }

    /**
     * Adds the labelled cells of the rows under the header on line {@code [ls, le)} to {@code found};
     * answers where the table ends.
     */
    private static int rows(String text, int ls, int le, int[] header, FieldLabel.Kind[] kinds, List<int[]> found) {
        int columns = header.length / 2;
        boolean tabs = false;
        for (int i = ls; i < le && !tabs; i++) {
            tabs = text.charAt(i) == '\t';
        }
        int[] starts = new int[columns];
        for (int c = 0; c < columns; c++) {
            starts[c] = header[2 * c] - ls;
        }
        int at = le;
        while (at < text.length()) {
            int rs = at + 1;
            int re = text.indexOf('\n', rs);
            re = re < 0 ? text.length() : re;
            int[] row = rs < re ? cells(text, rs, re) : null;
            if (row == null) {
                return at; // a blank line, or a line of one cell: the table ends
            }
            int cellCount = row.length / 2;
            int aligned = 0;
            int[] column = new int[cellCount];
            for (int k = 0; k < cellCount; k++) {
                int offset = row[2 * k] - rs;
                int c = tabs ? Math.min(k, columns - 1) : columnAt(starts, offset);
                column[k] = c;
                if (tabs || (c >= 0 && Math.abs(starts[c] - offset) <= SLACK)) {
                    aligned++;
                }
            }
            if (2 * aligned < cellCount + 1) {
                return at; // most cells start where no column does: no row of this table
            }
            for (int k = 0; k < cellCount; k++) {
                int c = column[k];
                if (c >= 0 && (kinds[c] == FieldLabel.Kind.ADDRESS || kinds[c] == FieldLabel.Kind.PERSON_NAME
                        || kinds[c] == FieldLabel.Kind.PERSON_ROLE)) {
                    found.add(new int[] {row[2 * k], row[2 * k + 1], kinds[c].ordinal()});
                }
            }
            at = re;
        }
        return at;
    }

    /** The column whose start is at or before {@code offset} (less {@link #SLACK}), the last such; -1 before the first. */
    private static int columnAt(int[] starts, int offset) {
        int c = -1;
        for (int i = 0; i < starts.length && starts[i] <= offset + SLACK; i++) {
            c = i;
        }
        return c;
    }
}
