package dev.veil.gateway;

import java.time.Duration;

/**
 * Runs the Veil function on one event, the way Lambda would: in process, or in a child JVM
 * through the real Lambda runtime interface client. GetObject answers arrive separately, through
 * WriteGetObjectResponse; the returned bytes are the function's own result (the JSON answer of a
 * HEAD or LIST event).
 */
public interface FunctionInvoker extends AutoCloseable {
    /**
     * Invokes the handler with {@code event} (the event JSON) and a deadline {@code timeout} from now.
     *
     * @throws FunctionFailedException when the function failed or did not answer in time
     */
    byte[] invoke(String requestId, byte[] event, Duration timeout);

    @Override
    void close();

    /** The function threw, crashed or timed out; the gateway answers 500 or 503 and never the original bytes. */
    final class FunctionFailedException extends RuntimeException {
        private final boolean timedOut;

        public FunctionFailedException(String message, boolean timedOut) {
            super(message);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }
}
