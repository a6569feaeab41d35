package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeDetectorTest {
    private static final Detector DATES = new DateTimeDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "born 2021-05-21 in | 2021-05-21",
        "at 2024-03-15T14:30:00.123456Z or | 2024-03-15T14:30:00.123456Z",
        "log 2024-06-05T09:15:30.500-07:00 x | 2024-06-05T09:15:30.500-07:00",
        "2024-03-15 14:30 meeting | 2024-03-15 14:30",
        "due 12/31/2024 | 12/31/2024",
        "am 31.12.2024 | 31.12.2024",
        "5-20-2021 is today. | 5-20-2021",
        "signed 12/31/2024 10:30 PM | 12/31/2024 10:30 PM",
        "on March 5, 2024 we | March 5, 2024",
        "on 5 March 2024 we | 5 March 2024",
        "Mar 5th | Mar 5th",
        "November 22 nd, 1999 | November 22 nd, 1999",
        "Today is 5-May-2021 | 5-May-2021",
        "January 2012 | January 2012",
        "april 1999 | april 1999",
        "Sept. 9, 2020 | Sept. 9, 2020",
        "5th of June | 5th of June",
        "13-06-31 | 13-06-31",
        "Today is 21.5.21 | 21.5.21",
        "Today is 5/21 | 5/21",
        "date of birth 05/2021 | 05/2021",
    })
    void findsCommonWrittenForms(String text, String value) {
        assertFinds(DATES, EntityType.DATE_TIME, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Observation: 91-100% strong nuclear staining",
        "Case No. 12-12110 K",
        "Case 1-20-01023-MJK",
        "The value is 3.14 today",
        "The good news is everywhere we go it is that way but this may be on top of that.",
        "ratio 5/21 of the votes",
        "version 2.10.15",
        "13/13/2020",
        "2024-13-01",
        "2024-02-32",
        "Today is5/21",
        "192.168.1.1",
        "we march 5 miles",
    })
    void ignoresNumbersThatAreNotDates(String text) {
        assertNothing(DATES, text);
    }
}
