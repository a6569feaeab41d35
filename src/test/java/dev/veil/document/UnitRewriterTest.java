package dev.veil.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitRewriterTest {
    /** A segment backed by a string, recording what was written. */
    static final class Run implements Segment {
        String text;
        int writes;

        Run(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public void replace(String newText) {
            text = newText;
            writes++;
        }
    }

    private static Finding f(int s, int e) {
        return new Finding(EntityType.NAME, s, e, 0.9, "t", Explanation.of("t", 0.9));
    }

    private static final Replacer LABEL = (finding, value) -> "[" + finding.type() + "]";

    @Test
    void nameSplitAcrossRunsIsReplacedInTheFirstAndRemovedFromTheRest() {
        Run a = new Run("Dear Ma");
        Run b = new Run("ry Sm");
        Run c = new Run("ith, welcome");
        TextUnit unit = TextUnit.builder().segment(a).segment(b).segment(c).build();
        assertEquals("Dear Mary Smith, welcome", unit.text());
        UnitRewriter.apply(unit, List.of(f(5, 15)), LABEL);
        assertEquals("Dear [NAME]", a.text);
        assertEquals("", b.text);
        assertEquals(", welcome", c.text);
    }

    @Test
    void labelsGiveContextButAreNeverWritten() {
        Run cell = new Run("Mary Smith");
        TextUnit unit = TextUnit.builder().label("name: ").segment(cell).build();
        UnitRewriter.apply(unit, List.of(f(0, 16)), LABEL);
        assertEquals("[NAME]", cell.text);
    }

    @Test
    void severalFindingsInOneSegmentAreAppliedFromTheEnd() {
        Run r = new Run("Ann and Bob met Cy");
        TextUnit unit = TextUnit.of(r);
        UnitRewriter.apply(unit, List.of(f(0, 3), f(8, 11), f(16, 18)), (x, v) -> v.toUpperCase() + "!");
        assertEquals("ANN! and BOB! met CY!", r.text);
        assertEquals(1, r.writes);
    }

    @Test
    void untouchedSegmentsAreNotWritten() {
        Run a = new Run("hello ");
        Run b = new Run("Mary");
        UnitRewriter.apply(TextUnit.builder().segment(a).segment(b).build(), List.of(f(6, 10)), LABEL);
        assertEquals(0, a.writes);
        assertEquals(1, b.writes);
    }
}
