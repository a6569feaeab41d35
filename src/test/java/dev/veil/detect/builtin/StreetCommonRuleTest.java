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

    /** Name words, directions, suffixes and near misses for {@link #theSuffixGateTurnsAwayOnlyWhatCannotMatch}. */
    private static final String[] STREET_WORDS = {
        "12", "1445", "221B", "12-14", "7", "123456", "1234567", "5th", "N", "NW", "N.", "North", "Oak", "Main", "O'Neil", "Old", "Mill",
        "Corporate", "HQ", "John", "Smith2", "St", "ST", "st", "St.", "Street", "STREET", "Ave", "Avenue", "Rd", "rd",
        "Close", "Way", "Mews", "Expressway", "Stx", "Streets", "St_", "Rd9", "Street\u00e9", "St\u00e9", "Ave-",
        "Ave,", "Lane'", "Suite", "Apt", "4B", "Austin", "TX", "78701", "Bristol", "BS16", "4RT", "the", "of",
    };
    private static final String[] STREET_GAPS = {" ", " ", " ", " ", "  ", "   ", "    ", "\t", " \t ", "\n", "\r\n",
        ", ", ",", ". ", "", "-", " \n "};

    @Test
    void theSuffixGateTurnsAwayOnlyWhatCannotMatch() {
        Detector unGated = AddressDetectors.street(AddressDetectors::houseNumberBeforeWord).withCommonRule("street");
        Detector gated = AddressDetectors.street().withCommonRule("street");
        Random random = new Random(20261130L);
        int found = 0;
        int turnedAway = 0;
        for (int t = 0; t < 20000; t++) {
            String text = t % 2 == 0 ? RandomTexts.tokens(random, STREET_WORDS, STREET_GAPS, 2 + random.nextInt(12))
                    : streetLike(random);
            List<Finding> expected = unGated.detect(new TextView(text));
            assertEquals(expected, gated.detect(new TextView(text)), () -> "on: " + text);
            found += expected.size();
            for (int i = 0; i < text.length(); i++) {
                if (AddressDetectors.houseNumberBeforeWord(text, i) && !AddressDetectors.streetStart(text, i)) {
                    turnedAway++;
                }
                if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128 && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))) {
                    int end = i;
                    while (end < text.length() && isAsciiDigit(text.charAt(end))) {
                        end++;
                    }
                    int at = i;
                    int runEnd = end;
                    // told where the run ends, the anchor answers as when it counts the digits itself
                    assertEquals(AddressDetectors.streetStart(text, i), AddressDetectors.STREET_START.atRun(text, i, end),
                            () -> "run [" + at + ", " + runEnd + ") of: " + text);
                }
            }
        }
        assertTrue(found > 500, "too few addresses to compare: " + found);
        assertTrue(turnedAway > 5000, "the gate turned away too little to be tried: " + turnedAway);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A house number, maybe a direction, one to five name words and a suffix or near miss, with gaps of one to four spaces. */
    private static String streetLike(Random random) {
        return streetOnly(random) + RandomTexts.tokens(random, STREET_WORDS, STREET_GAPS, 2);
    }

    /** {@link #streetLike} without the words after it. */
    private static String streetOnly(Random random) {
        String[] numbers = {"12", "1445", "221B", "221b", "12-14", "5th", "123456"};
        String[] directions = {"N", "NW", "N.", "North"};
        String[] names = {"Oak", "Main", "O'Neil", "Old", "Mill", "5th", "Corporate", "HQ"};
        String[] ends = {"St", "ST", "St.", "Street", "Expressway", "Mews", "Streets", "St_", "Rd9", "Ave,", "Road\n"};
        String[] gaps = {" ", " ", " ", "  ", "   ", "    ", "\t"};
        StringBuilder sb = new StringBuilder(RandomTexts.pieces(random, numbers, 1)).append(RandomTexts.pieces(random, gaps, 1));
        if (random.nextBoolean()) {
            sb.append(RandomTexts.pieces(random, directions, 1)).append(RandomTexts.pieces(random, gaps, 1));
        }
        sb.append(RandomTexts.tokens(random, names, gaps, 1 + random.nextInt(5)));
        return sb.append(RandomTexts.pieces(random, ends, 1)).toString();
    }

    /**
     * The UK rule, tried only where a postcode's inward code lies within reach, finds what it finds
     * tried everywhere; the shared list of inward codes is every place of a regular expression's.
     */
    @Test
    void thePostcodeReachTurnsAwayOnlyWhatCannotMatch() {
        Detector everywhere = AddressDetectors.street(AddressDetectors.STREET_START, null).withCommonRule("street");
        Detector reached = AddressDetectors.street().withCommonRule("street");
        java.util.regex.Pattern inward = java.util.regex.Pattern.compile("(?=[0-9][ABD-HJLNP-UW-Z]{2})");
        Random random = new Random(20261201L);
        int uk = 0;
        for (int t = 0; t < 12000; t++) {
            String text = t % 3 == 0 ? ukStreetLike(random)
                    : RandomTexts.tokens(random, TOKENS, SEPARATORS, 2 + random.nextInt(14));
            List<Finding> expected = everywhere.detect(new TextView(text));
            assertEquals(expected, reached.detect(new TextView(text)), () -> "on: " + text);
            uk += (int) expected.stream().filter(f -> f.explanation().rule().endsWith("street-town-postcode")).count();
            int[] codes = new TextView(text).shared(AddressDetectors.INWARD_CODES);
            assertEquals(inward.matcher(text).results().map(r -> r.start()).toList(),
                    java.util.Arrays.stream(codes).boxed().toList(), () -> "on: " + text);
        }
        assertTrue(uk > 100, "too few UK addresses to compare: " + uk);
    }

    /** A street, maybe a town, and a UK postcode or a near miss (cut, small letters, glued), after a comma, spaces or a line break. */
    private static String ukStreetLike(Random random) {
        String[] towns = {"", "", "Bristol", "London", "St Albans", "Newcastle upon Tyne"};
        String[] breaks = {", ", " ", "  ", ",\n", "\n", "\r\n ", ",    "};
        String[] postcodes = {"BS16 4RT", "SW1A 1AA", "GIR 0AA", "B338TH", "M1 1AE", "EC1A 1BB", "SW1A 1A", "BS16 4rt",
            "EC1A 1BB9", "W1 1CI", "QQ1 1AA", "SW1A1AA"};
        String town = RandomTexts.pieces(random, towns, 1);
        return streetOnly(random) + RandomTexts.pieces(random, breaks, 1) + (town.isEmpty() ? "" : town + RandomTexts.pieces(random, breaks, 1))
                + RandomTexts.pieces(random, postcodes, 1) + RandomTexts.pieces(random, SEPARATORS, 1);
    }

    @Test
    void theCommonRuleMustBeOneOfTheRules() {
        assertThrows(IllegalArgumentException.class, () -> AddressDetectors.street().withCommonRule("city"));
    }
}
