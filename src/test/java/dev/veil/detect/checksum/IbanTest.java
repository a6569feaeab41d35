package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "DE50526018159083016613",
        "DE50 5260 1815 9083 0166 13",
        "DE50-5260-1815-9083-0166-13",
        "GB75VEIL18609139099603",
        "FR510824628194A821993518190",
        "NO9893786579754",
        "MT87VEIL32319ABCDEFGH1234567890",
        "IQ23VEIL487574911862527",
        "BE60601895559797",
    })
    void acceptsValidIbans(String iban) {
        assertEquals(true, Iban.isValid(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DE50526018159083016614",     // check digits do not match
        "DE05526018159083016613",     // check digits swapped
        "DE5052601815908301661",      // one character short for Germany
        "DE505260181590830166133",    // one character long
        "XX50526018159083016613",     // no such country
        "US50526018159083016613",     // a country without IBANs
        "de50526018159083016613",     // lower case
        "DEAB526018159083016613",     // letters as check digits
        "DE50 5260/1815 9083 0166 13",
        "",
    })
    void rejectsInvalidIbans(String iban) {
        assertEquals(false, Iban.isValid(iban));
    }

    @ParameterizedTest
    @CsvSource({"DE, 22", "NO, 15", "LC, 32", "RU, 33", "GB, 22", "US, 0", "XX, 0"})
    void knowsEachCountrysLength(String country, int length) {
        assertEquals(length, Iban.lengthFor(country));
    }

    @Test
    void mod97CountsLettersAsTwoDigits() {
        assertEquals(1, Iban.mod97("526018159083016613DE50"));
        assertEquals(10 % 97, Iban.mod97("A"));
        assertEquals(3510 % 97, Iban.mod97("Z10"));
    }

    /** Read in place, a value answers as its compact form, rearranged and reduced with mod97, does. */
    @org.junit.jupiter.api.Test
    void inPlaceAsCompactAndRearranged() {
        java.util.Random random = new java.util.Random(29);
        String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -a";
        String[] countries = {"DE", "GB", "FR", "NL", "NO", "LC", "RU", "ZZ", "D1"};
        int valid = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder b = new StringBuilder(countries[random.nextInt(countries.length)]);
            int len = random.nextInt(36);
            for (int i = 0; i < len; i++) {
                b.append(random.nextInt(3) == 0 ? chars.charAt(random.nextInt(chars.length())) : (char) ('0' + random.nextInt(10)));
            }
            String v = b.toString();
            if (t % 4 == 0) {
                v = validWithSeparators(random, countries[random.nextInt(4)]);
            }
            String compact = compact(v);
            boolean expected = compact != null && compact.length() >= 4
                    && Iban.lengthFor(compact.charAt(0), compact.charAt(1)) == compact.length()
                    && Character.isDigit(compact.charAt(2)) && Character.isDigit(compact.charAt(3))
                    && Iban.mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
            valid += expected ? 1 : 0;
            String padded = "x" + v + "y";
            assertEquals(expected, Iban.isValid(padded, 1, padded.length() - 1), v);
            assertEquals(expected, Iban.isValid(v), v);
        }
        org.junit.jupiter.api.Assertions.assertTrue(valid > 40_000, "valid " + valid);
    }

    /** A valid IBAN of {@code country} (its check digits computed), maybe with a digit changed, with spaces and hyphens. */
    private static String validWithSeparators(java.util.Random random, String country) {
        StringBuilder bban = new StringBuilder();
        for (int i = 4; i < Iban.lengthFor(country); i++) {
            bban.append((char) ('0' + random.nextInt(10)));
        }
        int check = 98 - Iban.mod97(bban + country + "00");
        String iban = country + (check < 10 ? "0" : "") + check + bban;
        if (random.nextInt(8) == 0) {
            int at = 4 + random.nextInt(iban.length() - 4);
            iban = iban.substring(0, at) + (char) ('0' + (iban.charAt(at) - '0' + 1) % 10) + iban.substring(at + 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && random.nextInt(5) == 0) {
                out.append(random.nextBoolean() ? ' ' : '-');
            }
            out.append(iban.charAt(i));
        }
        return out.toString();
    }

    /** {@code value} without spaces and hyphens, or null if it holds anything but A-Z, 0-9, space, hyphen: the oracle's reading. */
    private static String compact(CharSequence value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (!(c >= '0' && c <= '9') && (c < 'A' || c > 'Z')) {
                return null;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
