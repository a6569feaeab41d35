package dev.veil.cdk;

/** A deployment setting that cannot work; the message says which and what to write instead. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
