package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingMergerTest {
    private static Finding f(EntityType t, int s, int e, double score, String detector) {
        return new Finding(t, s, e, score, detector, Explanation.of(detector, score));
    }

    @Test
    void aRemoteFindingThatOverlapsNothingSurvivesUnchanged() {
        Finding remote = f(EntityType.NAME, 30, 40, 0.8, "comprehend");
        List<Finding> merged = FindingMerger.merge(List.of(f(EntityType.EMAIL, 0, 20, 0.9, "email")), List.of(remote));
        assertEquals(2, merged.size());
        assertEquals(remote, merged.get(1));
    }

    @Test
    void equalSpansKeepTheHigherScoreWhicheverSideItComesFrom() {
        Finding local = f(EntityType.PHONE, 5, 17, 0.6, "phone");
        Finding remote = f(EntityType.PHONE, 5, 17, 0.97, "comprehend");
        assertEquals(List.of(remote), FindingMerger.merge(List.of(local), List.of(remote)));
        assertEquals(List.of(remote), FindingMerger.merge(List.of(remote), List.of(local)));
    }

    @Test
    void overlappingFindingsCoverTheirUnion() {
        List<Finding> merged = FindingMerger.merge(List.of(f(EntityType.NAME, 0, 10, 0.7, "names")),
                List.of(f(EntityType.NAME, 6, 14, 0.9, "comprehend"), f(EntityType.SSN, 20, 31, 0.99, "comprehend")));
        assertEquals(2, merged.size());
        assertEquals(0, merged.get(0).start());
        assertEquals(14, merged.get(0).end());
        assertEquals("comprehend", merged.get(0).detector());
        assertEquals(EntityType.SSN, merged.get(1).type());
    }

    @Test
    void mergesEachTextOnItsOwn() {
        List<List<Finding>> merged = FindingMerger.mergeEach(
                List.of(List.of(f(EntityType.EMAIL, 0, 5, 0.9, "email")), List.of()),
                List.of(List.of(), List.of(f(EntityType.NAME, 2, 4, 0.8, "comprehend"))));
        assertEquals(1, merged.get(0).size());
        assertEquals(EntityType.NAME, merged.get(1).get(0).type());
        assertThrows(IllegalArgumentException.class, () -> FindingMerger.mergeEach(List.of(List.of()), List.of()));
    }
}
