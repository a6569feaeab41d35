package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link NumberTypes} answers as libphonenumber's {@code isValidNumberForRegion} does. */
class NumberTypesTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void agreesWithIsValidNumberForRegionOnRandomAndRealNumbers() {
        Random random = new Random(20261129);
        List<String> regions = new ArrayList<>(PhoneDetector.DEFAULT_REGIONS);
        regions.addAll(List.of("JM", "IT", "ES", "JP", "CN", "MX", "NZ", "SG"));
        int valid = 0;
        for (String region : regions) {
            NumberTypes types = new NumberTypes(DefaultMetadataDependenciesProvider.getInstance()
                    .getPhoneNumberMetadataSource().getMetadataForRegion(region));
            int cc = UTIL.getCountryCodeForRegion(region);
            List<String> numbers = new ArrayList<>();
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example != null) {
                    String nsn = UTIL.getNationalSignificantNumber(example);
                    numbers.add(nsn);
                    for (int k = 0; k < 200; k++) {
                        numbers.add(tweaked(nsn, random));
                    }
                }
            }
            for (int k = 0; k < 3_000; k++) {
                StringBuilder b = new StringBuilder().append((char) ('1' + random.nextInt(9)));
                int length = 1 + random.nextInt(16);
                for (int i = 1; i < length; i++) {
                    b.append((char) ('0' + random.nextInt(10)));
                }
                numbers.add(b.toString());
            }
            for (String nsn : numbers) {
                if (nsn.charAt(0) == '0') {
                    continue;  // the callers never ask about a national number with a leading zero
                }
                PhoneNumber n = new PhoneNumber().setCountryCode(cc).setNationalNumber(Long.parseLong(nsn));
                boolean expected = UTIL.isValidNumberForRegion(n, region);
                assertEquals(expected, types.isValid(nsn), () -> region + " " + nsn);
                valid += expected ? 1 : 0;
            }
        }
        assertTrue(valid > 1_000, "too few valid numbers compared: " + valid);
    }

    private static String tweaked(String nsn, Random random) {
        char[] c = nsn.toCharArray();
        int i = random.nextInt(c.length);
        c[i] = (char) ('0' + random.nextInt(10));
        if (random.nextInt(4) == 0) {
            return new String(c) + random.nextInt(10);
        }
        return random.nextInt(4) == 0 && c.length > 2 ? new String(c, 0, c.length - 1) : new String(c);
    }
}
