package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The street address detector finds the same when it tries its "street" rule first and gives up
 * where that fails, as when it tries every rule at every house number: on texts of house numbers,
 * street words and suffixes, towns, states, ZIPs and postcodes, near misses and glued letters.
 */
class StreetCommonRuleTest {
    private static final String[] TOKENS = {
        "12", "1445", "221B", "12-14", "7", "100000", "5th", "3rd", "N", "NW", "North", "Oak", "Main", "O'Neil",
        "St", "St.", "Street", "Ave", "Avenue", "Road", "rd", "Close", "Way", "Lane", "Court", "Mews", "Stx", "Streets",
        "Apt", "Suite", "#", "4B", "Austin", "New", "York", "TX", "NY", "California", "78701", "10001-1234",
        "Bristol", "BS16", "4RT", "SW1A", "1AA", "Bristol BS16 4RT", "London SW1A 1AA", "Austin, TX 78701", "GIR", "0AA", "the", "units", "Total", "Street\u00e9", "St_", "Rd9",
    };
    private static final String[] SEPARATORS = {" ", " ", " ", "  ", ", ", ",", "\n", "\t", ". ", "", "-", ";"};

    @Test
    void findsWhatTryingEveryRuleFinds() {
        Detector every = AddressDetectors.street();
        Detector common = AddressDetectors.street().withCommonRule("street");
        Random random = new Random(20261129L);
        int found = 0;
        java.util.Set<String> rules = new java.util.TreeSet<>();
        for (int t = 0; t < 8000; t++) {
            String text = RandomTexts.tokens(random, TOKENS, SEPARATORS, 2 + random.nextInt(14));
            List<Finding> expected = every.detect(new TextView(text));
            assertEquals(expected, common.detect(new TextView(text)), () -> "on: " + text);
            found += expected.size();
            expected.forEach(f -> rules.add(f.explanation().rule()));
        }
        assertTrue(found > 150, "too few addresses to compare: " + found);
        assertEquals(List.of("us-street-address/street", "us-street-address/street-city-state",
                "us-street-address/street-town-postcode"), List.copyOf(rules));
    }

    @Test
    void theCommonRuleMustBeOneOfTheRules() {
        assertThrows(IllegalArgumentException.class, () -> AddressDetectors.street().withCommonRule("city"));
    }
}
