package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetectionEngineTest {
    private static final PatternDetector DIGITS6 = PatternDetector.builder("six", EntityType.PIN)
            .pattern("six-digits", "\\b\\d{6}\\b", 0.6).trigger(Trigger.DIGITS).build();
    private static final PatternDetector KEYWORDED = PatternDetector.builder("acct", EntityType.BANK_ACCOUNT_NUMBER)
            .pattern("digits", "\\b\\d{8}\\b", 0.2).context("account", "acct").contextRequired()
            .trigger(Trigger.DIGITS).build();

    @Test
    void contextRequiredPatternNeedsAWholeContextWord() {
        DetectionEngine e = DetectionEngine.builder().detector(KEYWORDED).minScore(0.5).build();
        assertEquals(1, e.detect("Account no. 12345678 is closed").size());
        assertTrue(e.detect("The number 12345678 is closed").isEmpty());
        // "account" inside another word does not count
        assertTrue(e.detect("Unaccountable 12345678").isEmpty());
    }

    @Test
    void contextBoostIsExplainedWithoutTheValue() {
        List<Finding> f = DetectionEngine.builder().detector(KEYWORDED).build().detect("acct: 12345678");
        assertEquals(1, f.size());
        String why = f.get(0).explanation().toString();
        assertTrue(why.contains("context 'acct'"), why);
        assertFalse(why.contains("12345678"), why);
        assertEquals(0.55, f.get(0).score(), 1e-9);
    }

    @Test
    void minScoreAndTypeFilterApply() {
        DetectionEngine strict = DetectionEngine.builder().detector(DIGITS6).minScore(0.7).build();
        assertTrue(strict.detect("code 123456").isEmpty());
        DetectionEngine other = DetectionEngine.builder().detector(DIGITS6).types(Set.of(EntityType.EMAIL)).build();
        assertTrue(other.detectors().isEmpty());
        assertTrue(other.detect("code 123456").isEmpty());
    }

    @Test
    void allowListedValuesAreNotReported() {
        DetectionEngine e = DetectionEngine.builder().detector(DIGITS6)
                .allowList(AllowList.of(List.of("123456"))).build();
        List<Finding> f = e.detect("codes 123456 and 654321");
        assertEquals(1, f.size());
        assertEquals("codes 123456 and ".length(), f.get(0).start());
    }

    @Test
    void patternsOnlyRunNearTheirTrigger() {
        String text = "x".repeat(10_000) + " 123456 " + "y".repeat(10_000);
        TextView view = new TextView(text);
        int[] regions = view.regions(Trigger.DIGITS);
        assertEquals(2, regions.length);
        assertTrue(regions[1] - regions[0] < 100);
        assertEquals(1, DIGITS6.detect(view).size());
    }

    @Test
    void offsetsConvertBetweenCharsAndCodePoints() {
        String s = "\uD83D\uDE00 a@b.co"; // emoji is two chars, one code point
        assertEquals(2, Offsets.toCodePoint(s, 3));
        assertEquals(3, Offsets.toCharIndex(s, 2));
    }
}
