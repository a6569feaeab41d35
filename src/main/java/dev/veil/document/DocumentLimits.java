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
}
