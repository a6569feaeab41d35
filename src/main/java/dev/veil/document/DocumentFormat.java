package dev.veil.document;

import java.util.Set;

/**
 * One family of document formats (plain text, CSV, JSON, HTML/XML, OOXML, PDF). Implementations
 * are immutable and thread-safe; {@link #open} consumes the bytes and returns a per-request
 * {@link OpenDocument}, or throws {@link UnreadableDocumentException} with a reason (corrupt,
 * encrypted, over a limit) that never quotes the document's content.
 */
public interface DocumentFormat {
    /** Short name, as in logs and audit records ({@code text}, {@code csv}, {@code docx}, …). */
    String name();

    /** The media types this format reads and writes. */
    Set<String> mediaTypes();

    OpenDocument open(byte[] bytes, DocumentLimits limits);

    /**
     * Whether {@link OpenDocument#rewrite} already checks its own output (PDF re-extracts every page
     * and rasterises what it cannot guarantee), so a caller need not reopen the output to verify it.
     */
    default boolean verifiesOwnOutput() {
        return false;
    }
}
