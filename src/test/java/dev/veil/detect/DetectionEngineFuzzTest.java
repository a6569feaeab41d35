package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the default detection engine with arbitrary text. Regression mode (the default, also
 * under {@code mvn verify}) replays the inputs under
 * {@code src/test/resources/dev/veil/detect/DetectionEngineFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (docs/SECURITY.md).
 */
class DetectionEngineFuzzTest {
    private static final DetectionEngine ENGINE = DetectionEngine.defaults();

    @FuzzTest(maxDuration = "2m")
    void findingsLieInsideTheTextAndExplanationsHoldNoValue(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (Finding f : ENGINE.detect(text)) {
            assertTrue(f.start() >= 0 && f.start() < f.end() && f.end() <= text.length(), "finding inside the text");
            assertTrue(f.score() >= ENGINE.minScore() && f.score() <= 1.0, "score within the engine's range");
            String value = text.substring(f.start(), f.end());
            if (value.length() >= 6 && value.chars().anyMatch(Character::isDigit)) {
                assertFalse(String.valueOf(f.explanation()).contains(value), "an explanation never holds the value");
            }
        }
    }
}
