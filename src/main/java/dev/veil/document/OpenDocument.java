package dev.veil.document;

import dev.veil.detect.Finding;
import java.util.List;

/**
 * A document opened by its format: its text as units, and a way to write it back after
 * rewriting. Not thread-safe; one per request. {@link #close()} releases what the format holds.
 */
public interface OpenDocument extends AutoCloseable {
    /** The media type of the document (and of its output). */
    String mediaType();

    /** Every text-bearing place of the document, grouped into units for detection. */
    List<TextUnit> units();

    /** The text of each unit, in the order of {@link #units()}: what detection reads. */
    default List<String> texts() {
        return units().stream().map(TextUnit::text).toList();
    }

    /**
     * Applies findings (one list per unit, in the order of {@link #units()}, each list disjoint and
     * in the unit's coordinates) and returns the rewritten document in the same format. Formats
     * that must do more than rewrite segments (PDF glyph removal, sanitising) override this.
     */
    default byte[] rewrite(List<List<Finding>> findingsPerUnit, Replacer replacer) {
        List<TextUnit> units = units();
        if (findingsPerUnit.size() != units.size()) {
            throw new IllegalArgumentException("findings for " + findingsPerUnit.size() + " units, document has "
                    + units.size());
        }
        for (int i = 0; i < units.size(); i++) {
            UnitRewriter.apply(units.get(i), findingsPerUnit.get(i), replacer);
        }
        return save();
    }

    /** The document as it is now, serialised in its format (a full rewrite, never incremental). */
    byte[] save();

    @Override
    default void close() {
    }
}
