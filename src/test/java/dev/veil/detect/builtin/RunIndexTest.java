package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.veil.detect.TextView;
import org.junit.jupiter.api.Test;

/** The shared run index hands out the runs of a shape: lengths and the characters around and in them. */
class RunIndexTest {
    private static int[] starts(String text, RunIndex.Shape shape) {
        return new TextView(text).shared(RunIndex.ALNUM).starts(text, shape);
    }

    @Test
    void filtersOnTheCharacterBeforeARun() {
        String text = "12 A34 b56 C78";
        RunIndex.Shape twoDigits = RunIndex.Shape.of(2);
        assertArrayEquals(new int[] {0}, starts(text, twoDigits));
        int[] digits = new TextView(text).shared(RunIndex.DIGITS).starts(text, twoDigits.prev(RunIndex.Chars.UPPER));
        // the run at the text's start has no character before it (0), which no set of letters holds
        assertArrayEquals(new int[] {4, 12}, digits);
    }

    @Test
    void filtersOnTheThirdCharacterInOrAfterTheRun() {
        String text = "AB12CDE ABCDEFG AB 12 xy1";
        RunIndex.Shape seven = RunIndex.Shape.of(7).third(RunIndex.Chars.DIGITS);
        assertArrayEquals(new int[] {0}, starts(text, seven));
        // a run of two: its third character is the one after the run
        assertArrayEquals(new int[] {16, 19}, starts(text, RunIndex.Shape.of(2).third(RunIndex.Chars.of(" "))));
        // past the text's end the third character is 0, in no set of ASCII characters
        assertArrayEquals(new int[] {0}, starts("y1 ", RunIndex.Shape.of(2).third(RunIndex.Chars.of(" "))));
        assertArrayEquals(new int[] {}, starts("y1", RunIndex.Shape.of(2).third(RunIndex.Chars.of(" "))));
    }

    @Test
    void aComplementSetHoldsTheTextsEdgeAndEveryCharacterBeyondAscii() {
        RunIndex.Chars notWord = RunIndex.Chars.except("abc_.");
        assertArrayEquals(new boolean[] {false, false, false, true, true, true, true},
                new boolean[] {notWord.has('a'), notWord.has('_'), notWord.has('.'), notWord.has('d'),
                    notWord.has((char) 0), notWord.has('\u00e9'), notWord.has(' ')});
        String text = "1.2 x3.4 .5.6 (7.8";
        RunIndex.Shape afterNoWord = RunIndex.Shape.of(1).next(".").prev(RunIndex.Chars.except("x."));
        assertArrayEquals(new int[] {0, 15}, new TextView(text).shared(RunIndex.DIGITS).starts(text, afterNoWord));
    }
}
