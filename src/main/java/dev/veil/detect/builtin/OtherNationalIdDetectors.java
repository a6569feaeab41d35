package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import dev.veil.detect.checksum.AustralianTfn;
import dev.veil.detect.checksum.SingaporeNric;
import java.util.List;

/** Canada (health card), Australia (tax file number), Singapore (NRIC/FIN). */
final class OtherNationalIdDetectors {
    private OtherNationalIdDetectors() {
    }

    static List<Detector> all() {
        return List.of(canadaHealthNumber(), australianTfn(), singaporeNric());
    }

    /**
     * Ontario-style health number: 10 digits (4-3-3) and an optional two-letter version code.
     * Provinces differ and ten digits are everywhere, so context is required.
     */
    static Detector canadaHealthNumber() {
        return PatternDetector.builder("ca-health-number", EntityType.CA_HEALTH_NUMBER)
                .pattern("health-card",
                        IdPatterns.standalone("\\b\\d", "\\d{3}([ -]?)\\d{3}\\1\\d{3}(?:[ -]?[A-Z]{2})?\\b"), 0.4)
                .context("health card", "health number", "health card number", "ohip", "hcn", "msp", "ramq",
                        "carte santé", "carte d'assurance maladie", "health insurance number", "phn")
                .contextRequired()
                .trigger(Trigger.digits(10, 1, 3))
                .build();
    }

    /**
     * One random 9-digit number in eleven passes the check, and nine digits are also SSNs, routing
     * numbers and company numbers: a valid TFN in 3-3-3 groups scores moderately alone, a plain
     * run of nine digits only near "TFN" or "tax file number".
     */
    static Detector australianTfn() {
        return PatternDetector.builder("au-tfn", EntityType.AU_TFN)
                .pattern("tfn-3-3-3", IdPatterns.standalone("\\b\\d", "\\d{2}([ -])\\d{3}\\1\\d{3}\\b"), 0.6)
                .pattern("tfn-9-digits", IdPatterns.standalone("\\b\\d", "\\d{8}\\b"), 0.45)
                .validator("tfn-mod11", AustralianTfn::isValid)
                .validatedScore(0.0) // a passing check keeps the rule's own score
                .context("tfn", "tax file number", "tax file", "australian tax")
                .trigger(IdPatterns.standaloneLayouts(" -", "9", "3-3-3"))
                .build();
    }

    static Detector singaporeNric() {
        return PatternDetector.builder("sg-nric", EntityType.SG_NRIC)
                .pattern("nric-fin", "(?i)\\b[STFGM]\\d{7}[A-Z]\\b", 0.3)
                .validator("nric-mod11", SingaporeNric::isValid)
                .context("nric", "fin", "identity card", "ic", "ic number", "foreign identification number")
                // every match is one whole run of nine letters and digits: the letter, seven digits, a letter
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(9).first("STFGMstfgm").third(RunIndex.Chars.DIGITS)
                        .test((text, s, e) -> RunIndex.digitsAt(text, s + 1, 7))))
                .build();
    }
}
