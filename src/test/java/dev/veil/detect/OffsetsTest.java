package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetsTest {
    /** Letters, spaces and emoji (surrogate pairs), so that some indices fall inside a pair. */
    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            int r = random.nextInt(10);
            if (r < 2) {
                b.appendCodePoint(0x1F600 + random.nextInt(40));
            } else if (r < 3) {
                b.append(' ');
            } else {
                b.append((char) ('a' + random.nextInt(26)));
            }
        }
        return b.toString();
    }

    @Test
    void theCounterAnswersAsACountFromTheStartWhateverTheOrderOfItsQuestions() {
        Random random = new Random(18);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, 1 + random.nextInt(200));
            Offsets.Counter counter = new Offsets.Counter(text);
            int index = 0;
            for (int q = 0; q < 50; q++) {
                // mostly ascending, as a file's findings come, sometimes back and sometimes the same
                int r = random.nextInt(10);
                index = r == 0 ? random.nextInt(text.length() + 1)
                        : r == 1 ? index : Math.min(text.length(), index + random.nextInt(8));
                assertEquals(Offsets.toCodePoint(text, index), counter.toCodePoint(index),
                        "index " + index + " of " + text.length() + ", round " + round);
            }
        }
    }

    @Test
    void aPairSplitByAQuestionIsStillOneCodePoint() {
        String text = "a\uD83D\uDE00b"; // a, one emoji in two chars, b
        Offsets.Counter counter = new Offsets.Counter(text);
        assertEquals(1, counter.toCodePoint(1));
        assertEquals(2, counter.toCodePoint(2)); // inside the pair: the high surrogate counted as one, as from the start
        assertEquals(2, counter.toCodePoint(3));
        assertEquals(3, counter.toCodePoint(4));
        assertEquals(Offsets.toCodePoint(text, 3), 2);
    }
}
