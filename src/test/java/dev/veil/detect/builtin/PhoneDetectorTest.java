package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;
import static dev.veil.detect.DetectAssertions.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {
    private static final Detector PHONE = new PhoneDetector(PhoneDetector.DEFAULT_REGIONS);

    @Test
    void aTabEndsTheNumberSoTheNextCellIsNotSwallowed() {
        // a spreadsheet row as text: phone, tab, card number (found by veil audit on an .xls)
        String row = "Robert Chen\trobert.chen@example.com\t+1 415 555 0134\t4539 1488 0343 6467";
        assertFinds(PHONE, EntityType.PHONE, row, "+1 415 555 0134");
        assertFinds(PHONE, EntityType.PHONE, "Aiko\t(212) 555-0187\t5524-3300-0012-3452", "(212) 555-0187");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My US number is (415) 555-0132, thanks | (415) 555-0132",
        "US: 415-555-0132 | 415-555-0132",
        "_: (415)555-0132 | (415)555-0132",
        "international +1 415 555 0132 | +1 415 555 0132",
        "Brazil: +55 11 98456 5666 | +55 11 98456 5666",
        "London +44 (20) 7946 0958 | +44 (20) 7946 0958",
        "office 020 7946 0958 | 020 7946 0958",
        "Paris +33 1 42 68 53 00 | +33 1 42 68 53 00",
        "Berlin +49 30 1234567 | +49 30 1234567",
        "desk (800) 234-5678 x532 ok | (800) 234-5678 x532",
        "my phone number is 4258829090 | 4258829090",
        "try one of these phones 052 5552606 074-7111234 | 052 5552606",
        "try one of these phones 052 5552606 074-7111234 | 074-7111234",
    })
    void findsValidNumbersInInternationalAndNationalForms(String text, String value) {
        assertFinds(PHONE, EntityType.PHONE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "invoice 4258829090 paid",
        "on 2024-03-15 at noon",
        "dated 12/31/2024",
        "host 192.168.100.200",
        "card 4111 1111 1111 1111",
        "IBAN DE89 3704 0044 0532 0130 00",
        "version 10.2.3.4567",
        "pi is 3.14159265",
        "order 1234567890123456789",
        "1 1 1 1 1 1 1 1 1 1 1 1 1",
        "time 10:30:45",
    })
    void ignoresDatesAddressesCardsAndBareDigitRuns(String text) {
        assertNothing(PHONE, text);
    }

    @Test
    void contextWordRaisesTheScore() {
        double plain = reported(PHONE, "see 415-555-0132").get(0).score();
        double withContext = reported(PHONE, "mobile: 415-555-0132").get(0).score();
        assertTrue(withContext > plain, withContext + " vs " + plain);
    }

    @Test
    void nationalFormsOfOtherRegionsNeedTheRegionConfigured() {
        String japanese = "My Japanese number is 090-1234-5678";
        assertTrue(reported(new PhoneDetector(List.of("US")), japanese).isEmpty());
        assertEquals(1, reported(new PhoneDetector(List.of("US", "JP")), japanese).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "415-555-0132 | true", "(415) 555-0132 x12 | true", "+44 20 7946 0958 | true",
        "1-2-3-4-5-6-7 | false", "415-555.0132 | false", "(1)(2)345678 | false",
    })
    void wellFormedMeansOneKindOfPunctuation(String candidate, boolean expected) {
        assertEquals(expected, PhoneShapes.isWellFormed(candidate), candidate);
    }

    @Test
    void aSpentAllowanceStillReadsPlusNumbersAndNorthAmericanLayouts() {
        String text = "call 212-555-0123 or +44 20 7946 0958 or 020 7946 0958";
        assertEquals(3, reported(PHONE, text).size());
        // no allowance at all: the loose national form is no longer read, the well-written ones are
        List<String> found = reported(new PhoneDetector(PhoneDetector.DEFAULT_REGIONS, 0), text).stream()
                .map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of("212-555-0123", "+44 20 7946 0958"), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "360 370 40 29 17 10 2 0 | true", "61 50 38 27 16 5 | true", "01 23 45 67 89 | false",
        "360 370 40 29 17  10 | false", "360 370-40 29 17 10 | false", "1 2 3 4 5 6 | true",
    })
    void rowsOfFiguresAreSixOrMoreGroupsWithSingleSpaces(String candidate, boolean row) {
        assertEquals(row, PhoneShapes.isFigureRow(candidate), candidate);
    }

    @Test
    void theTailOfALongRowIsPartOfTheRow() {
        // thirteen groups: a candidate of eight, then five that alone would be an Indian number
        assertNothing(PHONE, "18 175 180 9 0 0 0 0 980 990 157 139 120 61 50 38 27 16\n");
        assertNothing(PHONE, "Wage 175 180 9 0 0 0 0 0 61 50 38 27 16 Total");
        // a group glued to a word is not part of a row; nor is one after two spaces
        assertEquals(1, reported(PHONE, "Tel A12 01 23 45 67 89").size());
        assertEquals(1, reported(PHONE, "Tel 01 23 45 67 89 x9").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10 20 30 40 50 60 70 80 01 23 45 67 89 | 24 | 38 | true",
        "x10 01 23 45 67 89 | 4 | 18 | false",
        "1.5 01 23 45 67 89 | 4 | 18 | false",
        "10 20 01 23 45 67 89 | 6 | 20 | true",
        "01 23 45 67 89 9a | 0 | 14 | false",
        "01 23 45 67 89 9 | 0 | 14 | true",
        "01 23 45 67 89  9 | 0 | 14 | false",
    })
    void aCandidateWithTheGroupsAroundItMakesARow(String text, int start, int end, boolean row) {
        assertEquals(row, PhoneShapes.isFigureRow(text, start, end), text);
    }

    @Test
    void aRowOfFiguresIsNotReadAsNationalNumbersButFiveGroupsAre() {
        assertNothing(PHONE, "Totals 360 370 40 29 17 10 2 0 and 61 50 38 27 16 5 4 3");
        assertEquals(1, reported(PHONE, "Tel 01 23 45 67 89").size());
    }
}
