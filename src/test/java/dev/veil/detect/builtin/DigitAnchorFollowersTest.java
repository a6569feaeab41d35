package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.TextView;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A gate that declares the characters following its runs ({@link DigitAnchor#followedBy}) gets
 * from {@link DigitAnchoredDetector#startsPassing} the starts that a visit of every digit run
 * gives: on random texts of numbers, decimals, spaces, hyphens, y's and letters around them.
 */
class DigitAnchorFollowersTest {
    private static final String[] PIECES = {
        "1", "7", "42", "123", "1234", "12345", "0", ".", ".5", ".25", ".255", " ", "  ", "   ", "-", "--", " -",
        "y", "Y", "yo", "y/o", "y.o.", "years", "yrs", "yr", " old", "a", "x", "\u00E9", "\u0663", "\n", "_", ":",
        "born", "aged ", "3y", "year-old",
    };

    @Test
    void startsFromTheFollowersAreThoseOfEveryRun() {
        TextView.SharedPass<int[]> fromFollowers = DigitAnchoredDetector.startsPassing(AgeDetectors.BEFORE_Y);
        TextView.SharedPass<int[]> everyRun = DigitAnchoredDetector.startsPassingEveryRun(AgeDetectors.BEFORE_Y);
        Random random = new Random(2022);
        int starts = 0;
        for (int t = 0; t < 30_000; t++) {
            String text = RandomTexts.pieces(random, PIECES, 1 + random.nextInt(16));
            int[] expected = everyRun.compute(new TextView(text));
            assertArrayEquals(expected, fromFollowers.compute(new TextView(text)), text);
            starts += expected.length;
        }
        assertTrue(starts > 5_000, "only " + starts + " starts to compare");
    }
}
