package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reverses reversible tokens for a caller holding the key ring (and, for vault tokens, access to
 * the vault). FF3-1 tokens are decrypted with a named key (the key id that travelled with the
 * output); vault tokens are looked up under every key of the ring, newest first, so tokens made
 * before a rotation still reverse. Keyed HMAC tokens are one-way by design: there is nothing here
 * to reverse them with.
 */
public final class Detokeniser {
    private final KeyRing ring;
    private final TokenVault vault;

    /** @param vault the vault, or null if only FF3-1 tokens are to be reversed */
    public Detokeniser(KeyRing ring, TokenVault vault) {
        this.ring = Objects.requireNonNull(ring);
        this.vault = vault;
    }

    /** The value behind an FF3-1 token made with key {@code keyId}; empty if the type or token is not FF3-1's. */
    public Optional<String> fromFpe(EntityType type, String token, String keyId) {
        TokenKey key = ring.byId(keyId).orElseThrow(() -> new IllegalArgumentException("no key " + keyId + " in the key ring"));
        return new FpeCipher(key).decrypt(type, token);
    }

    /** The value behind a vault token, under any key of the ring; empty if no live entry holds it. */
    public Optional<String> fromVault(EntityType type, String token) {
        if (vault == null) {
            throw new IllegalStateException("no vault to look tokens up in");
        }
        List<TokenKey> keys = ring.keys();
        for (int i = keys.size() - 1; i >= 0; i--) {
            Optional<String> v = VaultTokenOperator.lookup(keys.get(i), vault, type, token);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }
}
