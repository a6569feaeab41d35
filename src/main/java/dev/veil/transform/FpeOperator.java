package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.util.Objects;
import java.util.Optional;

/**
 * Replaces digit and alphanumeric values by their FF3-1 encryption ({@link FpeCipher}):
 * same shape, consistent, and reversible by whoever holds the key. Values FF3-1 cannot take
 * (names, e-mail, free text; values shorter than its minimum domain or longer than its maximum)
 * go to a fallback operator, and the summary counts them under the fallback's method, so a
 * caller sees how many replacements are not reversible by FF3-1.
 */
public final class FpeOperator implements Operator {
    private final FpeCipher cipher;
    private final Operator fallback;

    public FpeOperator(TokenKey key, Operator fallback) {
        this.cipher = new FpeCipher(key);
        this.fallback = Objects.requireNonNull(fallback);
    }

    @Override
    public String method() {
        return "fpe";
    }

    @Override
    public Replacement apply(EntityType type, String value) {
        Optional<String> encrypted = cipher.encrypt(type, value);
        return encrypted.isPresent() ? new Replacement(encrypted.get(), method()) : fallback.apply(type, value);
    }
}
