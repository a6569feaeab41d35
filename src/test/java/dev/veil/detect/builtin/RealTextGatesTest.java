package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written readings made cheap for texts full of numbers and dots (tables, forms) answer
 * as the forms they replaced, on random texts made of the pieces those readings look at: the
 * day-month-name gate admits every place its pattern matches, the URL host check reads as it did
 * with searches to the text's ends, the house-number gate as it did with unbounded digit counts,
 * and the city-state-zip detector finds with its stricter anchor what it found with the looser one.
 */
class RealTextGatesTest {
    private static final String[] DATE_PIECES = {"5", "12", "31", " ", " ", "  ", "-", "st", "ND", "rd", "Th", "of",
        "OF", " of ", "Jan", "mar", "SEPT", "may", "Dec.", "june", "Marché", "ma", "x", "\n", "2024", ".", "/"};
    private static final String[] URL_PIECES = {"http", "https", "ftp", "://", ":", "/", "//", ".", "..", "www", "w",
        "example", "com", "co", "uk", "xn--p1ai", "192", "0", "2", "1", "8080", "[", "]", "::", "2001", "db8", "@", "?",
        "#", "-", "a", "B", "!", ")", "(", " ", "\n"};
    private static final String[] ADDRESS_PIECES = {"1", "12", "123456", "1234567", "5", " ", " ", "  ", "\t", "-",
        "-12", "A", "b", "Main", "main", "St", "st", "5th", "12th", "1234th", "2nd", "Ave", "av", "N", "Oak", "é",
        "INFO", ".", ",", "\n", "'"};
    private static final String[] NUMBERS = {"1", "12", "123456", "1234567", "5", "12-3", "12-34567", "7b", "7-1a"};
    private static final String[] GAPS = {" ", "  ", "   ", "    ", "\t", " \t", ""};
    private static final Pattern DAY_THEN_MONTH = Pattern.compile(
            "(?i)(?:[ ]?(?:st|nd|rd|th))?(?:[ -]{1,2}|[ ]of[ ])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    @Test
    void theDayMonthGateAdmitsEveryPlaceThePatternMatches() {
        Random random = new Random(11);
        int matched = 0;
        int refused = 0;
        for (int t = 0; t < 3000; t++) {
            String text = randomText(random, DATE_PIECES, 2 + random.nextInt(10));
            Matcher m = DAY_THEN_MONTH.matcher(text);
            for (int e = 0; e <= text.length(); e++) {
                m.region(e, text.length());
                boolean matches = m.lookingAt();
                boolean admitted = MonthNames.afterDay(text, e);
                if (matches) {
                    matched++;
                    assertTrue(admitted, "refused at " + e + " of: " + text);
                } else if (!admitted) {
                    refused++;
                }
            }
        }
        assertTrue(matched > 500 && refused > 500, matched + " matched, " + refused + " refused");
    }

    @Test
    void theUrlHostCheckReadsAsWithWholeTextSearches() {
        Random random = new Random(12);
        int valid = 0;
        for (int t = 0; t < 30000; t++) {
            String text = randomText(random, URL_PIECES, 3 + random.nextInt(14));
            int start = random.nextInt(text.length());
            int end = start + 1 + random.nextInt(text.length() - start);
            String expected = outcome(() -> hostCheckAsBefore(text, start, end));
            assertEquals(expected, outcome(() -> UrlDetector.hasValidHost(text, start, end)),
                    () -> "[" + start + ", " + end + ") of: " + text);
            valid += expected.equals("true") ? 1 : 0;
        }
        assertTrue(valid > 150, valid + " valid hosts");
    }

    @Test
    void theHouseNumberGateReadsAsWithUnboundedDigitCounts() {
        Random random = new Random(13);
        int passed = 0;
        for (int t = 0; t < 5000; t++) {
            // a number, a gap and two words, with random pieces around and between: the shape the gate looks for
            String text = randomText(random, ADDRESS_PIECES, random.nextInt(3)) + randomText(random, NUMBERS, 1)
                    + randomText(random, GAPS, 1) + randomText(random, ADDRESS_PIECES, 1) + randomText(random, GAPS, 1)
                    + randomText(random, ADDRESS_PIECES, 1 + random.nextInt(3));
            for (int i = 0; i < text.length(); i++) {
                if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
                    boolean expected = houseNumberAsBefore(text, i);
                    int at = i;
                    assertEquals(expected, AddressDetectors.houseNumberBeforeWord(text, i), () -> at + " of: " + text);
                    passed += expected ? 1 : 0;
                }
            }
        }
        assertTrue(passed > 500, passed + " passed");
    }

    /** The answer, or the exception thrown (the same for both forms on ranges no match makes). */
    private static String outcome(java.util.function.BooleanSupplier check) {
        try {
            return Boolean.toString(check.getAsBoolean());
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    @Test
    void theCityStateZipAnchorFindsWhatTheLooserOneFound() {
        String[] pieces = {"Austin", "New York", "St. Paul", "austin", "TX", "NY", "Tx", "X", ",", ", ", ",  ", ",    ", " ",
            "  ", "   ", "    ", "\t", "78701", "10001-1234", "12345", "123456", "1234", "7", "-", "Line", "A", "\n", "é"};
        dev.veil.detect.Detector before = AddressDetectors.cityStateZip(AddressDetectors::zipAfterState);
        dev.veil.detect.Detector now = AddressDetectors.cityStateZip(AddressDetectors::zipAfterStateCode);
        // and read off the run index (five digits after a blank), as the engine's detector does
        // and with the city's start looked for before the comma
        dev.veil.detect.Detector cityStart = AddressDetectors.cityStateZip(AddressDetectors::zipAfterCityStateCode);
        dev.veil.detect.Detector indexed = AddressDetectors.cityStateZip();
        Random random = new Random(14);
        int found = 0;
        for (int t = 0; t < 20000; t++) {
            // random pieces, and in most texts a near "City, ST 12345" line with random parts
            String text = randomText(random, pieces, 1 + random.nextInt(6));
            for (int line = random.nextInt(3); line > 0; line--) {
                text += randomText(random, new String[] {"Austin", "New York", "Line", "austin", "A"}, 1)
                        + randomText(random, new String[] {",", ", ", ",  ", ",    ", " ", ",\t"}, 1)
                        + randomText(random, new String[] {"TX", "NY", "Tx", "X", "XYZ"}, 1)
                        + randomText(random, new String[] {" ", "  ", "   ", "    ", "\t", ""}, 1)
                        + randomText(random, new String[] {"78701", "10001-1234", "123456", "1234", "12345"}, 1)
                        + randomText(random, pieces, random.nextInt(4));
            }
            var expected = before.detect(new dev.veil.detect.TextView(text));
            assertEquals(expected, now.detect(new dev.veil.detect.TextView(text)), text);
            assertEquals(expected, cityStart.detect(new dev.veil.detect.TextView(text)), text);
            assertEquals(expected, indexed.detect(new dev.veil.detect.TextView(text)), text);
            found += expected.size();
        }
        assertTrue(found > 200, found + " found");
    }

    private static String randomText(Random random, String[] pieces, int count) {
        return RandomTexts.pieces(random, pieces, count);
    }

    /** The host check as it was, searching from the candidate to the text's end (and back to its start). */
    private static boolean hostCheckAsBefore(String text, int start, int end) {
        int hostStart = start;
        int scheme = text.indexOf("://", start);
        if (scheme >= 0 && scheme < end) {
            hostStart = scheme + 3;
        }
        int at = indexOfAny(text, "@/?#", hostStart, end);
        if (at < end && text.charAt(at) == '@') {
            hostStart = at + 1;
        }
        int hostEnd = indexOfAny(text, "/?#", hostStart, end);
        if (hostStart < hostEnd && text.charAt(hostStart) == '[') {
            int close = text.indexOf(']', hostStart);
            return close > 0 && close < hostEnd && IpAddressParser.isIpv6(text, hostStart + 1, close);
        }
        if (IpAddressParser.isIpv6(text, hostStart, hostEnd)) {
            return true;
        }
        int colon = text.lastIndexOf(':', hostEnd - 1);
        if (colon >= hostStart) {
            hostEnd = colon;
        }
        if (IpAddressParser.isIpv4(text, hostStart, hostEnd)) {
            return true;
        }
        String host = text.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT);
        int dot = host.lastIndexOf('.');
        if (host.startsWith("www.") && dot == 3) {
            return false;
        }
        return dot > 0 && dot < host.length() - 1 && !host.contains("..")
                && TopLevelDomains.isKnown(host.substring(dot + 1));
    }

    private static int indexOfAny(String text, String chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }

    /** The house-number gate as it was, counting every digit of a run. */
    private static boolean houseNumberAsBefore(String text, int i) {
        int n = text.length();
        int j = i + AddressDetectors.digitsAt(text, i);
        if (j - i > 6) {
            return false;
        }
        if (j < n && text.charAt(j) == '-') {
            int more = AddressDetectors.digitsAt(text, j + 1);
            if (more < 1 || more > 4) {
                return false;
            }
            j += 1 + more;
        }
        if (j < n && Character.isLetter(text.charAt(j)) && text.charAt(j) < 128) {
            j++;
        }
        int spaces = 0;
        while (j < n && spaces < 3 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
            spaces++;
        }
        if (spaces == 0 || j >= n) {
            return false;
        }
        char c = text.charAt(j);
        int d = AddressDetectors.digitsAt(text, j);
        boolean firstWord = (c >= 'A' && c <= 'Z') || (d >= 1 && d <= 3 && (text.startsWith("st", j + d)
                || text.startsWith("nd", j + d) || text.startsWith("rd", j + d) || text.startsWith("th", j + d)));
        return firstWord && AddressDetectors.secondWordMayFollow(text, j);  // unchanged
    }
}
