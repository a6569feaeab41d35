package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import org.junit.jupiter.api.Test;

/** The contact list of {@code bench detect --kind contacts}: national phone numbers the engine finds, one a row. */
class SyntheticCorpusTest {
    @Test
    void contactRowsCarryNationalNumbersTheEngineFinds() {
        String text = SyntheticCorpus.generate(20_000, 7, SyntheticCorpus.Kind.CONTACTS);
        assertEquals(text, SyntheticCorpus.generate(20_000, 7, SyntheticCorpus.Kind.CONTACTS), "seeded");
        assertFalse(text.contains("+"), "every number written nationally");
        long rows = text.lines().filter(l -> l.contains("@")).count();
        long phones = DetectionEngine.defaults().detect(text).stream().filter(f -> f.type() == EntityType.PHONE).count();
        assertTrue(rows > 200, "rows: " + rows);
        assertTrue(phones >= rows * 98 / 100 && phones <= rows, phones + " phones in " + rows + " rows");
    }
}
