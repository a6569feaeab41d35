package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.BuiltInDetectors;
import dev.veil.detect.Detector;
import dev.veil.detect.Finding;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.TextView;
import dev.veil.detect.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in detectors whose digit-layout trigger is narrowed ({@link Trigger#separatedBy},
 * {@link Trigger#notAfterGroup}, {@link Trigger#notBeforeGroup}, {@link Trigger#notInWord}, each
 * layout its own way with {@link Trigger#anyOf}) find exactly what they find with the plain
 * layouts, and with a scan of everything near a digit: the narrowing drops only places where no
 * pattern can match.
 */
class NarrowedLayoutsTest {
    /** Digit groups of the layouts' lengths, real numbers of each family, and what comes before them. */
    private static final String[] TOKENS = {
        "1", "12", "123", "1234", "12", "123", "1234", "123456789", "1234567890", "536-22-1234", "536 22 1234",
        "536.22.1234", "046 454 286", "046-454-286", "123.456.789", "943 476 5919", "943-476-5919", "212-555-0954",
        "+1 212-555-0954", "123 456 782", "876-543-210", "0110-0001-5", "011000015", "1234-5678-9", "123456782",
        "192.168.100.200", "10:22:33", "2024-03-15", "9434765919", "450 123 456", "123-45-6789", "912-70-1234",
        "750 760 100 87", "1,234 5,678 123 456 789 1", "12 345 678 901 2", "046 454 286-1", "123456782.5", "7,",
        "a", "A", "x1", "c0", "id=", "SSN", "TFN", "NHS", "SIN", "routing", "tax file number", "social insurance",
    };
    private static final String[] SEPARATORS = {" ", " ", "-", "-", ".", ":", "/", ",", "", "\n", "+", "  ", "(", "#"};

    static Stream<PatternDetector> narrowed() {
        List<PatternDetector> out = new ArrayList<>();
        for (Detector d : BuiltInDetectors.all()) {
            Detector inner = d instanceof KeywordGate gate ? gate.delegate() : d;
            if (inner instanceof PatternDetector p && p.trigger().isNarrowed()) {
                out.add(p);
            }
        }
        return out.stream();
    }

    @Test
    void theIdentifierLayoutsAreNarrowed() {
        List<String> names = narrowed().map(PatternDetector::name).toList();
        assertTrue(names.containsAll(List.of("us-ssn", "us-itin", "ca-sin", "au-tfn", "uk-nhs-number", "aba-routing")),
                names.toString());
    }

    @ParameterizedTest
    @MethodSource("narrowed")
    void findsWhatThePlainLayoutsAndAScanNearDigitsFind(PatternDetector detector) {
        PatternDetector plain = detector.withTrigger(detector.trigger().plain());
        PatternDetector nearDigits = detector.withTrigger(Trigger.nearDigits("digits-test", 32));
        Random random = new Random(detector.name().hashCode());
        int found = 0;
        for (int t = 0; t < 3_000; t++) {
            String text = RandomTexts.tokens(random, TOKENS, SEPARATORS, 1 + random.nextInt(12));
            List<Finding> expected = plain.detect(new TextView(text));
            assertEquals(expected, detector.detect(new TextView(text)), () -> detector.name() + " on: " + text);
            assertEquals(nearDigits.detect(new TextView(text)), expected,
                    () -> detector.name() + " near digits on: " + text);
            found += expected.size();
        }
        assertTrue(found > 20, detector.name() + " found too little to compare: " + found);
    }

    @Test
    void aNarrowedLayoutSkipsTheGroupsOfAPhoneNumberAndAnIpAddress() {
        Trigger nhs = Trigger.layouts(0, "10", "3-3-4").separatedBy(" -").notAfterGroup(" :./-");
        assertEquals(0, new TextView("call +1 212-555-0954").regions(nhs).length);
        assertEquals(2, new TextView("call 212-555-0954").regions(nhs).length);
        assertEquals(0, new TextView("host 192.168.100.2001").regions(nhs).length);
        assertEquals(2, new TextView("host 192.168.100.2001").regions(nhs.plain()).length);
        Trigger nine = Trigger.layouts(0, "9").notInWord();
        assertEquals(0, new TextView("id=123456789c0 x123456789").regions(nine).length);
        assertEquals(2, new TextView("id=123456789 c0").regions(nine).length);
        Trigger row = Trigger.layouts(0, "3-3-3").notBeforeGroup(" ");
        assertEquals(0, new TextView("total 750 760 100 87").regions(row).length);
        assertEquals(2, new TextView("total 750 760 100.").regions(row).length);
        // joined: each part narrowed its own way, the regions merged as one trigger's
        Trigger either = Trigger.anyOf(row, nine);
        assertEquals(List.of(6, 15, 16, 27), java.util.Arrays.stream(
                new TextView("total 123456789 750 760 100.").regions(either)).boxed().toList());
    }
}
