package dev.veil.document;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A place in a document that holds text and can take a replacement: a run of a DOCX paragraph, a
 * cell, a JSON string value, an attribute, a metadata field. Handles are created by a format when
 * it opens a document and write back into that document's structure.
 */
public interface Segment {
    /** The text as it is in the document now. */
    String text();

    /**
     * Writes {@code newText} in place of the whole text of this segment. Called at most once per
     * rewrite, and only when the text changed. An empty string removes the text.
     */
    void replace(String newText);

    /** A segment that reads its text from {@code read} and writes a replacement with {@code write}. */
    static Segment of(Supplier<String> read, Consumer<String> write) {
        return new Segment() {
            @Override
            public String text() {
                return read.get();
            }

            @Override
            public void replace(String newText) {
                write.accept(newText);
            }
        };
    }
}
