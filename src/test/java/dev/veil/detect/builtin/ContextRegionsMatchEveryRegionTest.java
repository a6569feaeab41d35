package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.BuiltInDetectors;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Detector;
import dev.veil.detect.Finding;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in pattern detector finds the same when a detector that requires context runs
 * only in the regions near its phrases ({@code ContextWords.regionsNear}) as when it scans every
 * region ({@link PatternDetector#everyRegion}): on texts of numbers and identifiers, context
 * words and phrases, near misses, and words glued to values or to each other, in ASCII and not,
 * so that match edges also cut words in two.
 */
class ContextRegionsMatchEveryRegionTest {
    private static final String[] TOKENS = {
        // values and near misses
        "AB123456", "123456789", "12/25", "1/2027", "1234", "123", "12345", "4111 1111", "X1234567", "C12345678",
        "1234-567-890", "1234 567 890 AB", "AB12CDE", "AB12 CDE", "A123 456 789", "K1234 56789", "1234567890",
        "123 456 789", "046 454 286", "2024-01-31", "20240131", "S1234-5678-9", "ABC-1234", "XYZ 987", "7", "42",
        // context words and phrases, whole and in pieces
        "passport", "Passport No", "passports", "travel document", "reisepass", "licence", "License", "driver",
        "driver license", "driving licence", "DL", "dln", "lic", "permis de conduire", "plate", "plates",
        "number plate", "license plate", "number", "registration", "registration number", "car reg", "vrn",
        "plakası", "kennzeichen", "matrícula", "numero di targa", "targa", "cvv", "CVC", "security code",
        "security", "code", "card verification", "verification code", "exp", "Expiry", "valid thru", "good thru",
        "valid", "thru", "pin", "PIN code", "pincode", "health card", "health", "ohip", "carte santé", "utr",
        "tax reference", "tax", "reference", "self assessment", "hmrc", "sin", "social insurance", "vin",
        "chassis", "numéro de série", "account", "insurance",
        // other words, letters that fold, long words
        "the", "of", "and", "public", "template", "expense", "pink", "Kelvin\u212A", "\u212Aey", "ı", "é", "ß",
        "ÉXP", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    };
    private static final String[] SEPARATORS = {" ", " ", " ", " ", "", "", "  ", "-", ":", ".", "/", ",", "\n",
        "_", "#", " : ", "\n\n", "    ", " | "};

    static Stream<PatternDetector> patternDetectors() {
        List<PatternDetector> out = new ArrayList<>();
        for (Detector d : BuiltInDetectors.all()) {
            Detector inner = d instanceof KeywordGate gate ? gate.delegate() : d;
            if (inner instanceof PatternDetector p) {
                out.add(p);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("patternDetectors")
    void findsWhatEveryRegionFinds(PatternDetector detector) {
        PatternDetector every = detector.everyRegion();
        Random random = new Random(detector.name().hashCode());
        for (int t = 0; t < 400; t++) {
            String text = randomText(random, 5 + random.nextInt(t % 4 == 0 ? 400 : 60));
            List<Finding> expected = every.detect(new TextView(text));
            assertEquals(expected, detector.detect(new TextView(text)), () -> detector.name() + " on: " + text);
        }
    }

    /**
     * Through an engine, whose context-required detectors find their phrases in one shared pass
     * over the text ({@code ContextIndex}): the same findings as an engine whose detectors scan
     * every region.
     */
    @Test
    void anEngineFindsWhatEveryRegionFinds() {
        List<Detector> near = new ArrayList<>();
        List<Detector> every = new ArrayList<>();
        for (Detector d : BuiltInDetectors.all()) {
            near.add(d);
            Detector inner = d instanceof KeywordGate gate ? gate.delegate() : d;
            every.add(inner instanceof PatternDetector p ? p.everyRegion() : d);
        }
        DetectionEngine engine = DetectionEngine.builder().detectors(near).build();
        DetectionEngine scanning = DetectionEngine.builder().detectors(every).build();
        assertTrue(engine.detectors().stream().filter(d -> !d.contextPhrases().isEmpty()).count() >= 8,
                "the engine's shared index holds the context-required detectors");
        Random random = new Random(42);
        int found = 0;
        for (int t = 0; t < 1_500; t++) {
            String text = randomText(random, 5 + random.nextInt(t % 4 == 0 ? 400 : 60));
            List<Finding> expected = scanning.detectAll(new TextView(text));
            assertEquals(expected, engine.detectAll(new TextView(text)), () -> "on: " + text);
            found += expected.size();
        }
        assertTrue(found > 1_000, "too few findings to compare: " + found);
    }

    static Stream<PatternDetector> keywordDetectors() {
        List<String> gated = List.of("passport-number", "driver-id", "license-plate", "card-cvv", "card-expiry",
                "card-pin", "ca-health-number", "uk-utr");
        return patternDetectors().filter(d -> gated.contains(d.name()));
    }

    /** The keyword-gated detectors do find values in these texts, so the comparison means something. */
    @ParameterizedTest
    @MethodSource("keywordDetectors")
    void theTextsHoldFindingsOfKeywordDetectors(PatternDetector detector) {
        Random random = new Random(detector.name().hashCode());
        int found = 0;
        for (int t = 0; t < 400; t++) {
            found += detector.detect(new TextView(randomText(random, 5 + random.nextInt(60)))).size();
        }
        assertTrue(found > 0, detector.name() + " found nothing to compare");
    }

    /**
     * A phrase exactly as far from the value as the context window reaches (six words before,
     * three after) is found: uk-utr's regions reach one character past its digits, so the region
     * edges are the value's.
     */
    @Test
    void keepsRegionsWhosePhraseIsAtTheEdgeOfTheWindow() {
        PatternDetector utr = patternDetectors().filter(d -> d.name().equals("uk-utr")).findFirst().orElseThrow();
        for (String text : List.of("utr one two three four five 1234567890", "1234567890 one two utr",
                "tax reference one two three four 1234567890", "1234567890 one tax reference")) {
            List<Finding> found = utr.detect(new TextView(text));
            assertEquals(1, found.size(), text);
            assertEquals(found, utr.everyRegion().detect(new TextView(text)), text);
        }
        for (String text : List.of("utr one two three four five six 1234567890", "1234567890 one two three utr")) {
            assertEquals(List.of(), utr.detect(new TextView(text)), text);
        }
    }

    private static String randomText(Random random, int tokens) {
        return RandomTexts.tokens(random, TOKENS, SEPARATORS, tokens);
    }
}
