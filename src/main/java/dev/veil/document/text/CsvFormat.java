package dev.veil.document.text;

import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CSV and TSV. One unit per row, each field preceded by its column's header as a context label
 * ({@code ssn: 123-45-6789 | name: …}), so a column named "ssn" raises the score of what is in it.
 * The first row is taken as a header unless it looks like data (a run of four digits, an at-sign);
 * the header row is a unit of its own and is rewritten like any other. Quoting, delimiters, line
 * endings and untouched bytes are kept exactly; a replacement that needs quoting gets quoted.
 */
public final class CsvFormat implements DocumentFormat {
    public static final String CSV = "text/csv";
    public static final String TSV = "text/tab-separated-values";

    private final boolean tabs;

    private CsvFormat(boolean tabs) {
        this.tabs = tabs;
    }

    /** Comma-separated values; the delimiter (comma, semicolon, tab, bar) is sniffed from the first row. */
    public static CsvFormat csv() {
        return new CsvFormat(false);
    }

    /** Tab-separated values. */
    public static CsvFormat tsv() {
        return new CsvFormat(true);
    }

    @Override
    public String name() {
        return tabs ? "tsv" : "csv";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(tabs ? TSV : CSV);
    }

    @Override
    public OpenDocument open(byte[] bytes, DocumentLimits limits) {
        EncodedText source = EncodedText.decode(bytes, limits);
        String text = source.text();
        char delimiter = tabs ? '\t' : CsvTokenizer.sniffDelimiter(text);
        List<List<CsvTokenizer.Field>> rows = CsvTokenizer.rows(text, delimiter);
        List<String> headers = rows.isEmpty() || !looksLikeHeader(rows.get(0)) ? List.of() : headerLabels(rows.get(0));
        // each column's label as a field's unit shows it, made once rather than once per row
        String[] shown = new String[headers.size()];
        for (int c = 0; c < shown.length; c++) {
            shown[c] = headers.get(c).isEmpty() ? "" : headers.get(c) + ": ";
        }
        List<TextUnit> units = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int labelled = r == 0 ? 0 : shown.length;
            TextUnit.Builder unit = TextUnit.builder();
            int unitChars = 0;
            List<CsvTokenizer.Field> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                CsvTokenizer.Field f = row.get(c);
                if (f.value().isEmpty()) {
                    continue;
                }
                if (c < labelled && !shown[c].isEmpty()) {
                    unit.label(shown[c]);
                    unitChars += shown[c].length() - 2;
                }
                FieldSegment s = new FieldSegment(f, delimiter);
                segments.add(s);
                unit.segment(s).label(" | ");
                unitChars += f.value().length() + 5;
                if (unitChars > UnitSizes.MAX_CHARS) {
                    units.add(unit.build());
                    unit = TextUnit.builder();
                    unitChars = 0;
                }
            }
            if (!unit.isEmpty()) {
                units.add(unit.build());
            }
        }
        return new SplicedTextDocument(tabs ? TSV : CSV, source, units, segments);
    }

    private static boolean looksLikeHeader(List<CsvTokenizer.Field> row) {
        for (CsvTokenizer.Field f : row) {
            if (f.value().indexOf('@') >= 0 || hasDigitRun(f.value(), 4)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigitRun(String s, int length) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    private static List<String> headerLabels(List<CsvTokenizer.Field> row) {
        List<String> labels = new ArrayList<>();
        for (CsvTokenizer.Field f : row) {
            labels.add(ContextLabels.words(f.value()));
        }
        return labels;
    }

    /** A field, written back quoted when it was quoted or needs to be. */
    private static final class FieldSegment extends TextSegment {
        private final boolean quoted;
        private final char delimiter;

        FieldSegment(CsvTokenizer.Field f, char delimiter) {
            super(f.start(), f.end(), f.value());
            this.quoted = f.quoted();
            this.delimiter = delimiter;
        }

        @Override
        String encode(String value) {
            return CsvTokenizer.encode(value, quoted, delimiter);
        }
    }
}
