package dev.veil.transform;

import dev.veil.detect.EntityType;

/**
 * Replaces one detected value. Implementations are immutable and thread-safe; they never log
 * the value they are given.
 */
public interface Operator {
    /** Short method name for summaries and audit records: {@code label}, {@code mask}, {@code hmac}, … */
    String method();

    /** The replacement for {@code value}, which was detected as {@code type}. */
    Replacement apply(EntityType type, String value);
}
