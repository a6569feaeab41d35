package dev.veil.transform;

import java.util.Optional;

/**
 * A store of sealed originals by token id, with expiry enforced by the store (retention rules
 * hold even if nobody cleans up). Implementations: {@link LocalTokenVault} (a file on disk) and a
 * DynamoDB table in {@code dev.veil.aws} (TTL attribute). Implementations are thread-safe; an
 * expired entry is never returned, whether or not it has been deleted yet.
 */
public interface TokenVault extends AutoCloseable {
    /**
     * Stores {@code entry} under {@code id} unless a live entry is already there.
     *
     * @return the live entry already stored under {@code id}, or empty if {@code entry} was stored
     */
    Optional<VaultEntry> putIfAbsent(String id, VaultEntry entry);

    /** The live entry under {@code id}, if any. */
    Optional<VaultEntry> get(String id);

    @Override
    void close();
}
