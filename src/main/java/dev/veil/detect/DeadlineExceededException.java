package dev.veil.detect;

/** A remote detector did not answer before the request's deadline; the request fails closed. */
public final class DeadlineExceededException extends RemoteDetectionException {
    public DeadlineExceededException(String message) {
        super(message);
    }
}
