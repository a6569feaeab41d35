package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void showsCountPercentRateAndTimeLeft() {
        Progress p = new Progress(4, new PrintWriter(new StringWriter()), true);
        p.step();
        assertEquals("[######                  ] 1/4 files  25% 0.5 files/s 6s left", p.line(2.0));
    }

    @Test
    void drawsOnlyWhenEnabledAndForSeveralFiles() {
        StringWriter off = new StringWriter();
        Progress quiet = new Progress(3, new PrintWriter(off), false);
        quiet.step();
        assertEquals("", off.toString());
        StringWriter single = new StringWriter();
        new Progress(1, new PrintWriter(single), true).step();
        assertEquals("", single.toString());
        StringWriter on = new StringWriter();
        Progress shown = new Progress(2, new PrintWriter(on), true);
        shown.step();
        shown.step();
        assertTrue(on.toString().startsWith("\r[############            ] 1/2 files  50%"), on.toString());
        assertTrue(on.toString().endsWith(System.lineSeparator()), "ends the line when done");
    }

    @Test
    void countsObjectsAndShowsLongTimesLeftInMinutesAndHours() {
        Progress p = new Progress(1000, new PrintWriter(new StringWriter()), true, "objects");
        for (int i = 0; i < 10; i++) {
            p.step();
        }
        assertEquals("[                        ] 10/1000 objects   1% 2.0 objects/s 8m15s left", p.line(5.0));
        assertEquals("2h05m", Progress.duration(7500));
        assertEquals("59s", Progress.duration(59));
    }
}
