package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcut the phone detector takes for North American numbers in their plain layouts: where
 * it says valid, {@code findNumbers} at strict grouping finds exactly the whole window, in every
 * +1 region the detector may be configured with; and the shortcut says valid often enough to matter.
 */
class NanpLayoutTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final InternationalNumbers INTERNATIONAL = new InternationalNumbers(UTIL, PhoneDetector.DEFAULT_REGIONS);

    @ParameterizedTest
    @ValueSource(strings = {"US", "CA"})
    void validMeansFindNumbersFindsTheWholeWindow(String region) {
        Random random = new Random(region.hashCode());
        int valid = 0;
        int invalid = 0;
        for (String window : windows(random, 6_000)) {
            String digits = NanpLayout.nationalDigits(window);
            assertTrue(digits != null, window);
            if (!INTERNATIONAL.isValid("+1" + digits)) {
                invalid++;
                continue;  // the detector then asks findNumbers as before
            }
            valid++;
            assertFindsWhole(UTIL, window, region);
        }
        assertTrue(valid > 1_000 && invalid > 1_000, valid + " valid, " + invalid + " invalid");
    }

    /** {@code findNumbers} at strict grouping finds exactly the whole of {@code window} in {@code region}, and nothing else. */
    static void assertFindsWhole(PhoneNumberUtil util, String window, String region) {
        List<int[]> found = new ArrayList<>();
        for (PhoneNumberMatch m : util.findNumbers(window, region, Leniency.STRICT_GROUPING, 5)) {
            found.add(new int[] {m.start(), m.end()});
        }
        assertEquals(1, found.size(), () -> window + " in " + region);
        assertEquals(0, found.get(0)[0], window);
        assertEquals(window.length(), found.get(0)[1], window);
    }

    /** Random numbers in the layouts: area codes and exchanges of every first digit, so both answers come up. */
    private static List<String> windows(Random random, int count) {
        String[] tollFree = {"800", "833", "844", "855", "866", "877", "888"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String area = random.nextInt(4) == 0 ? tollFree[random.nextInt(tollFree.length)] : digits(random, 3);
            String exchange = digits(random, 3);
            String line = digits(random, 4);
            char sep = "-. ".charAt(random.nextInt(3));
            String number = area + sep + exchange + sep + line;
            int layout = random.nextInt(4);
            out.add(layout == 0 ? number : layout == 1 ? "1" + sep + number
                    : "(" + area + ")" + (layout == 2 ? " " : "") + exchange + "-" + line);
        }
        return out;
    }

    private static String digits(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"212-555-0123x", "212-555.0123", "(212) 555.0123", "(212)  555-0123", "(212 555-0123",
        "(2125) 55-0123", "1 (212) 555-0123", "1-212.555.0123", "2-212-555-0123",
        "212-5550-123", "212 555  0123", "+1 212 555 0123", "1 212-555-0123", "21a-555-0123"})
    void otherLayoutsAreNotTaken(String window) {
        assertNull(NanpLayout.nationalDigits(window));
    }

    @Test
    void theLayoutsGiveTheirTenDigits() {
        assertEquals("8008294933", NanpLayout.nationalDigits("1-800-829-4933"));
        assertEquals("2125550123", NanpLayout.nationalDigits("212.555.0123"));
        assertEquals("2125550123", NanpLayout.nationalDigits("212 555 0123"));
        assertEquals("2125550123", NanpLayout.nationalDigits("(212) 555-0123"));
        assertEquals("2125550123", NanpLayout.nationalDigits("(212)555-0123"));
    }
}
