package dev.veil.pipeline;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body produced while it is sent: the original bytes of a large object passed through,
 * or a text-like object transformed a window at a time. {@link #writeTo} is called once; when it
 * throws, part of the body may already be out, and the front door must abort the response so that
 * the caller sees a failed, truncated read (never a body that looks complete).
 */
public interface StreamedBody {
    /** The body's length when known before it is written (pass), else -1. */
    long length();

    /**
     * Writes the body and releases what it holds (the source stream), whether it succeeds or not.
     *
     * @throws IOException on any failure, the source's, the transformation's or {@code out}'s
     */
    void writeTo(OutputStream out) throws IOException;

    /** Releases what the body holds without writing it (an answer that will not be sent). */
    void discard();
}
