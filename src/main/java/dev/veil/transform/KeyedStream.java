package dev.veil.transform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A deterministic stream of pseudo-random choices drawn from HMAC-SHA-256 of a message under a
 * key, in counter mode: block i is HMAC(key, message || i). The same key and message always give
 * the same choices; without the key they cannot be predicted. Not thread-safe: one per token.
 */
final class KeyedStream {
    private final Mac mac;
    private final byte[] message;
    private byte[] block;
    private int pos;
    private int counter;

    /** @param mac an HMAC-SHA-256 initialised with the key, used by this stream alone */
    KeyedStream(Mac mac, String message) {
        this.mac = mac;
        this.message = message.getBytes(StandardCharsets.UTF_8);
        refill();
    }

    /**
     * A keyed HMAC-SHA-256 to copy from ({@link #copy}): looking up the provider and initialising
     * the key cost more than the HMAC of a short value.
     */
    static Mac prototype(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    /** A fresh copy of a keyed prototype, for one thread. */
    static Mac copy(Mac prototype, byte[] key) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return prototype(key);
        }
    }

    private void refill() {
        mac.update(message);
        mac.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
        block = mac.doFinal();
        counter++;
        pos = 0;
    }

    private int nextByte() {
        if (pos == block.length) {
            refill();
        }
        return block[pos++] & 0xff;
    }

    /** A uniform choice in [0, bound), bound at most 256 (rejection sampling keeps it unbiased). */
    int next(int bound) {
        if (bound < 1 || bound > 256) {
            throw new IllegalArgumentException("bound must be in [1,256]");
        }
        int limit = 256 - 256 % bound;
        while (true) {
            int b = nextByte();
            if (b < limit) {
                return b % bound;
            }
        }
    }
}
