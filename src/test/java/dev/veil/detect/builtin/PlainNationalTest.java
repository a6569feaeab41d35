package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcut the phone detector takes for numbers written plainly in a region's national form
 * ({@link NationalNumbers#plainNational}): where it gives a number and that number is valid,
 * {@code findNumbers} at strict grouping finds exactly the whole window. Windows are the region's
 * example numbers of every type with their last digits changed at random, written as libphonenumber
 * formats them nationally, with hyphens for spaces, and regrouped at random.
 */
class PlainNationalTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = PhoneDetector.DEFAULT_REGIONS;
    private static final NationalNumbers NATIONAL = new NationalNumbers(UTIL, REGIONS);
    private static final InternationalNumbers INTERNATIONAL = new InternationalNumbers(UTIL, REGIONS);

    @ParameterizedTest
    @ValueSource(strings = {"GB", "DE", "FR", "IN", "AU", "BR", "IL"})
    void aValidPlainNumberIsWhatFindNumbersFinds(String region) {
        Random random = new Random(region.hashCode());
        int taken = 0;
        for (String window : windows(region, random)) {
            String whole = NATIONAL.plainNational(window, region);
            if (whole == null || !INTERNATIONAL.isValid(whole)) {
                continue;  // the detector then asks findNumbers as before
            }
            taken++;
            NanpLayoutTest.assertFindsWhole(UTIL, window, region);
        }
        assertTrue(taken > 300 || !cutsPrefixOff(region), region + ": the shortcut was taken " + taken + " times");
    }

    /** A region whose national prefix {@code parse} cuts off (no transform rule), where the shortcut applies. */
    private static boolean cutsPrefixOff(String region) {
        PhoneMetadata md = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                .getMetadataForRegion(region);
        return !md.getNationalPrefixForParsing().isEmpty() && md.getNationalPrefixTransformRule().isEmpty();
    }

    private static Set<String> windows(String region, Random random) {
        Set<String> out = new LinkedHashSet<>();
        for (int round = 0; round < 400; round++) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                String nsn = UTIL.getNationalSignificantNumber(example);
                int change = 1 + random.nextInt(Math.min(5, nsn.length() - 1));
                StringBuilder digits = new StringBuilder(nsn.substring(0, nsn.length() - change));
                for (int i = 0; i < change; i++) {
                    digits.append((char) ('0' + random.nextInt(10)));
                }
                PhoneNumber number = new PhoneNumber().setCountryCode(example.getCountryCode())
                        .setNationalNumber(Long.parseLong(digits.toString()));
                String national = UTIL.format(number, PhoneNumberFormat.NATIONAL);
                out.add(national);
                out.add(national.replace(' ', '-'));
                out.add(regrouped(national, random));
            }
        }
        return out;
    }

    /** The digits of {@code written} in random groups, with single spaces or hyphens between. */
    private static String regrouped(String written, Random random) {
        String digits = written.replaceAll("[^0-9]", "");
        StringBuilder sb = new StringBuilder();
        char sep = random.nextBoolean() ? ' ' : '-';
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && random.nextInt(4) == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    @Test
    void onlyPlainNationalWritingIsTaken() {
        assertEquals("+442079460958", NATIONAL.plainNational("020 7946 0958", "GB"));
        assertEquals("+442079460958", NATIONAL.plainNational("020-7946-0958", "GB"));
        assertNull(NATIONAL.plainNational("0207 946 0958", "GB"));  // not the format's groups
        assertNull(NATIONAL.plainNational("020  7946 0958", "GB"));
        assertNull(NATIONAL.plainNational("(020) 7946 0958", "GB"));
        assertNull(NATIONAL.plainNational("20 7946 0958", "GB"));  // no national prefix
        assertNull(NATIONAL.plainNational("020 7946 0958", "US"));
    }
}
