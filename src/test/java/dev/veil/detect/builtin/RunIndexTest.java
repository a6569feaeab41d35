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

    /**
     * Runs are kept apart by the kind of their first character (identifier runs) or of the one
     * before them (digit runs), and a shape skips the kinds its set has no member of: the starts
     * must be those of every run of the shape, read off the text, for sets of each mix of kinds.
     */
    @Test
    void skippingKindsFindsWhatEveryRunTestedFinds() {
        java.util.Random random = new java.util.Random(17);
        String alphabet = "0123456789ABCXYZabcxyz .-:,\u00e9\u00c9_";
        RunIndex.Chars[] sets = {RunIndex.Chars.ANY, RunIndex.Chars.UPPER, RunIndex.Chars.DIGITS,
            RunIndex.Chars.LETTERS, RunIndex.Chars.HEX, RunIndex.Chars.of("aXz"), RunIndex.Chars.of(" -"),
            RunIndex.Chars.except("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_."),
            RunIndex.Chars.of("9").plus(" "), RunIndex.Chars.except("")};
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            // short texts (read as characters) and some of over 1,024 (read from their Latin-1 bytes when they can be)
            int length = round % 10 == 0 ? 1024 + random.nextInt(400) : random.nextInt(60);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (round % 20 == 10) {
                sb.append('\u2019'); // a long text beyond Latin-1: read as characters
            }
            String text = sb.toString();
            int min = 1 + random.nextInt(4);
            int[] lengths = RunIndex.range(min, min + random.nextInt(3));
            RunIndex.Chars first = sets[random.nextInt(sets.length)];
            RunIndex.Chars prev = sets[random.nextInt(sets.length)];
            RunIndex.Chars next = sets[random.nextInt(sets.length)];
            RunIndex.Shape shape = RunIndex.Shape.of(lengths).first(first).prev(prev).next(next);
            for (boolean digits : new boolean[] {false, true}) {
                java.util.List<Integer> expected = new java.util.ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(digits ? "[0-9]+" : "[A-Za-z0-9]+").matcher(text);
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    if (e - s >= lengths[0] && e - s <= lengths[lengths.length - 1] && first.has(text.charAt(s))
                            && prev.has(s > 0 ? text.charAt(s - 1) : 0) && next.has(e < text.length() ? text.charAt(e) : 0)) {
                        expected.add(s);
                    }
                }
                RunIndex index = new TextView(text).shared(digits ? RunIndex.DIGITS : RunIndex.ALNUM);
                assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), index.starts(text, shape),
                        text + " " + digits + " " + java.util.Arrays.toString(lengths));
            }
        }
    }

    /** Runs of {@link RunIndex#LONGEST} or more share a group, and a test is told each one's own end. */
    @Test
    void runsOfTheLastGroupKeepTheirEnds() {
        String text = "x " + "A".repeat(130) + "1 " + "b".repeat(200) + " " + "c".repeat(128) + ".";
        java.util.List<String> seen = new java.util.ArrayList<>();
        RunIndex.Shape longRuns = RunIndex.Shape.of(RunIndex.range(128, 300)).test((t, s, e) -> seen.add(s + "-" + e));
        assertArrayEquals(new int[] {2, 134, 335}, new TextView(text).shared(RunIndex.ALNUM).starts(text, longRuns));
        java.util.Collections.sort(seen);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("134-334", "2-133", "335-463"), seen);
        RunIndex.Shape only131 = RunIndex.Shape.of(131);
        assertArrayEquals(new int[] {2}, new TextView(text).shared(RunIndex.ALNUM).starts(text, only131));
    }

    /** The byte table a set is tested by in {@link RunIndex#collect} says what {@link RunIndex.Chars#has} says. */
    @Test
    void aSetsTableAgreesWithItsTest() {
        RunIndex.Chars[] sets = {RunIndex.Chars.ANY, RunIndex.Chars.UPPER, RunIndex.Chars.DIGITS, RunIndex.Chars.LETTERS,
            RunIndex.Chars.HEX, RunIndex.Chars.of(" -"), RunIndex.Chars.except("x."), RunIndex.Chars.except(""),
            RunIndex.Chars.of("9").plus(" \t")};
        for (RunIndex.Chars set : sets) {
            for (int c = 0; c <= 128; c++) {
                org.junit.jupiter.api.Assertions.assertEquals(set.has((char) c) ? 1 : 0, set.member(c), "character " + c);
            }
            // a character beyond ASCII is kept as 128
            org.junit.jupiter.api.Assertions.assertEquals(set.has('\u00e9') ? 1 : 0, set.member(128));
        }
    }
}
