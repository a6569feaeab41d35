package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.checksum.VinCheckDigit;
import java.util.List;
import java.util.Locale;

/** Vehicle identification numbers and licence plates. */
final class VehicleDetectors {
    private static final String[] VIN_WORDS = {
        "vin", "vehicle identification number", "vehicle identification", "chassis number", "chassis",
        "fahrgestellnummer", "numéro de série", "telaio",
    };
    /**
     * Words that name a plate. "car", "vehicle" and "reg" alone are too common (register names
     * such as REG1 in code) to report a generic shape next to them, and "targa" is an image format.
     */
    private static final String[] PLATE_WORDS = {
        "license plate", "licence plate", "number plate", "plate", "plates", "plate number", "registration",
        "car reg", "vehicle reg", "registration number", "vrn", "kennzeichen", "matrícula", "matricula",
        "numero di targa", "targa auto",
        "immatriculation", "plaque", "rego", "plaka", "plakası", "kenteken",
    };
    /** Context that firms up a GB-format plate, which is reported alone anyway. */
    private static final String[] UK_PLATE_WORDS = {
        "license plate", "licence plate", "number plate", "plate", "registration", "reg", "vrn", "car",
        "vehicle", "van", "lorry", "motorbike",
    };
    /** Age identifiers issued up to 2029 (March 02-29, September 51-79). */
    private static final String GB_AGE = "(?:0[2-9]|[12]\\d|5[1-9]|[67]\\d)";
    private static final String VIN_SHAPE = "\\b[A-HJ-NPR-Za-hj-npr-z0-9]{17}\\b";

    /** Every VIN match is one whole run of 17 letters and digits. */
    private static final RunCandidates VIN_RUNS = RunCandidates.alnum(RunIndex.Shape.of(17));

    private VehicleDetectors() {
    }

    static List<Detector> all() {
        return List.of(vinWithCheckDigit(), vinWithoutCheckDigit(), ukCurrentPlate(), plateNearContext());
    }

    /** A VIN whose position-9 check digit is right: about one random 17-character run in eleven. */
    static Detector vinWithCheckDigit() {
        return PatternDetector.builder("vin", EntityType.VEHICLE_IDENTIFICATION_NUMBER)
                .pattern("vin-17", VIN_SHAPE, 0.4)
                .candidates(VIN_RUNS)
                .validator("vin-check-digit", v -> hasLetterAndDigit(v) && VinCheckDigit.isValid(v))
                .validatedScore(0.8)
                .context(VIN_WORDS)
                .trigger(IdPatterns.NEAR_DIGITS)
                .build();
    }

    /**
     * European and other VINs need not carry a check digit, so a VIN-shaped run without one is
     * reported only next to "VIN". North American VINs (first character 1-5) always carry it,
     * so one that fails is not a VIN.
     */
    static Detector vinWithoutCheckDigit() {
        return PatternDetector.builder("vin-unchecked", EntityType.VEHICLE_IDENTIFICATION_NUMBER)
                .pattern("vin-17-unchecked", VIN_SHAPE, 0.45)
                .candidates(VIN_RUNS)
                .validator("vin-shape", v -> hasLetterAndDigit(v) && !VinCheckDigit.isNorthAmerican(v)
                        && !VinCheckDigit.isValid(v))
                .validatedScore(0.45)
                .context(VIN_WORDS)
                .contextRequired()
                .trigger(IdPatterns.NEAR_DIGITS)
                .build();
    }

    /**
     * GB plates since 2001: region letter, local office letter, age identifier (March: the year,
     * 02-29; September: the year plus 50, 51-79), three random letters; I and Q are never used,
     * nor Z in the first two places.
     */
    static Detector ukCurrentPlate() {
        return PatternDetector.builder("uk-plate", EntityType.LICENSE_PLATE)
                .pattern("gb-2001", "(?i)[A-HK-PRSVWY](?<![\\w-].)[A-HJ-PR-Y]" + GB_AGE + "[ -]?[A-HJ-PR-Z]{3}(?![\\w-])",
                        0.55)
                .validator("plate-case", VehicleDetectors::isPlateCase)
                .validatedScore(0.0) // the case check only removes candidates such as "MK73 and"
                .context(UK_PLATE_WORDS)
                // a match starts a run: "AB12CDE" whole, or "AB12" before its space or hyphen
                .candidates(RunCandidates.alnum(
                        RunIndex.Shape.of(7).first(RunIndex.Chars.LETTERS).third(RunIndex.Chars.DIGITS).test(VehicleDetectors::startsGbPlate),
                        RunIndex.Shape.of(4).first(RunIndex.Chars.LETTERS).next(" -").third(RunIndex.Chars.DIGITS)
                                .test(VehicleDetectors::startsGbPlate)))
                .build();
    }

    private static boolean startsGbPlate(String text, int s, int e) {
        return RunIndex.isAsciiLetter(text.charAt(s)) && RunIndex.isAsciiLetter(text.charAt(s + 1))
                && RunIndex.isDigit(text.charAt(s + 2)) && RunIndex.isDigit(text.charAt(s + 3));
    }

    /**
     * Plates of other countries and older GB series: up to three groups of capitals and digits
     * (at least one of each, four to ten characters), reported only near a plate word.
     */
    static Detector plateNearContext() {
        return PatternDetector.builder("license-plate", EntityType.LICENSE_PLATE)
                .pattern("plate-groups", "(?<![\\w./-])[A-Z0-9]{1,10}(?:[ -][A-Z0-9]{1,5}){0,2}(?![\\w-]|\\.\\w)", 0.4)
                .validator("plate-shape", VehicleDetectors::isPlateShape)
                .validatedScore(0.4)
                .context(PLATE_WORDS)
                .contextRequired()
                .trigger(IdPatterns.NEAR_DIGITS)
                .build();
    }

    private static boolean hasLetterAndDigit(String v) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            letter |= Character.isLetter(c);
            digit |= c >= '0' && c <= '9';
        }
        return letter && digit;
    }

    /** At least one letter and one digit, 4 to 10 characters besides separators. */
    private static boolean isPlateShape(String v) {
        int chars = 0;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) != ' ' && v.charAt(i) != '-') {
                chars++;
            }
        }
        return chars >= 4 && chars <= 10 && hasLetterAndDigit(v);
    }

    /**
     * All letters upper case, or all lower case with a space or hyphen: written without one, a
     * lower-case plate is more often a name in code ({@code be16toh}).
     */
    private static boolean isPlateCase(String v) {
        boolean separated = v.indexOf(' ') >= 0 || v.indexOf('-') >= 0;
        return v.equals(v.toUpperCase(Locale.ROOT)) || (separated && v.equals(v.toLowerCase(Locale.ROOT)));
    }
}
