package dev.veil.document.text;

import dev.veil.document.DocumentTypes;
import dev.veil.document.UnreadableDocumentException;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Cuts a decoded text stream into windows of whole records, so that a large text-like object can
 * be inspected a window at a time in bounded memory. A window ends at a line end for plain text
 * and JSON Lines and at a record end outside quotes for CSV/TSV (a quoted field may hold line
 * breaks). A plain-text line longer than a window is cut after its last whitespace near the
 * window's end, or hard when it has none; a CSV record or JSON line longer than
 * {@code maxRecordChars} is refused, since cutting it would change what it means.
 * <p>
 * A caller may give the tail of a window back ({@link #pushBack}) to move a cut (the streaming
 * redactor does so when a finding straddles it). Not thread-safe; does not close the reader.
 */
public final class TextWindows {
    /** How records end in a streamable text type. */
    public enum Shape {
        /** Lines; an endless line is cut at whitespace. */
        PLAIN,
        /** CSV or TSV records: line ends outside double quotes. */
        CSV,
        /** One JSON value per line. */
        JSON_LINES
    }

    private static final int READ_CHARS = 64 * 1024;
    /** How far back from a window's end a long plain-text line looks for whitespace to cut at. */
    private static final int WHITESPACE_SEARCH = 1024;

    private final Reader in;
    private final Shape shape;
    private final int windowChars;
    private final int maxRecordChars;
    private final StringBuilder pending = new StringBuilder();
    private final char[] buffer = new char[READ_CHARS];
    private boolean eof;
    private long charsRead;

    /**
     * @param windowChars    the usual window size in characters
     * @param maxRecordChars the longest CSV record or JSON line accepted (at least {@code windowChars})
     */
    public TextWindows(Reader in, Shape shape, int windowChars, int maxRecordChars) {
        if (windowChars < 2 * WHITESPACE_SEARCH || maxRecordChars < windowChars) {
            throw new IllegalArgumentException("windows of at least " + 2 * WHITESPACE_SEARCH
                    + " characters, records at least as long as a window");
        }
        this.in = in;
        this.shape = shape;
        this.windowChars = windowChars;
        this.maxRecordChars = maxRecordChars;
    }

    /** The shape of a media type that can be streamed, or empty for types held whole. */
    public static Optional<Shape> shapeOf(String mediaType) {
        return switch (mediaType) {
            case DocumentTypes.TEXT -> Optional.of(Shape.PLAIN);
            case DocumentTypes.CSV, DocumentTypes.TSV -> Optional.of(Shape.CSV);
            case DocumentTypes.JSON_LINES -> Optional.of(Shape.JSON_LINES);
            default -> Optional.empty();
        };
    }

    /**
     * The next window, or null at the end of the text.
     *
     * @throws UnreadableDocumentException for a record longer than the limit
     * @throws IOException                 when the stream fails (a charset error included)
     */
    public String next() throws IOException {
        fill(windowChars + 1);
        if (pending.length() == 0) {
            return null;
        }
        int cut = pending.length() <= windowChars && eof ? pending.length() : cut();
        String window = pending.substring(0, cut);
        pending.delete(0, cut);
        return window;
    }

    /** True when no text follows the last window returned. */
    public boolean atEnd() throws IOException {
        fill(1);
        return pending.isEmpty();
    }

    /** Up to {@code chars} characters that follow the last window, without consuming them. */
    public String peek(int chars) throws IOException {
        fill(chars);
        return pending.substring(0, Math.min(chars, pending.length()));
    }

    /** Gives the tail of the last window back: it starts the next window. */
    public void pushBack(String tail) {
        pending.insert(0, tail);
    }

    /** Characters read from the stream so far. */
    public long charsRead() {
        return charsRead;
    }

    private void fill(int atLeast) throws IOException {
        while (!eof && pending.length() < atLeast) {
            int n = in.read(buffer);
            if (n < 0) {
                eof = true;
            } else {
                pending.append(buffer, 0, n);
                charsRead += n;
            }
        }
    }

    private int cut() throws IOException {
        int limit = Math.min(windowChars, pending.length());
        int end = shape == Shape.CSV ? lastRecordEnd(pending, limit) : lastLineEnd(pending, limit);
        if (end > 0) {
            return end;
        }
        if (shape == Shape.PLAIN) {
            return longLineCut(limit);
        }
        // one record longer than a window: read on to its end, up to the record limit
        fill(maxRecordChars + 1);
        int max = Math.min(maxRecordChars, pending.length());
        end = shape == Shape.CSV ? firstRecordEnd(pending, max) : firstLineEnd(pending, max);
        if (end > 0) {
            return end;
        }
        if (eof && pending.length() <= maxRecordChars) {
            return pending.length();
        }
        throw new UnreadableDocumentException("a " + (shape == Shape.CSV ? "CSV record" : "JSON line")
                + " longer than " + maxRecordChars + " characters cannot be streamed");
    }

    /** After the last whitespace in the window's last stretch, else hard (not inside a surrogate pair). */
    private int longLineCut(int limit) {
        for (int i = limit; i > limit - WHITESPACE_SEARCH; i--) {
            if (Character.isWhitespace(pending.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(pending.charAt(limit)) ? limit - 1 : limit;
    }

    /** The position after the last line end in {@code [0, limit)}, or 0; a CR is an end when no LF follows. */
    static int lastLineEnd(CharSequence s, int limit) {
        for (int i = limit - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) != '\n')) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int firstLineEnd(CharSequence s, int limit) {
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) != '\n')) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The position after the last record end (a line end outside quotes) in {@code [0, limit)}, or 0. */
    static int lastRecordEnd(CharSequence s, int limit) {
        boolean quoted = false;
        int last = 0;
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) != '\n'))) {
                last = i + 1;
            }
        }
        return last;
    }

    /** The position after the first record end in {@code [0, limit)}, or 0. */
    public static int firstRecordEnd(CharSequence s, int limit) {
        boolean quoted = false;
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')))) {
                return i + 1;
            }
        }
        return 0;
    }
}
