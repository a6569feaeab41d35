package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Adversarial and bulk inputs: the detector stays linear (a generous time bound catches a
 * quadratic slip, not a slow machine) and prints its throughput on prose.
 */
class NameDetectorStressTest {
    private static final NameDetector NAMES = NameDetector.create();
    private static final int MB = 1 << 20;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A ", "J. ", "Mary ", "Mary Smith ", "van ", "Dr. ", "Smith, ", "Smith-", "O'", "Dear ",
        "MARY ", "Mary\n", "x", "Mary's ", "Aaaa", ", ", "Name: ", "\u00C9mile "})
    void staysLinearOnOneMegabyteOfRepeats(String unit) {
        String text = unit.repeat(MB / unit.length());
        List<Finding> found = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> NAMES.detect(new TextView(text)));
        for (Finding f : found) {
            assertTrue(f.start() >= 0 && f.end() <= text.length() && f.end() - f.start() < 400, f::toString);
        }
    }

    @Test
    void printsThroughputOnProse() {
        String prose = prose(4 * MB, new Random(42));
        NAMES.detect(new TextView(prose.substring(0, MB))); // load the lists and warm up
        // CPU time of this thread, best of several rounds: the build machine is shared.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        int found = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            found = NAMES.detect(new TextView(prose)).size();
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
        }
        double mbPerSecond = prose.length() / (double) MB / (Math.max(best, 1) / 1e9);
        System.out.printf("name detector: %.0f MB/s (CPU time, one core) on %d MB of prose, %d findings%n",
                mbPerSecond, prose.length() / MB, found);
        assertTrue(found > 0, "the prose holds names");
    }

    /** Synthetic English-like prose with a name every few sentences. */
    static String prose(int size, Random r) {
        String[] words = ("the of and to in is was for on that with as by at from it this be are have not "
                + "report invoice customer account payment order meeting review team office project data "
                + "will may bill mark grant hope rose june monday street road company service system "
                + "please send attached update schedule request approved received").split(" ");
        String[] names = {"Mary Smith", "Dr. Patel", "John O'Brien", "Anna van der Berg", "Will Turner",
            "Main Street", "Acme Ltd", "May 2024", "Smith, John"};
        StringBuilder b = new StringBuilder(size + 100);
        while (b.length() < size) {
            int len = 8 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                String w = words[r.nextInt(words.length)];
                if (i == 0) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                }
                b.append(w).append(i == len / 2 && r.nextInt(3) == 0 ? " " + names[r.nextInt(names.length)] : "")
                        .append(i + 1 < len ? " " : ". ");
            }
            if (r.nextInt(10) == 0) {
                b.append('\n');
            }
        }
        return b.toString();
    }
}
