package dev.veil.transform;

import com.privacylogistics.FF3Cipher;
import dev.veil.detect.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * Format-preserving encryption (NIST SP 800-38G Rev. 1, FF3-1, AES-256) of the letters and digits
 * of a value; separators stay where they are. The tweak (56 bits) is derived from the key and the
 * entity type, so types are separate domains and the same value always encrypts alike (which is
 * what keeps records linked). FF3-1 needs a domain of at least a million values (six digits, four
 * alphanumerics): shorter values are not encrypted ({@link Optional#empty()}). It also limits the
 * length (56 digits, 36 alphanumerics, 32 in radix 62): longer values are encrypted in chunks.
 * Immutable and thread-safe.
 */
public final class FpeCipher {
    private final byte[] aesKey;
    private final Map<EntityType, byte[]> tweaks;

    public FpeCipher(TokenKey key) {
        this.aesKey = key.derive("ff3-1/aes");
        Mac mac = KeyedStream.prototype(key.derive("ff3-1/tweak"));
        Map<EntityType, byte[]> t = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            byte[] h = mac.doFinal(("veil-fpe-tweak/1\0" + type.name()).getBytes(StandardCharsets.UTF_8));
            t.put(type, Arrays.copyOf(h, 7)); // FF3-1 tweaks are 56 bits
        }
        this.tweaks = t;
    }

    public Optional<String> encrypt(EntityType type, String value) {
        return run(type, value, true);
    }

    /** The value a token was made from; empty if {@code token} cannot be an FF3-1 token of {@code type}. */
    public Optional<String> decrypt(EntityType type, String token) {
        return run(type, token, false);
    }

    private Optional<String> run(EntityType type, String input, boolean encrypt) {
        Optional<FpeAlphabet> maybe = FpeAlphabet.forType(type);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        FpeAlphabet alphabet = maybe.get();
        StringBuilder symbols = new StringBuilder(input.length());
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char s = alphabet == FpeAlphabet.ALPHANUMERIC ? Character.toLowerCase(c) : c;
                if (alphabet.chars().indexOf(s) < 0) {
                    return Optional.empty(); // a letter in a digit type, or a non-ASCII letter
                }
                lower |= Character.isLowerCase(c);
                upper |= Character.isUpperCase(c);
                symbols.append(s);
            } else if (Character.isSurrogate(c)) {
                return Optional.empty();
            }
        }
        String out = crypt(type, alphabet, symbols.toString(), encrypt);
        if (out == null) {
            return Optional.empty();
        }
        if (alphabet == FpeAlphabet.ALPHANUMERIC) {
            // case was folded: write letters in the case the input used (upper unless it was all lower)
            out = lower && !upper ? out : out.toUpperCase(Locale.ROOT);
        }
        StringBuilder result = new StringBuilder(input);
        int k = 0;
        for (int i = 0; i < input.length(); i++) {
            if (Character.isLetterOrDigit(input.charAt(i))) {
                result.setCharAt(i, out.charAt(k++));
            }
        }
        return Optional.of(result.toString());
    }

    /**
     * FF3-1 over {@code symbols}; null if it is shorter than the minimum domain. Values longer than
     * FF3-1's maximum (a 40-character secret key in radix 62) are cut into nearly equal chunks,
     * each encrypted under its own tweak (the type's tweak with the chunk number in its last byte).
     */
    private String crypt(EntityType type, FpeAlphabet alphabet, String symbols, boolean encrypt) {
        FF3Cipher probe = new FF3Cipher(aesKey, tweaks.get(type), alphabet.chars());
        int min = probe.getMinMessageLength();
        int max = probe.getMaxMessageLength();
        int n = symbols.length();
        if (n < min) {
            return null;
        }
        int chunks = (n + max - 1) / max;
        StringBuilder out = new StringBuilder(n);
        try {
            for (int c = 0, from = 0; c < chunks; c++) {
                int to = (int) ((long) n * (c + 1) / chunks);
                byte[] tweak = tweaks.get(type).clone();
                tweak[6] ^= (byte) c;
                FF3Cipher ff3 = c == 0 ? probe : new FF3Cipher(aesKey, tweak, alphabet.chars());
                String part = symbols.substring(from, to);
                out.append(encrypt ? ff3.encrypt(part) : ff3.decrypt(part));
                from = to;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("FF3-1 failed: " + e.getClass().getSimpleName());
        }
        return out.toString();
    }
}
