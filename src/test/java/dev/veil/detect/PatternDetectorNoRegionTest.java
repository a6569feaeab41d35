package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A pattern detector whose trigger has no region in a text asks nothing more of it, candidates included. */
class PatternDetectorNoRegionTest {
    @Test
    void candidatesAreNotGatheredWhereNoRegionIs() {
        AtomicInteger asked = new AtomicInteger();
        PatternDetector d = PatternDetector.builder("no-region-test", EntityType.PIN)
                .pattern("four", "\\d{4}", 0.6)
                .trigger(Trigger.nearDigits("no-region-test-digits", 2))
                .candidates(view -> {
                    asked.incrementAndGet();
                    int i = view.text().indexOf("1234");
                    return i < 0 ? new int[0] : new int[] {i};
                })
                .build();
        // a short unit with no digit: no region, so the candidates' index is not asked for
        assertTrue(d.detect(new TextView("Kind regards, the accounts team")).isEmpty());
        assertEquals(0, asked.get());
        // with a digit the candidates are asked, and the match found where they say
        List<Finding> found = d.detect(new TextView("code 1234 here"));
        assertEquals(1, asked.get());
        assertEquals(1, found.size());
        assertEquals(5, found.get(0).start());
        assertEquals(9, found.get(0).end());
    }
}
