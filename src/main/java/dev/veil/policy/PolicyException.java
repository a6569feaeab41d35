package dev.veil.policy;

/** A payload that is not a valid policy; the message says which key is wrong and why (never a value from a document). */
public final class PolicyException extends IllegalArgumentException {
    public PolicyException(String message) {
        super(message);
    }
}
