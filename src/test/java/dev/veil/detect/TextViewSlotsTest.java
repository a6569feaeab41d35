package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A view keeps each trigger's regions in the trigger's slot, and each shared pass's result once. */
class TextViewSlotsTest {
    private static final String TEXT = "Call 212-555-0954 or 4111 1111 1111 1111; ref AB-12, 10.0.0.1 at 09:30.";

    @Test
    void triggersOfOneNameShareASlotAndOthersDoNot() {
        Trigger a = Trigger.nearDigits("slots-test-digits", 3);
        Trigger b = Trigger.nearDigits("slots-test-digits", 3);
        Trigger c = Trigger.near("slots-test-dots", 2, ".");
        assertEquals(a.slot(), b.slot());
        assertNotEquals(a.slot(), c.slot());
        assertNotEquals(Trigger.ANY.slot(), a.slot());
        TextView view = new TextView(TEXT);
        // regions are kept per name: the second trigger of the name is answered from the first's slot
        assertSame(view.regions(a), view.regions(b));
        assertArrayEquals(new TextView(TEXT).regions(c), view.regions(c));
    }

    @Test
    void aTriggerMadeAfterTheViewIsAnsweredLikeOnAFreshView() {
        TextView early = new TextView(TEXT);
        early.regions(Trigger.layouts(2, "3-3-4"));
        // slots handed out after the view was made lie beyond its table: it grows to hold them
        for (int k = 0; k < 40; k++) {
            Trigger late = k % 2 == 0 ? Trigger.near("slots-test-late-" + k, k % 5, ".:-")
                    : Trigger.anyOf(Trigger.layouts(k % 4 + 7, "3-3-4"), Trigger.layouts(k % 4 + 7, "4-4-4-4"));
            assertTrue(late.slot() < Trigger.slotCount());
            assertArrayEquals(new TextView(TEXT).regions(late), early.regions(late), "trigger " + k);
        }
    }

    @Test
    void aSharedPassRunsOncePerViewEvenWhenPassesAskForOthers() {
        AtomicInteger inner = new AtomicInteger();
        AtomicInteger outer = new AtomicInteger();
        TextView.SharedPass<int[]> innerPass = v -> {
            inner.incrementAndGet();
            return new int[] {v.length()};
        };
        TextView.SharedPass<String> outerPass = v -> {
            outer.incrementAndGet();
            return "n=" + v.shared(innerPass)[0];
        };
        TextView view = new TextView(TEXT);
        // more passes than the view's first table holds, so that it grows while holding results
        for (int k = 0; k < 20; k++) {
            int n = k;
            TextView.SharedPass<Integer> p = v -> n;
            assertEquals(n, view.shared(p));
            assertEquals(n, view.shared(p));
        }
        assertEquals("n=" + TEXT.length(), view.shared(outerPass));
        assertEquals("n=" + TEXT.length(), view.shared(outerPass));
        assertSame(view.shared(innerPass), view.shared(innerPass));
        assertEquals(1, outer.get());
        assertEquals(1, inner.get());
        // another view computes its own
        new TextView(TEXT).shared(outerPass);
        assertEquals(2, outer.get());
        assertEquals(2, inner.get());
    }
}
