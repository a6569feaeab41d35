package dev.veil.policy;

/** A principal's tags could not be read; a decision that needs them fails closed. */
public final class TagLookupException extends RuntimeException {
    public TagLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
