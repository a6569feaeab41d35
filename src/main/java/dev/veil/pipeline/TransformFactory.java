package dev.veil.pipeline;

import dev.veil.policy.Mode;
import dev.veil.policy.Policy;
import dev.veil.transform.KeyRing;
import dev.veil.transform.KeyedTokenOperator;
import dev.veil.transform.FpeOperator;
import dev.veil.transform.LabelOperator;
import dev.veil.transform.MaskOperator;
import dev.veil.transform.NameTokens;
import dev.veil.transform.OperatorPolicy;
import dev.veil.transform.TokenKey;
import dev.veil.transform.Transformer;
import java.util.function.Supplier;

/**
 * Builds the {@link Transformer} for a redact or tokenise decision from the policy's style and
 * token method. The key ring is loaded on first need (tokenise); without one, tokenise requests
 * fail closed.
 */
public final class TransformFactory {
    /** Tokenise mode was chosen but no token key is configured. */
    public static final class NotConfiguredException extends RuntimeException {
        NotConfiguredException(String message) {
            super(message);
        }
    }

    private final Supplier<KeyRing> keys;

    /** @param keys the token key ring; may return null when none is configured */
    public TransformFactory(Supplier<KeyRing> keys) {
        this.keys = keys;
    }

    /** Redaction only: tokenise requests fail closed. */
    public static TransformFactory withoutKeys() {
        return new TransformFactory(() -> null);
    }

    public Transformer create(Policy policy, Mode mode) {
        if (mode == Mode.REDACT) {
            return new Transformer(OperatorPolicy.builder().defaultOperator(
                    policy.style() == Policy.RedactStyle.MASK ? MaskOperator.full() : new LabelOperator()).build());
        }
        if (mode != Mode.TOKENISE) {
            throw new IllegalArgumentException("no transformer for mode " + mode.label());
        }
        KeyRing ring = keys.get();
        if (ring == null) {
            throw new NotConfiguredException("tokenise mode needs a token key, and none is configured");
        }
        TokenKey key = ring.primary();
        KeyedTokenOperator hmac = new KeyedTokenOperator(key, NameTokens.FULL_NAME);
        return new Transformer(OperatorPolicy.builder()
                .defaultOperator(policy.tokenMethod() == Policy.TokenMethod.FPE ? new FpeOperator(key, hmac) : hmac)
                .keyId(key.id()).build());
    }
}
