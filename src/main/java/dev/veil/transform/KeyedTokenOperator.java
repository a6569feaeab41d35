package dev.veil.transform;

import dev.veil.detect.EntityType;

/**
 * Replaces a value by its deterministic keyed token ({@link KeyedTokens}): the same value gives
 * the same token in every document and request made with the same key, so records still link,
 * and nobody without the key can compute or reverse it. One-way: there is no detokenisation.
 */
public final class KeyedTokenOperator implements Operator {
    private final KeyedTokens tokens;

    public KeyedTokenOperator(TokenKey key, NameTokens names) {
        this.tokens = new KeyedTokens(key, names);
    }

    public KeyedTokenOperator(TokenKey key) {
        this(key, NameTokens.FULL_NAME);
    }

    @Override
    public String method() {
        return "hmac";
    }

    @Override
    public Replacement apply(EntityType type, String value) {
        return new Replacement(tokens.token(type, value), method());
    }
}
