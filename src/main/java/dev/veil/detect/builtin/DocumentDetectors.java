package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.checksum.UkDrivingLicence;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Passports and driving licences. Their numbers are short runs of digits and capitals that look
 * like order numbers and references, so they are reported only near words that name them; the
 * GB driving licence is the exception, its 16-character structure is specific enough alone.
 */
final class DocumentDetectors {
    private static final String[] PASSPORT_WORDS = {
        "passport", "passports", "passport number", "passport no", "passportnumber", "passport num",
        "travel document", "reisepass", "passnummer", "reisepassnummer", "pasaporte", "passeport",
        "passaporto", "paszport", "paspoort",
    };
    /** "driver" alone is not here: device drivers and racing drivers come with numbers too. */
    private static final String[] LICENCE_WORDS = {
        "driver license", "driver licence", "driving licence", "driving license", "driver id",
        "license", "licence", "license number", "licence number", "dl", "dln", "lic",
        "führerschein", "fuehrerschein", "permis de conduire", "licencia", "patente", "rijbewijs",
    };
    /** Dates, with separators or as YYYYMMDD: they sit next to "licence" in every changelog. */
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}[-/ ]\\d{1,2}[-/ ]\\d{1,2}|\\d{1,2}[-/ ]\\d{1,2}[-/ ]\\d{2,4}"
            + "|(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");

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
                .pattern("passport-8-9", IdPatterns.notInPath("(?i)\\b(?=[A-Z]{0,8}\\d)[A-Z0-9]", "[A-Z0-9]{7,8}\\b"), 0.4)
                .context(PASSPORT_WORDS)
                .contextRequired()
                .trigger(IdPatterns.NEAR_DIGITS)
                .build();
    }

    /**
     * US state licences run from 1 to 13 characters of letters and digits (some with hyphens).
     * Shorter ones are indistinguishable from issue and version numbers, so a candidate needs
     * seven digits, or five characters with four digits, and must not be a date.
     */
    static Detector driverId() {
        return PatternDetector.builder("driver-id", EntityType.DRIVER_ID)
                .pattern("licence-alnum", IdPatterns.notInPath("\\b(?=[A-Z]{0,4}\\d)[A-Z0-9]", "[A-Z0-9]{4,15}\\b"), 0.4)
                .pattern("licence-grouped", "\\b[A-Z]?\\d{1,4}(?:[ -]\\d{2,6}){2,4}\\b", 0.4)
                .validator("licence-shape", DocumentDetectors::isLicenceShape)
                .validatedScore(0.0) // the shape check only removes candidates
                .context(LICENCE_WORDS)
                .contextRequired()
                .trigger(IdPatterns.NEAR_DIGITS)
                .build();
    }

    /** GB licence numbers, found without context (any case); a nearby licence word makes them firm. */
    static Detector ukDrivingLicence() {
        return PatternDetector.builder("uk-driving-licence", EntityType.DRIVER_ID)
                .pattern("gb-licence-16", "(?i)\\b[A-Z][A-Z9]{4}\\d{6}[A-Z][A-Z9]\\d[A-Z0-9]{2}\\b", 0.4)
                .validator("gb-licence-structure", UkDrivingLicence::isValid)
                .validatedScore(0.75)
                .context(LICENCE_WORDS)
                // every match is one whole run of 16 letters and digits: a letter, four letters or
                // nines, six digits, ...
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(16).first(RunIndex.Chars.LETTERS)
                        .third(RunIndex.Chars.LETTERS.plus("9")).test(DocumentDetectors::startsGbLicence)))
                .build();
    }

    /** A GB licence's first eleven characters at {@code s}: a letter (tested before), four letters or nines, six digits. */
    private static boolean startsGbLicence(String text, int s, int e) {
        for (int i = s + 1; i < s + 5; i++) {
            char c = text.charAt(i);
            if (!RunIndex.isAsciiLetter(c) && c != '9') {
                return false;
            }
        }
        return RunIndex.digitsAt(text, s + 5, 6);
    }

    static boolean isLicenceShape(String candidate) {
        if (DATE.matcher(candidate).matches()) {
            return false;
        }
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters == 0 ? digits >= 7 : digits >= 4 && digits + letters >= 5;
    }
}
