package dev.veil.document.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text (CSV, TSV, semicolon CSV) into rows of fields, remembering where each
 * field is in the text and whether it was quoted, so a rewrite can replace one field and leave
 * every other byte (quoting, delimiters, line endings) as it was. Lenient like spreadsheet tools:
 * text after a closing quote joins the value, and an unterminated quote runs to the end.
 */
final class CsvTokenizer {
    /** A field: its span in the text (quotes included), its value, and whether it was quoted. */
    record Field(int start, int end, String value, boolean quoted) {
    }

    private static final char QUOTE = '"';
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private CsvTokenizer() {
    }

    /** The delimiter of a CSV whose delimiter is not known: the most frequent candidate in the first row. */
    static char sniffDelimiter(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean inQuotes = false;
        int limit = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                break;
            } else if (!inQuotes) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    static List<List<Field>> rows(String text, char delimiter) {
        List<List<Field>> rows = new ArrayList<>();
        List<Field> row = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            Field f = field(text, pos, delimiter);
            row.add(f);
            pos = f.end();
            if (pos >= n) {
                break;
            }
            char c = text.charAt(pos);
            if (c == delimiter) {
                pos++;
                if (pos == n) {
                    row.add(new Field(n, n, "", false));
                }
                continue;
            }
            pos += c == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n' ? 2 : 1;
            rows.add(row);
            row = new ArrayList<>();
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** The field starting at {@code start}; it ends at a delimiter, a line break or the end. */
    private static Field field(String text, int start, char delimiter) {
        int n = text.length();
        if (start < n && text.charAt(start) == QUOTE) {
            StringBuilder value = new StringBuilder();
            int i = start + 1;
            while (i < n) {
                char c = text.charAt(i);
                if (c == QUOTE) {
                    if (i + 1 < n && text.charAt(i + 1) == QUOTE) {
                        value.append(QUOTE);
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value.append(c);
                i++;
            }
            int end = i;
            while (end < n && !isBoundary(text.charAt(end), delimiter)) {
                end++;
            }
            value.append(text, i, end);
            return new Field(start, end, value.toString(), true);
        }
        int end = start;
        while (end < n && !isBoundary(text.charAt(end), delimiter)) {
            end++;
        }
        return new Field(start, end, text.substring(start, end), false);
    }

    private static boolean isBoundary(char c, char delimiter) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    /** A value as a field: quoted when the original was or when the value needs it. */
    static String encode(String value, boolean wasQuoted, char delimiter) {
        boolean needs = wasQuoted || value.indexOf(delimiter) >= 0 || value.indexOf(QUOTE) >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needs ? QUOTE + value.replace("\"", "\"\"") + QUOTE : value;
    }
}
