package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeDetectorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "age | the patient is 42 years old. | 42 years old",
        "age | She is a 22-year-old female | 22-year-old",
        "age | the patient is 3.5yrs old. | 3.5yrs old",
        "age | is 72 Yr. old male | 72 Yr. old",
        "age | Ms Smith is 75 yo female | 75 yo",
        "age | patient is 61 y/o and | 61 y/o",
        "age | a 7. year old boy | 7. year old",
        "age | a 30- years old man | 30- years old",
        "age | the 45 YEARS OLD driver | 45 YEARS OLD",
        "age-label | she is aged 39 | 39",
        "age-label | Age: 42 | 42",
        "age-label | age 39.5 | 39.5",
        "age-in-years | Admit age: 69 years | 69 years",
        "age-in-years | the patient age is 3yrs. | 3yrs",
    })
    void findsAgesWithTheirUnits(String detector, String text, String value) {
        assertFinds(ContactTestSupport.detector(detector), EntityType.AGE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Had symptoms for the past 10 years",
        "patient is 161 y/o and",
        "the bridge is 200 years old",
        "page 42",
        "Message 42",
        "stage 3 cancer",
    })
    void ignoresDurationsAndImplausibleAges(String text) {
        assertNothing(ContactTestSupport.detector("age"), text);
        assertNothing(ContactTestSupport.detector("age-label"), text);
        assertNothing(ContactTestSupport.detector("age-in-years"), text);
    }
}
