package dev.veil.detect;

/**
 * A remote detector could not give an answer; the request must fail closed. The message names the
 * operation and the service's error code, never a text or value.
 */
public class RemoteDetectionException extends RuntimeException {
    public RemoteDetectionException(String message) {
        super(message);
    }
}
