package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Reversible tokens for any type: the token is a keyed, shape-preserving token (as
 * {@link KeyedTokens}, in its own variant) and the original is stored in a {@link TokenVault},
 * sealed with AES-GCM under a key derived from the token key, until it expires. The same value
 * finds its own entry and gets the same token again; a value whose token is taken by another
 * value moves on to its next candidate token, so vault tokens never collide. Reversal needs both
 * the key and the vault ({@link #detokenise}). Thread-safe if the vault is.
 */
public final class VaultTokenOperator implements Operator {
    private static final int MAX_CANDIDATES = 32;
    private static final String SEAL_PURPOSE = "vault/aes-256-gcm";
    private final TokenKey key;
    private final KeyedTokens tokens;
    private final VaultSeal seal;
    private final TokenVault vault;
    private final Duration ttl;
    private final Clock clock;

    public VaultTokenOperator(TokenKey key, NameTokens names, TokenVault vault, Duration ttl, Clock clock) {
        this.key = key;
        this.tokens = new KeyedTokens(key, names);
        this.seal = new VaultSeal(key.derive(SEAL_PURPOSE));
        this.vault = Objects.requireNonNull(vault);
        this.ttl = Objects.requireNonNull(ttl);
        this.clock = Objects.requireNonNull(clock);
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("vault entries need a positive lifetime");
        }
    }

    @Override
    public String method() {
        return "vault";
    }

    @Override
    public Replacement apply(EntityType type, String value) {
        String normalised = Normaliser.normalise(type, value);
        for (int candidate = 0; candidate < MAX_CANDIDATES; candidate++) {
            String token = tokens.token(type, value, "vault/" + candidate, 0);
            String id = id(key, type, token);
            VaultEntry entry = new VaultEntry(seal.seal(value, id), clock.instant().plus(ttl));
            Optional<VaultEntry> existing = vault.putIfAbsent(id, entry);
            if (existing.isEmpty()) {
                return new Replacement(token, method());
            }
            String stored = seal.open(existing.get().sealed(), id)
                    .orElseThrow(() -> new IllegalStateException("vault entry does not open with this key"));
            if (Normaliser.normalise(type, stored).equals(normalised)) {
                return new Replacement(token, method());
            }
        }
        throw new IllegalStateException("no free vault token after " + MAX_CANDIDATES + " candidates");
    }

    /** The original behind {@code token}, if the vault holds a live entry for it under this key. */
    public Optional<String> detokenise(EntityType type, String token) {
        String id = id(key, type, token);
        return vault.get(id).flatMap(e -> seal.open(e.sealed(), id));
    }

    /** The original behind {@code token} in {@code vault} under {@code key}, without an operator. */
    static Optional<String> lookup(TokenKey key, TokenVault vault, EntityType type, String token) {
        String id = id(key, type, token);
        VaultSeal seal = new VaultSeal(key.derive(SEAL_PURPOSE));
        return vault.get(id).flatMap(e -> seal.open(e.sealed(), id));
    }

    /** The vault id of a token: key id, type and normalised token (none of them secret). */
    static String id(TokenKey key, EntityType type, String token) {
        return key.id() + "/" + type.name() + "/" + Normaliser.normalise(type, token);
    }
}
