package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The runs read off the classes found 64 characters at a time are the runs a walk over every
 * character finds (digits, ASCII letters and digits, letters), and space separators beyond ASCII
 * are noticed.
 */
class CharClassesTest {
    private static final String DIGITS = "0123456789";
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** Members, non-members and characters whose low seven bits are a member's (they must not count). */
    private static final char[] ALPHABET = {'0', '5', '9', 'a', 'Z', ' ', '.', '-', '\n', '/', ':', '\u0130',
        '\u00b9', '\u0660', '\u00e9', '\u0141', '\u01b0', '\ud835', '\udc49', '\u2019', '\u00c1', '\u0430', '\u00a0', '\u2009'};

    @Test
    void runsAreTheRunsOfACharacterWalk() {
        Random random = new Random(31);
        int runs = 0;
        for (int t = 0; t < 4000; t++) {
            // lengths around whole blocks of 64 (a run reaching a block's or the text's end) and beyond
            int length = t < 300 ? t : random.nextBoolean() ? 64 * (1 + random.nextInt(4)) + random.nextInt(3) - 1
                    : random.nextInt(700);
            char[] chars = new char[length];
            boolean longRuns = random.nextBoolean();
            for (int i = 0; i < length; i++) {
                chars[i] = longRuns && i > 0 && random.nextInt(10) > 0 ? chars[i - 1] : ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String text = new String(chars);
            CharClasses classes = CharClasses.of(text);
            int[] expected = walk(text, DIGITS);
            assertArrayEquals(expected, classes.digitRuns(), text);
            assertArrayEquals(walk(text, ALNUM), classes.asciiAlnumRuns(), text);
            assertArrayEquals(walk(text, c -> TextWords.isLetter((char) c)), classes.letterRuns(), text);
            assertEquals(!TextView.plainSpaces(text).equals(text), classes.hasSpaceSeparators(), text);
            runs += expected.length / 2;
        }
        assertEquals(true, runs > 10_000, runs + " runs");
    }

    /**
     * Texts of several chunks, which are read as Latin-1 bytes where they can be: ASCII only,
     * ASCII with Latin-1 characters now and then (letters, a no-break space, a superscript one),
     * and with wider characters too (their chunks read as characters), some with a surrogate pair
     * near a chunk's edge or split by it.
     */
    @Test
    void chunksReadAsBytesAreThoseOfACharacterWalk() {
        Random random = new Random(37);
        String ascii = "0123456789 azAZ.-?/@[`{:\n";
        String latin1 = "\u00e9\u00c1\u00a0\u00b9\u00ff\u0080\u00d7";
        for (int t = 0; t < 300; t++) {
            int length = 4096 * (1 + random.nextInt(3)) + random.nextInt(200) - 100;
            char[] chars = new char[length];
            int mode = t % 3;
            for (int i = 0; i < length; i++) {
                char c = ascii.charAt(random.nextInt(ascii.length()));
                if (mode == 1 && random.nextInt(30) == 0) {
                    c = latin1.charAt(random.nextInt(latin1.length()));
                } else if (mode == 2 && random.nextInt(3000) == 0) {
                    c = ALPHABET[random.nextInt(ALPHABET.length)];
                }
                chars[i] = c;
            }
            if (mode == 2 && random.nextBoolean()) {
                int at = Math.min(length - 2, Math.max(0, 4096 + random.nextInt(5) - 3));
                chars[at] = '\ud835';
                chars[at + 1] = '\udc49';
            }
            String text = new String(chars);
            CharClasses classes = CharClasses.of(text);
            assertArrayEquals(walk(text, DIGITS), classes.digitRuns(), text);
            assertArrayEquals(walk(text, ALNUM), classes.asciiAlnumRuns(), text);
            assertArrayEquals(walk(text, c -> TextWords.isLetter((char) c)), classes.letterRuns(), text);
            assertEquals(!TextView.plainSpaces(text).equals(text), classes.hasSpaceSeparators(), text);
            assertBytes(text, classes);
        }
    }

    /**
     * The bytes kept for the passes that read characters at runs' edges: each Latin-1 character
     * as itself, each other as 0x80 (never a letter or digit), then 0 to the end of the last block;
     * none for a text too short to be read as bytes.
     */
    private static void assertBytes(String text, CharClasses classes) {
        byte[] bytes = classes.bytes();
        if (text.length() < 1024) {
            assertEquals(null, bytes, "no bytes for a short text");
            return;
        }
        assertEquals((text.length() + 63) / 64 * 64, bytes.length, "whole blocks");
        for (int i = 0; i < bytes.length; i++) {
            int expected = i >= text.length() ? 0 : text.charAt(i) <= 0xFF ? text.charAt(i) : 0x80;
            assertEquals(expected, bytes[i] & 0xff, "byte " + i);
        }
    }

    @Test
    void smallTexts() {
        assertArrayEquals(new int[] {0, 2, 3, 4}, CharClasses.of("12 3").digitRuns());
        assertArrayEquals(new int[] {0, 4}, CharClasses.of("a1B2").asciiAlnumRuns());
        assertArrayEquals(new int[] {0, 1, 2, 3}, CharClasses.of("a1B2").letterRuns());
        assertArrayEquals(new int[] {0, 2}, CharClasses.of("\u00e9t\u00a0").letterRuns());
        assertEquals(true, CharClasses.of("a\u2009b").hasSpaceSeparators());
        assertEquals(false, CharClasses.of("a b\u00e9").hasSpaceSeparators());
        assertArrayEquals(new int[0], CharClasses.of("").digitRuns());
        assertEquals(null, CharClasses.of("abc").bytes(), "a short text is read as characters");
    }

    private static int[] walk(String text, String set) {
        return walk(text, c -> set.indexOf(c) >= 0);
    }

    private static int[] walk(String text, java.util.function.IntPredicate member) {
        int[] out = new int[2 * text.length() + 2];
        int size = 0;
        int i = 0;
        while (i < text.length()) {
            if (!member.test(text.charAt(i))) {
                i++;
                continue;
            }
            out[size++] = i;
            while (i < text.length() && member.test(text.charAt(i))) {
                i++;
            }
            out[size++] = i;
        }
        return Arrays.copyOf(out, size);
    }
}
