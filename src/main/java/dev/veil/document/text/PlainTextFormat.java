package dev.veil.document.text;

import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plain text in UTF-8, UTF-16 (with a byte-order mark) or windows-1252 ({@link
 * dev.veil.document.TextDecoding}), written back in the same charset with the same BOM. One unit
 * per paragraph (lines up to a blank line), with long paragraphs cut at line boundaries every
 * {@value UnitSizes#MAX_LINES} lines or {@value UnitSizes#MAX_CHARS} characters, and an endless
 * line cut at a sentence end, else a list's separator, else a space, so a name that wraps onto the next line is still seen whole.
 */
public final class PlainTextFormat implements DocumentFormat {
    public static final String MEDIA_TYPE = "text/plain";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public OpenDocument open(byte[] bytes, DocumentLimits limits) {
        EncodedText source = EncodedText.decode(bytes, limits);
        List<TextUnit> units = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int[] chunk : chunks(source.text())) {
            TextSegment s = new RawSegment(chunk[0], chunk[1], source.text().substring(chunk[0], chunk[1]));
            segments.add(s);
            units.add(TextUnit.of(s));
        }
        return new SplicedTextDocument(MEDIA_TYPE, source, units, segments);
    }

    /** Splits text into paragraphs and bounded windows; every character is in exactly one chunk. */
    static List<int[]> chunks(String text) {
        List<int[]> out = new ArrayList<>();
        int chunkStart = 0;
        int lines = 0;
        int pos = 0;
        while (pos < text.length()) {
            int lineEnd = lineEnd(text, pos);
            if (lineEnd - chunkStart > UnitSizes.MAX_CHARS && pos > chunkStart) {
                out.add(new int[] {chunkStart, pos});
                chunkStart = pos;
                lines = 0;
            }
            if (lineEnd - pos > UnitSizes.MAX_CHARS) {
                lineEnd = cutLongLine(text, pos);
            }
            boolean blank = text.substring(pos, lineEnd).isBlank();
            pos = lineEnd;
            lines++;
            if ((blank && lines > 1) || lines >= UnitSizes.MAX_LINES || pos - chunkStart >= UnitSizes.MAX_CHARS) {
                out.add(new int[] {chunkStart, pos});
                chunkStart = pos;
                lines = 0;
            }
        }
        if (chunkStart < text.length()) {
            out.add(new int[] {chunkStart, text.length()});
        }
        return out;
    }

    /**
     * End of the line starting at {@code pos}, after its terminator (LF, CRLF or CR). The search
     * stops one character past a unit: a longer line is cut anyway, and scanning a single line of
     * a hundred megabytes to its end once per unit made opening it quadratic.
     */
    private static int lineEnd(String text, int pos) {
        int stop = (int) Math.min(text.length(), (long) pos + UnitSizes.MAX_CHARS + 1);
        for (int i = pos; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return stop;
    }

    /**
     * A cut point for a line longer than a unit: after the last sentence end in the window, else
     * after its last space, else hard. A value found in one unit is replaced in every unit, but one
     * cut in two is whole in no unit: a line of prose (a word processor's paragraph, text without
     * wraps) cut at any space split a name or a spaced phone number often enough that the output's
     * check found it there and the document was refused. A sentence end holds no such value.
     */
    private static int cutLongLine(String text, int pos) {
        int limit = pos + UnitSizes.MAX_CHARS;
        for (int i = limit; i > limit - SENTENCE_SEARCH; i--) {
            if (isSentenceCut(text, i)) {
                return i;
            }
        }
        for (int i = limit; i > limit - SENTENCE_SEARCH; i--) {
            if (isListCut(text, i)) {
                return i;
            }
        }
        for (int i = limit; i > limit - 1024; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
    }

    /**
     * Whether {@code i} follows a separator of a list written on one line: a tab, or a space after
     * ';' or '|'. A list has no sentence ends, and a cut at its last space split a phone number's
     * area code ("(415)") from the rest, which was replaced alone; no value holds these.
     */
    private static boolean isListCut(String text, int i) {
        char c = text.charAt(i - 1);
        if (c == '\t') {
            return true;
        }
        return c == ' ' && (text.charAt(i - 2) == ';' || text.charAt(i - 2) == '|');
    }

    /** How far back from a unit's end a long line's cut looks for a sentence end. */
    private static final int SENTENCE_SEARCH = 4096;

    /**
     * Whether {@code i} follows a space after a sentence's last word: '.', '!' or '?' after a
     * lower-case word of four letters or more, so an initial ("J. Smith"), a title ("Mrs. Smith")
     * or a street ("Main St. 4") is not taken for one.
     */
    private static boolean isSentenceCut(String text, int i) {
        if (!Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        char end = text.charAt(i - 2);
        if (end != '.' && end != '!' && end != '?') {
            return false;
        }
        int letters = 0;
        for (int j = i - 3; j >= 0 && Character.isLetter(text.charAt(j)) && letters < 4; j--) {
            if (!Character.isLowerCase(text.charAt(j))) {
                return false;
            }
            letters++;
        }
        return letters == 4;
    }

    /** A chunk of text written back as is. */
    private static final class RawSegment extends TextSegment {
        RawSegment(int start, int end, String text) {
            super(start, end, text);
        }

        @Override
        EncodedText.Edit edit() {
            return minimalEdit();
        }

        @Override
        String encode(String value) {
            return value;
        }
    }
}
