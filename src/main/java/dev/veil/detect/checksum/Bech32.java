package dev.veil.detect.checksum;

import java.util.Locale;

/**
 * Bech32 (BIP-173) and Bech32m (BIP-350), the encodings of SegWit Bitcoin addresses: a
 * human-readable part, the separator '1', and 5-bit data ending in a six-character BCH checksum.
 * Bech32 checksums leave constant 1, Bech32m ones 0x2bc830a3.
 */
public final class Bech32 {
    /** Which checksum constant a string satisfied. */
    public enum Variant { BECH32, BECH32M }

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int BECH32M_CONSTANT = 0x2bc830a3;
    private static final int MAX_LENGTH = 90;

    private Bech32() {
    }

    /**
     * The variant whose checksum {@code s} satisfies, or null if it is not Bech32 at all (wrong
     * characters, mixed case, too long, no separator or a bad checksum).
     */
    public static Variant variant(String s) {
        int sep = s.lastIndexOf('1');
        if (s.length() > MAX_LENGTH || sep < 1 || sep + 7 > s.length()) {
            return null;
        }
        boolean lower = !s.equals(s.toUpperCase(Locale.ROOT));
        boolean upper = !s.equals(s.toLowerCase(Locale.ROOT));
        if (lower && upper) {
            return null;
        }
        String str = s.toLowerCase(Locale.ROOT);
        int[] values = expandHrp(str.substring(0, sep), str.length() - sep - 1);
        if (values == null) {
            return null;
        }
        int hrpLen = sep * 2 + 1;
        for (int i = sep + 1; i < str.length(); i++) {
            int v = CHARSET.indexOf(str.charAt(i));
            if (v < 0) {
                return null;
            }
            values[hrpLen + i - sep - 1] = v;
        }
        int check = polymod(values);
        if (check == 1) {
            return Variant.BECH32;
        }
        return check == BECH32M_CONSTANT ? Variant.BECH32M : null;
    }

    /**
     * Whether {@code address} is a SegWit address for human-readable part {@code hrp}: witness
     * version 0 with Bech32 and a 20- or 32-byte program, or version 1-16 with Bech32m and a
     * 2-40 byte program.
     */
    public static boolean isSegwitAddress(String address, String hrp) {
        Variant v = variant(address);
        if (v == null) {
            return false;
        }
        String s = address.toLowerCase(Locale.ROOT);
        int sep = s.lastIndexOf('1');
        if (!s.substring(0, sep).equals(hrp) || s.length() - sep - 1 < 7) {
            return false;
        }
        int version = CHARSET.indexOf(s.charAt(sep + 1));
        int programBytes = programLength(s, sep + 2, s.length() - 6);
        if (version > 16 || programBytes < 2 || programBytes > 40) {
            return false;
        }
        if (version == 0) {
            return v == Variant.BECH32 && (programBytes == 20 || programBytes == 32);
        }
        return v == Variant.BECH32M;
    }

    /** Bytes in the 5-bit groups {@code [from, to)}, or -1 if the padding is not zero or too long. */
    private static int programLength(String s, int from, int to) {
        int bits = (to - from) * 5;
        int padding = bits % 8;
        if (padding > 4) {
            return -1;
        }
        int last = CHARSET.indexOf(s.charAt(to - 1));
        if ((last & ((1 << padding) - 1)) != 0) {
            return -1;
        }
        return bits / 8;
    }

    private static int[] expandHrp(String hrp, int dataLength) {
        int n = hrp.length();
        int[] out = new int[n * 2 + 1 + dataLength];
        for (int i = 0; i < n; i++) {
            char c = hrp.charAt(i);
            if (c < 33 || c > 126) {
                return null;
            }
            out[i] = c >> 5;
            out[n + 1 + i] = c & 31;
        }
        return out;
    }

    private static int polymod(int[] values) {
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ v;
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) {
                    chk ^= GENERATOR[i];
                }
            }
        }
        return chk;
    }
}
