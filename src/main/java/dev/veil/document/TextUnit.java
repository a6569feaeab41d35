package dev.veil.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Text that belongs together for detection: a paragraph's runs, a table row, a JSON object's
 * values. Detection runs over {@link #text()}, the pieces joined, so a name split across
 * formatting runs or "SSN:" in one cell and the number in the next is found. A piece is either a
 * rewritable {@link Segment} or a context label (a CSV header name, a JSON key shown before its
 * value) that helps detection but is not itself written back.
 */
public final class TextUnit {
    /** One piece of the joined text: {@code segment} is null for labels and separators. */
    public record Piece(int start, int end, Segment segment) {
    }

    private final String text;
    private final List<Piece> pieces;

    private TextUnit(String text, List<Piece> pieces) {
        this.text = text;
        this.pieces = List.copyOf(pieces);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A unit of a single segment. */
    public static TextUnit of(Segment s) {
        return builder().segment(s).build();
    }

    /** The joined text that detection sees. */
    public String text() {
        return text;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** Builds a {@link TextUnit} piece by piece. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Piece> pieces = new ArrayList<>();

        /** Adds a rewritable segment. */
        public Builder segment(Segment s) {
            Objects.requireNonNull(s);
            int start = text.length();
            text.append(s.text());
            pieces.add(new Piece(start, text.length(), s));
            return this;
        }

        /** Adds context text (a label or separator) that is seen by detection but never rewritten. */
        public Builder label(String label) {
            if (!label.isEmpty()) {
                int start = text.length();
                text.append(label);
                pieces.add(new Piece(start, text.length(), null));
            }
            return this;
        }

        public boolean isEmpty() {
            return pieces.isEmpty();
        }

        public TextUnit build() {
            return new TextUnit(text.toString(), pieces);
        }
    }
}
