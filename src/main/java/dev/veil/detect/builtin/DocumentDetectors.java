package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import dev.veil.detect.checksum.UkDrivingLicence;
import java.util.List;

/**
 * Passports and driving licences. Their numbers are short runs of digits and capitals that look
 * like order numbers and references, so they are reported only near words that name them; the
 * GB driving licence is the exception, its 16-character structure is specific enough alone.
 */
final class DocumentDetectors {
    private static final String[] PASSPORT_WORDS = {
        "passport", "passports", "passport number", "passport no", "passportnumber", "passport num",
        "travel document", "reisepass", "pass nr", "passnummer", "reisepassnummer", "pasaporte", "passeport", "passaporto", "paszport", "paspoort",
    };
    private static final String[] LICENCE_WORDS = {
        "driver", "drivers", "driving", "driver license", "driver licence", "driving licence",
        "driving license", "license", "licence", "license number", "licence number", "dl", "dln",
        "lic", "führerschein", "fuehrerschein", "permis de conduire", "licencia", "patente", "rijbewijs",
    };

    private DocumentDetectors() {
    }

    static List<Detector> all() {
        return List.of(passportNumber(), driverId(), ukDrivingLicence());
    }

    /**
     * US (9 digits, or a letter and 8 digits), UK (9 digits), India (a letter and 7 digits) and
     * most EU formats (8-9 letters and digits, at least one digit): one shape covers them all.
     * Any case, because people type them in lower case too.
     */
    static Detector passportNumber() {
        return PatternDetector.builder("passport-number", EntityType.PASSPORT_NUMBER)
                .pattern("passport-8-9", "(?i)\\b(?=[A-Z]{0,8}\\d)[A-Z0-9]{8,9}\\b", 0.4)
                .context(PASSPORT_WORDS)
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
    }

    /**
     * US state licences run from 1 to 13 characters of letters and digits (some with hyphens);
     * require at least five characters and a digit so that words and years never match.
     */
    static Detector driverId() {
        return PatternDetector.builder("driver-id", EntityType.DRIVER_ID)
                .pattern("licence-alnum", "\\b(?=[A-Z]{0,4}\\d)[A-Z0-9]{5,16}\\b", 0.4)
                .pattern("licence-grouped", "\\b[A-Z]?\\d{1,4}(?:[ -]\\d{2,6}){2,4}\\b", 0.35)
                .context(LICENCE_WORDS)
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
    }

    /** GB licence numbers, found without context (any case); a nearby licence word makes them firm. */
    static Detector ukDrivingLicence() {
        return PatternDetector.builder("uk-driving-licence", EntityType.DRIVER_ID)
                .pattern("gb-licence-16", "(?i)\\b[A-Z][A-Z9]{4}\\d{6}[A-Z][A-Z9]\\d[A-Z0-9]{2}\\b", 0.4)
                .validator("gb-licence-structure", UkDrivingLicence::isValid)
                .validatedScore(0.75)
                .context(LICENCE_WORDS)
                .trigger(Trigger.DIGITS)
                .build();
    }
}
