package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link NationalNumbers} may only say no where libphonenumber's {@code findNumbers} (strict
 * grouping, as the phone detector calls it) finds no whole-group number: checked on phone-shaped
 * windows from random digits and punctuation, on table rows, and on real numbers of every default
 * region and of other countries written nationally, with the calling code but no plus, and with an
 * international (IDD) prefix.
 */
class NationalNumbersTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = PhoneDetector.DEFAULT_REGIONS;
    private static final NationalNumbers NATIONAL = new NationalNumbers(UTIL, REGIONS);
    private static final String[] PIECES = {"0", "1", "2", "3", "5", "7", "9", "00", "01", "011", "12", "20", "44",
        "49", "55", "61", "91", "972", "33", "212", "360", "555", "800", "1234", "4029", "7946", "0958", "123456",
        "1234567", " ", " ", " ", "  ", "-", "-", ".", "(", ")", "x", "ext. "};

    @Test
    void neverSaysNoWhereFindNumbersFindsAWholeGroupNumber() {
        Set<String> windows = new LinkedHashSet<>();
        Random random = new Random(20261129);
        while (windows.size() < 3_000) {
            windows.addAll(candidatesIn(RandomTexts.pieces(random, PIECES, 2 + random.nextInt(12))));
        }
        windows.addAll(realNumbers(random));
        int said = 0;
        int found = 0;
        for (String window : windows) {
            for (String region : REGIONS) {
                boolean may = NATIONAL.mayHoldNumber(window, region);
                said += may ? 0 : 1;
                if (!may) {
                    for (PhoneNumberMatch m : UTIL.findNumbers(window, region, Leniency.STRICT_GROUPING, 5)) {
                        assertTrue(PhoneDetector.isFragment(window, m.start(), m.end()),
                                () -> "said no, but findNumbers finds '" + m.rawString() + "' in '" + window + "' for " + region);
                    }
                } else {
                    found++;
                }
            }
        }
        // the condition must also do its job: most random windows hold no number
        assertTrue(said > windows.size() * REGIONS.size() / 2, "said no " + said + " times, yes " + found);
    }

    @Test
    void saysNoToTableRowsAndYesToTheNumbersPeopleWrite() {
        for (String region : REGIONS) {
            assertFalse(NATIONAL.mayHoldNumber("10 19 100 18 90", region), region);
        }
        assertFalse(NATIONAL.mayHoldNumber("360 370 40 29 17 10 2 0", "US"));
        assertTrue(NATIONAL.mayHoldNumber("(212) 555-0123", "US"));
        assertTrue(NATIONAL.mayHoldNumber("020 7946 0958", "GB"));
        assertTrue(NATIONAL.mayHoldNumber("011 44 20 7946 0958", "US"));
        assertTrue(NATIONAL.mayHoldNumber("01 23 45 67 89", "FR"));
    }

    /** Real numbers of many countries, written the ways a default region's reader would meet them. */
    private static List<String> realNumbers(Random random) {
        List<String> out = new ArrayList<>();
        List<String> countries = new ArrayList<>(REGIONS);
        countries.addAll(List.of("JM", "BS", "PR", "IT", "ES", "NL", "JP", "CN", "MX", "AR", "NZ", "IE", "ZA"));
        for (String country : countries) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber n = UTIL.getExampleNumberForType(country, type);
                if (n == null) {
                    continue;
                }
                String national = UTIL.format(n, PhoneNumberFormat.NATIONAL);
                String international = UTIL.format(n, PhoneNumberFormat.INTERNATIONAL).substring(1);
                out.add(national);
                out.add(international);
                out.add(UTIL.getNationalSignificantNumber(n));
                for (String from : REGIONS) {
                    out.add(UTIL.formatOutOfCountryCallingNumber(n, from));
                }
                out.add(tweaked(national, random));
                out.add(tweaked(international, random));
            }
        }
        List<String> windows = new ArrayList<>();
        for (String s : out) {
            windows.addAll(candidatesIn(s));
        }
        return windows;
    }

    private static String tweaked(String s, Random random) {
        char[] c = s.toCharArray();
        for (int k = 0; k < 2; k++) {
            int i = random.nextInt(c.length);
            if (c[i] >= '0' && c[i] <= '9') {
                c[i] = (char) ('0' + random.nextInt(10));
            }
        }
        return new String(c);
    }

    /** The national-form windows the detector would hand to libphonenumber for this text. */
    private static List<String> candidatesIn(String text) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            int end = PhoneCandidates.endAt(text, p);
            if (end > p && text.charAt(p) != '+') {
                int digits = PhoneShapes.countDigits(text, p, end);
                if (digits >= 7 && digits <= 24) {
                    out.add(text.substring(p, end));
                }
            }
        }
        return out;
    }
}
