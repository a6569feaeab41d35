package dev.veil.document;

/** A document whose text cannot be read safely (corrupt, binary, wrong encoding). */
public class UnreadableDocumentException extends RuntimeException {
    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
