package dev.veil.transform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit secret with an id. Every method derives its own sub-key from it ({@link #derive}),
 * so a token, an FF3-1 ciphertext and a vault record never share key material. The id is public
 * and travels with every output; the secret never leaves this object except through
 * {@link KeyFiles}. {@link #toString()} shows the id only.
 */
public final class TokenKey {
    public static final int SECRET_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final String id;
    private final byte[] secret;
    private final Instant created;

    public TokenKey(String id, byte[] secret, Instant created) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("key id must be 1-64 of [A-Za-z0-9._-]");
        }
        if (secret == null || secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException("key secret must be 256 bits");
        }
        this.id = id;
        this.secret = secret.clone();
        this.created = Objects.requireNonNull(created, "created");
    }

    /** A fresh random key with an id like {@code k20261128-3fa9c2d1}. */
    public static TokenKey generate(SecureRandom random, Instant now) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        String id = "k" + DAY.format(now) + "-" + HexFormat.of().formatHex(suffix);
        return new TokenKey(id, secret, now.truncatedTo(ChronoUnit.SECONDS));
    }

    public String id() {
        return id;
    }

    public Instant created() {
        return created;
    }

    /** The raw secret, for {@link KeyFiles} only. */
    byte[] secret() {
        return secret.clone();
    }

    /** A 256-bit sub-key for one purpose: HMAC-SHA-256(secret, "veil/v1/" + purpose). */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(("veil/v1/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    /** Same id and same secret (compared in constant time). */
    public boolean sameAs(TokenKey other) {
        return id.equals(other.id) && java.security.MessageDigest.isEqual(secret, other.secret);
    }

    @Override
    public String toString() {
        return "TokenKey[" + id + "]";
    }

}
