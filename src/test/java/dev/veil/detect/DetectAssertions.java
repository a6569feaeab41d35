package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

/** Shared assertions for detector tests: tables of texts that must or must not be found. */
public final class DetectAssertions {
    private DetectAssertions() {
    }

    /** Findings of one detector, at or above the engine's default minimum score. */
    public static List<Finding> reported(Detector d, String text) {
        return d.detect(new TextView(text)).stream()
                .filter(f -> f.score() >= ScoreModel.DEFAULT_MIN_SCORE)
                .collect(Collectors.toList());
    }

    /** {@code d} reports exactly {@code value} (at or above the default minimum score) with {@code type}. */
    public static void assertFinds(Detector d, EntityType type, String text, String value) {
        List<Finding> found = reported(d, text);
        for (Finding f : found) {
            if (f.type() == type && text.substring(f.start(), f.end()).equals(value)) {
                return;
            }
        }
        fail(d.name() + " did not report " + type + " '" + value + "' in '" + text + "'; got "
                + found.stream().map(f -> f.type() + ":'" + text.substring(f.start(), f.end()) + "'@"
                        + f.score()).collect(Collectors.toList()));
    }

    /** {@code d} reports nothing at or above the default minimum score in {@code text}. */
    public static void assertNothing(Detector d, String text) {
        List<Finding> found = reported(d, text);
        assertTrue(found.isEmpty(), () -> d.name() + " reported in '" + text + "': "
                + found.stream().map(f -> f.type() + ":'" + text.substring(f.start(), f.end()) + "'@"
                        + f.score() + " " + f.explanation()).collect(Collectors.toList()));
    }

    public static void assertValid(Validator v, String s, boolean expected) {
        assertEquals(expected, v.isValid(s), () -> "validator on '" + s + "'");
    }
}
