package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The date detector reads the two common ISO layouts by hand instead of running the ISO pattern:
 * it finds exactly what the detector with every form matched by its pattern finds, on texts of ISO
 * dates, timestamps and their near misses (out-of-range fields, other time layouts, digits, word
 * characters and separators right after).
 */
class IsoDateReadingTest {
    private static final String[] YEARS = {"2024", "1999", "0999", "3000", "2000", "12024"};
    private static final String[] SEPARATORS = {"-", "/", ".", "-", ":"};
    private static final String[] TIMES = {
        "", "", "T14:30:00Z", "T23:59:59Z", "T24:00:00Z", "T25:10:00Z", "T12:60:00Z", "T09:05:07Z", "T14:30:00",
        "T14:30Z", "T14:30:00.123Z", "T14:30:00+01:00", "T14:30:00 Z", "T1:30:00Z", " 14:30", ", 14:30", " at 9:15 pm",
        "T", "T14", "T14:30:00ZZ",
    };
    private static final String[] AFTER = {
        "", " ", "\n", ".", ". ", ",", ")", "Z", "x", "_", "1", "-5", "/7", ".7", ":3", ":x", "-x", "/", "é", "\t",
    };
    private static final String[] BEFORE = {"", " ", "\n", "on ", "(", "x", "1", "/", "-", "+", "é", "at:"};

    @Test
    void findsWhatThePatternsFind() {
        Detector byPattern = DateTimeDetector.patternsOnly();
        Detector byHand = new DateTimeDetector();
        Random random = new Random(20261129);
        int found = 0;
        int readByHand = 0;
        for (int t = 0; t < 10_000; t++) {
            StringBuilder sb = new StringBuilder();
            int dates = 1 + random.nextInt(6);
            for (int d = 0; d < dates; d++) {
                sb.append(random.nextInt(4) == 0 ? "" : " ").append(BEFORE[random.nextInt(BEFORE.length)]);
                String sep = SEPARATORS[random.nextInt(SEPARATORS.length)];
                sb.append(YEARS[random.nextInt(YEARS.length)]).append(sep)
                        .append(twoDigits(random, 19)).append(random.nextInt(8) == 0 ? SEPARATORS[random.nextInt(3)] : sep)
                        .append(random.nextInt(10) == 0 ? String.valueOf(random.nextInt(10)) : twoDigits(random, 39))
                        .append(TIMES[random.nextInt(TIMES.length)])
                        .append(AFTER[random.nextInt(AFTER.length)]);
            }
            String text = sb.toString();
            List<Finding> expected = byPattern.detect(new TextView(text));
            assertEquals(expected, byHand.detect(new TextView(text)), () -> "on: " + text);
            found += expected.size();
            for (int i = 0; i + 4 <= text.length(); i++) {
                readByHand += DateTimeDetector.isoEnd(text, i) >= 0 ? 1 : 0;
            }
        }
        assertTrue(found > 1_000, "found too little to compare: " + found);
        assertTrue(readByHand > 3_000, "the hand reading was seldom tried: " + readByHand);
    }

    private static String twoDigits(Random random, int max) {
        int v = random.nextInt(max + 1);
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
