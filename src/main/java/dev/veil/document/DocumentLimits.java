package dev.veil.document;

/**
 * Limits that every format enforces while opening a document, each failing with a clear
 * {@link UnreadableDocumentException} reason: input size, pages (PDF), parts (zip packages), the
 * inflate ratio of zip entries and the total expanded size.
 */
public record DocumentLimits(long maxInputBytes, int maxPages, int maxParts, double minInflateRatio,
                             long maxExpandedBytes, int maxNestingDepth) {
    public static DocumentLimits defaults() {
        return new DocumentLimits(100L * 1024 * 1024, 2_000, 10_000, 0.01, 1024L * 1024 * 1024, 200);
    }

    /**
     * These limits for reopening a document this process wrote (the check that no found value is
     * left in an answer): without the inflate ratio, which guards against a crafted source, not an
     * answer whose varied values have become the same few labels (a redacted contact list's
     * document part compressed 101:1, and the answer was refused). Every other limit holds, the
     * expanded size included, so memory stays bounded as for any source.
     */
    public DocumentLimits forOwnOutput() {
        return new DocumentLimits(maxInputBytes, maxPages, maxParts, 0.0, maxExpandedBytes, maxNestingDepth);
    }
}
