package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigitRunIndexTest {
    /**
     * Both sorts of the index hold every digit run once, in its slot, in text order within a slot:
     * compared with the runs read off the text by a regular expression and sorted one slot at a time.
     */
    @Test
    void bothSortsAreThoseOfTheRunsReadOffTheText() {
        Random random = new Random(41);
        String[] pieces = {"1", "12", "123", "1234", "12345", "123456789012345", "1234567890123456",
            "1".repeat(31), "2".repeat(32), "3".repeat(40), "4".repeat(130), " ", "-", ".", ":", ",", "\n", "A", "b",
            "\u00e9", "/", "\t"};
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            // short texts (read as characters) and long ones (from their Latin-1 bytes, or as characters past Latin-1)
            for (int i = round % 10 == 0 ? 400 : random.nextInt(30); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            if (round % 20 == 10) {
                sb.append('\u2019');
            }
            String text = sb.toString();
            List<int[]> runs = new ArrayList<>();
            Matcher m = Pattern.compile("[0-9]+").matcher(text);
            while (m.find()) {
                runs.add(new int[] {m.start(), m.end()});
            }
            DigitRunIndex index = new TextView(text).digitRunIndex();

            // by length and the kind of the character before: each run's record
            List<Long> expected = new ArrayList<>();
            int longest = 0;
            for (int[] r : runs) {
                longest = Math.max(longest, Math.min(r[1] - r[0], DigitRunIndex.LONGEST));
            }
            List<Integer> expectedStarts = new ArrayList<>();
            List<Integer> expectedLongEnds = new ArrayList<>();
            for (int slot = 0; slot < (longest + 1) * DigitRunIndex.KINDS; slot++) {
                expectedStarts.add(expected.size());
                for (int[] r : runs) {
                    int s = r[0];
                    int e = r[1];
                    int prev = s > 0 ? Math.min(text.charAt(s - 1), 128) : 0;
                    if (Math.min(e - s, DigitRunIndex.LONGEST) * DigitRunIndex.KINDS + DigitRunIndex.prevKinds()[prev] == slot) {
                        int next = e < text.length() ? Math.min(text.charAt(e), 128) : 0;
                        int third = s + 2 < text.length() ? Math.min(text.charAt(s + 2), 128) : 0;
                        expected.add((long) s << 32 | text.charAt(s) | next << 8 | prev << 16 | (long) third << 24);
                        if (e - s >= DigitRunIndex.LONGEST) {
                            expectedLongEnds.add(e);
                        }
                    }
                }
            }
            expectedStarts.add(expected.size());
            assertEquals(expected, boxed(index.records()), text);
            assertEquals(expectedStarts, boxed(index.groupStart()), text);
            assertEquals(expectedLongEnds, boxed(index.longEnds()), text);
            assertEquals(longest, index.lastGroup(), text);

            // by length and the follower's length: each run's index in text order
            int lengths = Math.min(text.length(), DigitRunIndex.LAYOUT_LONGEST);
            assertEquals(lengths, index.layoutLongest(), text);
            for (int length = 0; length <= lengths; length++) {
                for (int follower = 0; follower < DigitRunIndex.FOLLOWERS; follower++) {
                    List<Integer> slot = new ArrayList<>();
                    for (int k = 0; k < runs.size(); k++) {
                        int[] r = runs.get(k);
                        int f = k + 1 < runs.size() && runs.get(k + 1)[0] == r[1] + 1
                                ? runs.get(k + 1)[1] - runs.get(k + 1)[0] : 0;
                        if (Math.min(r[1] - r[0], DigitRunIndex.LAYOUT_LONGEST) == length
                                && Math.min(f, DigitRunIndex.FOLLOWERS - 1) == follower) {
                            slot.add(k);
                        }
                    }
                    List<Integer> found = new ArrayList<>();
                    for (int p = index.layoutFrom(length, follower); p < index.layoutFrom(length, follower + 1); p++) {
                        found.add(index.run(p));
                    }
                    assertEquals(slot, found, text + " " + length + " " + follower);
                }
            }
        }
    }

    private static List<Long> boxed(long[] values) {
        List<Long> out = new ArrayList<>();
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> out = new ArrayList<>();
        for (int v : values) {
            out.add(v);
        }
        return out;
    }
}
