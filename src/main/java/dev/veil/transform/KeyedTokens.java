package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.util.Locale;
import javax.crypto.Mac;

/**
 * Derives deterministic, shape-preserving tokens from values with HMAC-SHA-256 under a
 * {@link TokenKey}. The HMAC message holds a version, the entity type (domain separation: the
 * same string as {@code NAME} and as {@code USERNAME} gives different tokens), a variant
 * (so the vault and plain tokens never coincide), an attempt number and the normalised value.
 * A token that would equal its input is drawn again with the next attempt number. Immutable and
 * thread-safe.
 */
public final class KeyedTokens {
    private static final int MAX_ATTEMPTS = 64;
    private final byte[] key;
    private final Mac prototype;
    private final NameTokens names;

    public KeyedTokens(TokenKey key, NameTokens names) {
        this.key = key.derive("hmac-token");
        this.prototype = KeyedStream.prototype(this.key);
        this.names = names;
    }

    /** The token for {@code value} of {@code type}. */
    public String token(EntityType type, String value) {
        return token(type, value, "plain", 0);
    }

    /**
     * The token for {@code value} in {@code variant} (the vault uses its own variants, one per
     * candidate token), starting at attempt {@code firstAttempt}.
     */
    String token(EntityType type, String value, String variant, int firstAttempt) {
        String normalised = Normaliser.normalise(type, value);
        String token = value;
        for (int attempt = firstAttempt; attempt < firstAttempt + MAX_ATTEMPTS; attempt++) {
            token = draw(type, value, normalised, variant, attempt);
            if (!Normaliser.normalise(type, token).equals(normalised)) {
                return token;
            }
        }
        // Only a value with no letters or digits gets here (its shape is all separators).
        return token;
    }

    private String draw(EntityType type, String value, String normalised, String variant, int attempt) {
        String prefix = "veil-token/1\0" + type.name() + "\0" + variant + "\0" + attempt + "\0";
        return switch (ValueKind.of(type)) {
            case PERSON_NAME -> names == NameTokens.FULL_NAME
                    ? sameStreamWords(value, prefix + "full\0" + normalised)
                    : TokenShapes.words(value, run -> stream(prefix + "part\0" + Normaliser.normalise(type, run)));
            case EMAIL -> email(value, normalised, prefix);
            default -> TokenShapes.sameShape(stream(prefix + normalised), value);
        };
    }

    /** Full-name mode: every word of the name comes from one stream, so parts share nothing across names. */
    private String sameStreamWords(String value, String message) {
        KeyedStream shared = stream(message);
        return TokenShapes.words(value, run -> shared);
    }

    private String email(String value, String normalised, String prefix) {
        int at = normalised.lastIndexOf('@');
        String domain = at < 0 ? "" : normalised.substring(at + 1);
        KeyedStream local = stream(prefix + "local\0" + normalised);
        // The domain token depends on the domain only, so addresses at one domain keep sharing it.
        KeyedStream dom = stream("veil-token/1\0" + "EMAIL_DOMAIN\0" + domain);
        String token = TokenShapes.word(local) + "." + TokenShapes.word(local) + "@" + TokenShapes.word(dom) + ".example";
        return value.equals(value.toUpperCase(Locale.ROOT)) && !value.equals(value.toLowerCase(Locale.ROOT))
                ? token.toUpperCase(Locale.ROOT) : token;
    }

    private KeyedStream stream(String message) {
        // clone() of a Mac is not documented as thread-safe: copy under the prototype's lock
        Mac mac;
        synchronized (prototype) {
            mac = KeyedStream.copy(prototype, key);
        }
        return new KeyedStream(mac, message);
    }
}
