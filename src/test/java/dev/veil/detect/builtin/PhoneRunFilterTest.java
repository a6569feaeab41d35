package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The phone detector passing over digit runs with too few digits close after them finds what it
 * finds trying a candidate at every run, on random texts made of the candidate grammar's pieces
 * (digit groups, brackets, separators, extension labels, a plus) and of what breaks them.
 */
class PhoneRunFilterTest {
    private static final String[] PIECES = {
        "0", "1", "12", "123", "415", "555", "0132", "4567", "020", "7946", "0958", "30", "1234567", "98456",
        " ", "  ", "   ", "-", ".", "/", " - ", "(", ")", "( ", " )", "+", "+ ", "x", "X", "ext", "ext.", "EXT ",
        "extension", "#", "e", "t", "n", "a", "b", "!", ",", ":", "_", "\n", "\t", "phone ", "call ", "é", "٣",
    };

    @Test
    void sameFindingsAsTryingEveryRun() {
        PhoneDetector filtered = new PhoneDetector(PhoneDetector.DEFAULT_REGIONS);
        PhoneDetector every = filtered.withoutRunFilter();
        Random random = new Random(23);
        int found = 0;
        // a run passed over whose candidate would have ended right before the next one's start
        for (String s : new String[] {"(1)!020 7946 0958", "+1!020 7946 0958", "(12) !+44 20 7946 0958"}) {
            assertEquals(describe(every.detect(new TextView(s))), describe(filtered.detect(new TextView(s))), s);
            assertEquals(1, filtered.detect(new TextView(s)).size(), s);
        }
        for (int t = 0; t < 4_000; t++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            List<Finding> expected = every.detect(new TextView(s));
            List<Finding> actual = filtered.detect(new TextView(s));
            found += expected.size();
            assertEquals(describe(expected), describe(actual), s);
        }
        assertTrue(found > 200, "found " + found);
    }

    private static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.start()).append('-').append(f.end()).append(' ').append(f.score()).append(' ')
                    .append(f.explanation()).append('\n');
        }
        return out.toString();
    }
}
