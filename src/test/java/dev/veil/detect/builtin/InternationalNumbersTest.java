package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InternationalNumbersTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final InternationalNumbers numbers = new InternationalNumbers(UTIL, PhoneDetector.DEFAULT_REGIONS);

    @Test
    void answersAsParseAndIsValidNumberDo() {
        for (String w : List.of("+1 212-555-0954", "+1 268 464 1234", "+1 809 555 1234", "+44 20 7946 0958",
                "+44 020 7946 0958", "+49 30 901820", "+33 1 42 68 53 00", "+91 98765 43210", "+61 2 9374 4000",
                "+55 11 3456 7890", "+972 3 123 4567", "+7 495 123 45 67", "+011 44 20 7946 0958", "+0 12 345",
                "+1 1", "+12", "+800 1234 5678", "+1 212 555 0954 1234 5678 9012 3456", "+39 06 1234 5678")) {
            assertEquals(oracle(w), numbers.isValid(w), w);
        }
    }

    @Test
    void validAndInvalidNorthAmericanNumbers() {
        assertTrue(numbers.isValid("+1 212-555-0954"));
        assertTrue(numbers.isValid("+1 268 464 1234"));  // Antigua: not the main region of +1
        assertFalse(numbers.isValid("+1 012-555-0954"));
    }

    @Test
    void agreesOnRandomNumbersOfTheConfiguredCallingCodes() {
        Random random = new Random(7);
        String[] codes = {"1", "44", "49", "33", "91", "61", "55", "972", "7", "39", "86", "0", "8", "97"};
        for (int round = 0; round < 30_000; round++) {
            StringBuilder b = new StringBuilder("+").append(codes[random.nextInt(codes.length)]);
            int digits = 1 + random.nextInt(20);
            for (int k = 0; k < digits; k++) {
                if (random.nextInt(4) == 0) {
                    b.append(" -.".charAt(random.nextInt(3)));
                }
                b.append((char) ('0' + (k == 0 && random.nextBoolean() ? 2 + random.nextInt(8) : random.nextInt(10))));
            }
            String w = b.toString();
            assertEquals(oracle(w), numbers.isValid(w), w);
        }
    }

    @Test
    void aNationalNumberIsValidAsIsValidNumberSays() {
        Random random = new Random(29);
        int[] codes = {1, 44, 49, 33, 91, 61, 55, 972, 7, 39, 86};
        int valid = 0;
        for (int round = 0; round < 30_000; round++) {
            int cc = codes[random.nextInt(codes.length)];
            StringBuilder nsn = new StringBuilder();
            int digits = 2 + random.nextInt(14);
            for (int k = 0; k < digits; k++) {
                nsn.append((char) ('0' + (k == 0 ? 1 + random.nextInt(9) : random.nextInt(10))));
            }
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number = new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber()
                    .setCountryCode(cc).setNationalNumber(Long.parseLong(nsn.toString()));
            boolean expected = UTIL.isValidNumber(number);
            assertEquals(expected, numbers.isValidNumber(cc, nsn.toString()), "+" + cc + " " + nsn);
            valid += expected ? 1 : 0;
        }
        assertTrue(valid > 1_000, valid + " valid");
    }

    @Test
    void agreesOnTheExampleNumbersOfEveryRegionOfTheConfiguredCodesAndTheirNeighbours() {
        // the regions that share a code (+1's ~25, Guernsey, Jersey, the Isle of Man) each claim
        // their own ranges: example numbers of every region and type, and numbers next to them
        Random random = new Random(41);
        int checked = 0;
        int valid = 0;
        for (int cc : new int[] {1, 44, 49, 33, 91, 61, 55, 972}) {
            for (String region : UTIL.getRegionCodesForCountryCode(cc)) {
                for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                    com.google.i18n.phonenumbers.Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                    if (example == null) {
                        continue;
                    }
                    String nsn = UTIL.getNationalSignificantNumber(example);
                    for (int variant = 0; variant < 40; variant++) {
                        char[] d = nsn.toCharArray();
                        for (int k = 0; k < variant % 4; k++) {
                            int at = 1 + random.nextInt(Math.max(1, d.length - 1));
                            if (at < d.length) {
                                d[at] = (char) ('0' + random.nextInt(10));
                            }
                        }
                        String n = variant == 39 ? nsn + random.nextInt(10) : variant == 38 && d.length > 3
                                ? new String(d, 0, d.length - 1) : new String(d);
                        if (n.charAt(0) == '0') {
                            continue;
                        }
                        boolean expected = UTIL.isValidNumber(new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber()
                                .setCountryCode(cc).setNationalNumber(Long.parseLong(n)));
                        assertEquals(expected, numbers.isValidNumber(cc, n), region + " " + type + " +" + cc + " " + n);
                        assertEquals(expected, numbers.isValid("+" + cc + " " + n), region + " " + type + " +" + cc + " " + n);
                        checked++;
                        valid += expected ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(checked > 5_000 && valid > 2_000, checked + " checked, " + valid + " valid");
    }

    private static boolean oracle(String window) {
        try {
            return UTIL.isValidNumber(UTIL.parse(window, "US"));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
