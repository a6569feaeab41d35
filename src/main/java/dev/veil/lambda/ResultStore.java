package dev.veil.lambda;

import java.net.URI;
import java.time.Duration;

/**
 * Where the function-URL front puts a result too large to return in the response, and the
 * short-lived link it redirects the caller to. The link and the stored key are bearer secrets:
 * they never reach a log.
 */
public interface ResultStore {
    /**
     * Stores {@code body} (encrypted at rest) under a fresh random key and returns a URL that
     * gets it for {@code validity}.
     *
     * @param contentType the answer's Content-Type, or null
     */
    URI put(byte[] body, String contentType, Duration validity);
}
