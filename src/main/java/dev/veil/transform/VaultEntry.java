package dev.veil.transform;

import java.time.Instant;
import java.util.Objects;

/**
 * What a token vault stores under a token's id: the original value sealed with AES-GCM (opaque to
 * the store) and the time after which the store must treat the entry as gone.
 */
public record VaultEntry(byte[] sealed, Instant expiresAt) {
    public VaultEntry {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(expiresAt, "expiresAt");
        sealed = sealed.clone();
    }

    @Override
    public byte[] sealed() {
        return sealed.clone();
    }

    public boolean liveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
