package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdDocumentsTest {
    private static final Detector PASSPORT = DocumentDetectors.passportNumber();
    private static final Detector DRIVER = DocumentDetectors.driverId();
    private static final Detector GB_LICENCE = DocumentDetectors.ukDrivingLicence();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Passport number: 548207193        | 548207193",
        "passport no. K82047193            | K82047193",
        "my passport is K8204719           | K8204719",
        "Reisepass C4XR72T19 ausgestellt   | C4XR72T19",
        "travel document LP7302918         | LP7302918",
        "548207193 (passport)              | 548207193",
    })
    void findsPassportNumbersNearContext(String text, String value) {
        assertFinds(PASSPORT, EntityType.PASSPORT_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Order 548207193 shipped",         // no passport word
        "passport photo ABCDEFGHJ",        // no digit
        "passport fee 1234567",            // too short
        "passport ref 5482071930",         // too long
    })
    void ignoresPassportShapesWithoutContextOrDigits(String text) {
        assertNothing(PASSPORT, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the license is A123456789012.     | A123456789012",
        "Driver's licence: D1234-56789-01234 | D1234-56789-01234",
        "DL# S53046070135                  | S53046070135",
        "driving license no 13-22-123456-12 | 13-22-123456-12",
    })
    void findsDriverIdsNearContext(String text, String value) {
        assertFinds(DRIVER, EntityType.DRIVER_ID, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ticket A123456789012",            // no licence word
        "Apache License 2.0",              // too short
        "licence DRIVING",                 // no digit
        "public record 12345678",          // context words are whole words: "lic" is not in "public"
        "license changed 2010-04-06",      // a date
        "licence since 20100406",          // a date without separators
        "GPL license, closes #943873",     // six digits: an issue number
        "License LGPL2",                   // too few digits
        "License: X11R5-permissive",       // part of a longer name
        "License: see /doc/1016593.html",  // part of a path
        "sql driver 1028200",              // "driver" alone is not licence context
    })
    void ignoresDriverIdShapesWithoutContext(String text) {
        assertNothing(DRIVER, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JOHNS802146AB9XY                  | JOHNS802146AB9XY",
        "Licence: DOE99853126J99KL ok      | DOE99853126J99KL",
        "johns802146ab9xy                  | johns802146ab9xy",
    })
    void findsGbDrivingLicencesWithoutContext(String text, String value) {
        assertFinds(GB_LICENCE, EntityType.DRIVER_ID, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JOHNS813146AB9XY", "JO9NS802146AB9XY", "XJOHNS802146AB9XY"})
    void ignoresGbLicenceShapesWithImpossibleFields(String text) {
        assertNothing(GB_LICENCE, text);
    }
}
