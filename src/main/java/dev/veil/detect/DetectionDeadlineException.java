package dev.veil.detect;

/** A remote detector did not answer before the request's deadline; the request fails closed. */
public final class DetectionDeadlineException extends RemoteDetectionException {
    public DetectionDeadlineException(String message) {
        super(message);
    }
}
