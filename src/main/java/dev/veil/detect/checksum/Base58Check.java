package dev.veil.detect.checksum;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check, the encoding of legacy Bitcoin addresses: Base58 (no 0, O, I, l) of a version
 * byte, a payload and the first four bytes of SHA-256(SHA-256(version + payload)).
 */
public final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    /** Longer inputs are rejected before decoding, so a hostile input costs nothing. */
    private static final int MAX_CHARS = 128;

    private Base58Check() {
    }

    /** The Base58 bytes of {@code s} (each leading '1' is a zero byte), or null if not Base58. */
    public static byte[] decode(CharSequence s) {
        if (s.length() == 0 || s.length() > MAX_CHARS) {
            return null;
        }
        BigInteger n = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            int d = ALPHABET.indexOf(s.charAt(i));
            if (d < 0) {
                return null;
            }
            if (leading && d == 0) {
                leadingZeros++;
            } else {
                leading = false;
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(d));
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0; // BigInteger's sign byte
        byte[] out = new byte[leadingZeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, leadingZeros, magnitude.length - skip);
        return out;
    }

    /**
     * The version byte and payload of {@code s} if it is Base58Check with a correct checksum,
     * else null.
     */
    public static byte[] payload(CharSequence s) {
        byte[] all = decode(s);
        if (all == null || all.length < 5) {
            return null;
        }
        byte[] body = Arrays.copyOf(all, all.length - 4);
        byte[] hash = doubleSha256(body);
        for (int i = 0; i < 4; i++) {
            if (hash[i] != all[body.length + i]) {
                return null;
            }
        }
        return body;
    }

    /** Whether {@code s} is Base58Check-encoded with a correct checksum. */
    public static boolean isValid(CharSequence s) {
        return payload(s) != null;
    }

    static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest(sha.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
