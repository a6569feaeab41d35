package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {
    private static Finding f(EntityType t, int s, int e, double score) {
        return new Finding(t, s, e, score, "test", Explanation.of("test", score));
    }

    @Test
    void containedFindingIsAbsorbedByTheStrongerOuterOne() {
        List<Finding> r = OverlapResolver.resolve(List.of(
                f(EntityType.EMAIL, 0, 20, 0.9), f(EntityType.NAME, 0, 4, 0.6)));
        assertEquals(1, r.size());
        assertEquals(EntityType.EMAIL, r.get(0).type());
        assertEquals(0, r.get(0).start());
        assertEquals(20, r.get(0).end());
    }

    @Test
    void namesInsideAnAddressAreTheAddresss() {
        // "Calle de Diego de León 62, 28006 Madrid": a name read in the street's name scores higher
        List<Finding> r = OverlapResolver.resolve(List.of(
                f(EntityType.ADDRESS, 0, 39, 0.8), f(EntityType.NAME, 6, 22, 0.85), f(EntityType.NAME, 33, 39, 0.6)));
        assertEquals(1, r.size());
        assertEquals(EntityType.ADDRESS, r.get(0).type());
        assertEquals(0.8, r.get(0).score());
        assertEquals(0, r.get(0).start());
        assertEquals(39, r.get(0).end());
    }

    @Test
    void aNameReachingOutOfTheAddressOrAnotherTypeKeepsTheStrongest() {
        // "Attn Maria Lopez 12 Calle Mayor": the name starts before the address, so it may be a person's
        List<Finding> r = OverlapResolver.resolve(List.of(
                f(EntityType.ADDRESS, 10, 40, 0.8), f(EntityType.NAME, 5, 15, 0.9)));
        assertEquals(EntityType.NAME, r.get(0).type());
        assertEquals(5, r.get(0).start());
        assertEquals(40, r.get(0).end());
        r = OverlapResolver.resolve(List.of(
                f(EntityType.ADDRESS, 0, 40, 0.8), f(EntityType.NAME, 5, 15, 0.9), f(EntityType.PHONE, 20, 30, 0.95)));
        assertEquals(EntityType.PHONE, r.get(0).type());
        r = OverlapResolver.resolve(List.of(
                f(EntityType.ADDRESS, 0, 40, 0.8), f(EntityType.NAME, 5, 15, 0.9), f(EntityType.EMAIL, 20, 30, 0.7)));
        assertEquals(EntityType.NAME, r.get(0).type());
        assertEquals(0, r.get(0).start());
        assertEquals(40, r.get(0).end());
    }

    @Test
    void partialOverlapCoversTheUnionWithTheStrongerType() {
        List<Finding> r = OverlapResolver.resolve(List.of(
                f(EntityType.PHONE, 5, 15, 0.7), f(EntityType.SSN, 10, 21, 0.95)));
        assertEquals(1, r.size());
        assertEquals(EntityType.SSN, r.get(0).type());
        assertEquals(5, r.get(0).start());
        assertEquals(21, r.get(0).end());
    }

    @Test
    void neverUncoversACharacter() {
        Random rnd = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<Finding> in = new java.util.ArrayList<>();
            boolean[] covered = new boolean[200];
            for (int i = 0; i < 1 + rnd.nextInt(12); i++) {
                int s = rnd.nextInt(190);
                int e = s + 1 + rnd.nextInt(10);
                in.add(f(EntityType.values()[rnd.nextInt(10)], s, e, rnd.nextDouble()));
                for (int k = s; k < e; k++) {
                    covered[k] = true;
                }
            }
            List<Finding> out = OverlapResolver.resolve(in);
            boolean[] after = new boolean[200];
            for (int i = 0; i < out.size(); i++) {
                if (i > 0) {
                    assertTrue(out.get(i - 1).end() <= out.get(i).start(), "disjoint and sorted");
                }
                for (int k = out.get(i).start(); k < out.get(i).end(); k++) {
                    after[k] = true;
                }
            }
            for (int k = 0; k < 200; k++) {
                assertEquals(covered[k], after[k], "char " + k + " round " + round);
            }
        }
    }

    @Test
    void packedSortOrdersAsAStableSortByStartThenLongest() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + r.nextInt(300);
            java.util.List<Finding> fs = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int s = r.nextInt(round % 2 == 0 ? 50 : 100_000);  // many ties, or few
                fs.add(new Finding(EntityType.values()[r.nextInt(5)], s, s + 1 + r.nextInt(20), r.nextDouble(),
                        "d" + i, Explanation.of("r", 0.5)));
            }
            java.util.List<Finding> expected = new java.util.ArrayList<>(fs);
            expected.sort(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(f -> -f.end()));
            assertEquals(expected, OverlapResolver.byStartThenLongest(fs));
        }
    }

    @Test
    void theTextsLengthGivenResolvesAlike() {
        Random r = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Finding> in = new java.util.ArrayList<>();
            int maxEnd = 0;
            for (int i = 0; i < 1 + r.nextInt(200); i++) {
                int s = r.nextInt(round % 2 == 0 ? 60 : 50_000);
                int e = s + 1 + r.nextInt(25);
                maxEnd = Math.max(maxEnd, e);
                in.add(new Finding(EntityType.values()[r.nextInt(10)], s, e, r.nextDouble(), "d" + i, Explanation.of("r", 0.5)));
            }
            List<Finding> expected = OverlapResolver.resolve(in);
            assertEquals(expected, OverlapResolver.resolve(in, maxEnd), "the furthest end");
            assertEquals(expected, OverlapResolver.resolve(in, maxEnd + r.nextInt(1_000_000)), "a longer text");
            assertEquals(expected, OverlapResolver.resolve(in, 1 << 30), "too long to pack: sorted by comparison");
            assertEquals(expected, OverlapResolver.resolve(new java.util.LinkedList<>(in), maxEnd), "a list without indexed reads");
        }
    }
}
