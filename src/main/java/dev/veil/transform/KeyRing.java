package dev.veil.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys a deployment holds: one primary key that new outputs use, and older keys kept so that
 * outputs made with them can still be reversed (key rotation: add a new primary, keep the old
 * ones until their outputs expire). Immutable.
 */
public final class KeyRing {
    private final Map<String, TokenKey> keys;
    private final String primaryId;

    public KeyRing(List<TokenKey> keys, String primaryId) {
        Map<String, TokenKey> byId = new LinkedHashMap<>();
        for (TokenKey k : keys) {
            if (byId.put(k.id(), k) != null) {
                throw new IllegalArgumentException("duplicate key id " + k.id());
            }
        }
        if (!byId.containsKey(Objects.requireNonNull(primaryId, "primaryId"))) {
            throw new IllegalArgumentException("primary key " + primaryId + " is not in the ring");
        }
        this.keys = java.util.Collections.unmodifiableMap(byId);
        this.primaryId = primaryId;
    }

    public static KeyRing of(TokenKey key) {
        return new KeyRing(List.of(key), key.id());
    }

    public TokenKey primary() {
        return keys.get(primaryId);
    }

    public Optional<TokenKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    public List<TokenKey> keys() {
        return List.copyOf(keys.values());
    }

    /** A ring with {@code key} added as the new primary (rotation). */
    public KeyRing rotatedTo(TokenKey key) {
        List<TokenKey> all = new ArrayList<>(keys.values());
        all.add(key);
        return new KeyRing(all, key.id());
    }

    @Override
    public String toString() {
        return "KeyRing[primary=" + primaryId + ", ids=" + keys.keySet() + "]";
    }
}
