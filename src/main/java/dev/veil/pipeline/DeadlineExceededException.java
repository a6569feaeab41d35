package dev.veil.pipeline;

/** The request's deadline passed during a phase; the caller gets 503 and no body. */
public final class DeadlineExceededException extends RuntimeException {
    private final String phase;

    public DeadlineExceededException(String phase) {
        super("deadline exceeded during " + phase);
        this.phase = phase;
    }

    public String phase() {
        return phase;
    }
}
