package dev.veil.detect.checksum;

/**
 * International Bank Account Numbers (ISO 13616): a country code, two check digits and a
 * country-specific BBAN, of the exact length the country registered with SWIFT, whose letters
 * converted to numbers (A=10 … Z=35) after moving the first four characters to the end leave
 * remainder 1 modulo 97 (ISO 7064 MOD 97-10).
 */
public final class Iban {
    /**
     * Total IBAN length by country code, from the SWIFT IBAN registry: at {@code (first - 'A') * 26 +
     * (second - 'A')}, 0 for a code with none. A table read instead of a map's look-up of a new
     * two-letter string: the detector asks for every run of digits after two capitals.
     */
    private static final byte[] LENGTHS = lengths(""
            + "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 "
            + "DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 "
            + "HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 "
            + "MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 "
            + "RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 "
            + "VA22 VG24 XK20 YE30");

    /** The shortest and longest registered IBANs. */
    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 34;

    private Iban() {
    }

    /** The registered length of IBANs of {@code countryCode}, or 0 if that country has none. */
    public static int lengthFor(String countryCode) {
        return countryCode.length() == 2 ? lengthFor(countryCode.charAt(0), countryCode.charAt(1)) : 0;
    }

    /** The registered length of IBANs of the country code {@code first second}, or 0 if that country has none. */
    public static int lengthFor(char first, char second) {
        int f = first - 'A';
        int s = second - 'A';
        return f >= 0 && f < 26 && s >= 0 && s < 26 ? LENGTHS[f * 26 + s] : 0;
    }

    /**
     * Whether {@code value} is a valid IBAN. Spaces and hyphens between characters are ignored;
     * letters must be upper case, as printed on statements.
     */
    public static boolean isValid(CharSequence value) {
        return isValid(value, 0, value.length());
    }

    /**
     * Whether {@code text[start, end)} is a valid IBAN ({@link #isValid(CharSequence)}), read in
     * place: no copy of the value, its compact form or its rearranged digits is made (the detector
     * asks this for every run of digits after a country code's capitals, ~1 % of the engine's time
     * on the mixed text when each answer made four strings).
     */
    public static boolean isValid(CharSequence text, int start, int end) {
        int length = 0;
        char c0 = 0;
        char c1 = 0;
        char c2 = 0;
        char c3 = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (!isDigit(c) && (c < 'A' || c > 'Z')) {
                return false;
            }
            switch (length++) {
                case 0 -> c0 = c;
                case 1 -> c1 = c;
                case 2 -> c2 = c;
                case 3 -> c3 = c;
                default -> { }
            }
        }
        if (length < 4) {
            return false;
        }
        int expected = lengthFor(c0, c1);
        if (expected == 0 || length != expected || !isDigit(c2) || !isDigit(c3)) {
            return false;
        }
        // the characters after the first four, then those four: MOD 97-10 of the rearranged value
        long r = 0;
        int seen = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && seen++ >= 4) {
                r = append(r, c);
            }
        }
        r = append(append(append(append(r, c0), c1), c2), c3);
        return r % 97 == 1;
    }

    /** Below this a number may take two more digits in a {@code long} (10^15 * 100 + 35 < 2^63). */
    private static final long REDUCE_AT = 1_000_000_000_000_000L;

    /**
     * A number congruent modulo 97 to {@code r} followed by the digits of character {@code c} (a
     * digit, or a letter counting as 10-35): reduced only when it grows large, so that an IBAN's
     * thirty digits cost two or three divisions, not one each.
     */
    private static long append(long r, char c) {
        long next = isDigit(c) ? r * 10 + (c - '0') : r * 100 + (c - 'A' + 10);
        return next >= REDUCE_AT ? next % 97 : next;
    }

    /** The remainder modulo 97 after {@code r} is followed by character {@code c} (a digit, or a letter counting as 10-35). */
    private static int mod97Step(int r, char c) {
        return isDigit(c) ? (r * 10 + (c - '0')) % 97 : (r * 100 + (c - 'A' + 10)) % 97;
    }

    /** The remainder modulo 97 of the number spelled by {@code s}, letters counting as 10-35. */
    static int mod97(String s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            r = mod97Step(r, s.charAt(i));
        }
        return r;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static byte[] lengths(String table) {
        byte[] lengths = new byte[26 * 26];
        for (String entry : table.split(" ")) {
            lengths[(entry.charAt(0) - 'A') * 26 + (entry.charAt(1) - 'A')] = (byte) Integer.parseInt(entry.substring(2));
        }
        return lengths;
    }
}
