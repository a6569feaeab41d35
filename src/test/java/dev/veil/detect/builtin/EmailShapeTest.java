package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmailShapeTest {
    /** The pattern the detector used before reading addresses by hand: the reading must agree with it. */
    private static final String ATOM_CHARS = "A-Za-z0-9!#$%&'*+/=?^_`{|}~-";
    private static final String ATOM = "[" + ATOM_CHARS + "]{1,64}";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile("(?<![.\\-" + ATOM_CHARS + "])" + ATOM + "(?:\\." + ATOM
            + "){0,8}@(?:" + LABEL + "\\.){1,8}(?:xn--[A-Za-z0-9-]{1,59}|[A-Za-z]{2,24})(?![\\w-]|[.-][A-Za-z0-9])");
    private static final String[] LOCAL = {"a", "bob", "x+y", "_", "-", ".", ".", "é", " ", "!"};
    private static final String[] DOMAIN = {"example", "com", "co", "uk", "a", "x1", "-", ".", ".", "xn--", "p1ai",
        "_", " ", "5", "de-", "-de", "org", "abcdefghijklmnopqrstuvwxyz", "é", "@", ",", "/"};

    @Test
    void readsWhatThePatternMatched() {
        assertEquals(18, end("mail a@example.com. Next", 5, 6));
        assertEquals(-1, end("a@example.com5", 0, 1));
        assertEquals(17, end("a.b@site.xn--p1ai, x", 0, 3));
        Random random = new Random(3);
        for (int round = 0; round < 300_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                b.append(LOCAL[random.nextInt(LOCAL.length)]);
            }
            int at = b.length();
            b.append('@');
            for (int k = random.nextInt(10); k >= 0; k--) {
                b.append(DOMAIN[random.nextInt(DOMAIN.length)]);
            }
            String text = b.toString();
            for (int start = 0; start < at; start++) {
                Matcher m = ADDRESS.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                m.region(start, Math.min(text.length(), at + 256));
                int expected = m.lookingAt() ? m.end() : -1;
                assertEquals(expected, end(text, start, at), text + " from " + start);
            }
        }
    }

    @Test
    void keepsWithinTheWindowAfterTheAt() {
        String longDomain = "a@" + "abcdefghij.".repeat(8).substring(0, 80) + "com";
        assertEquals(longDomain.length(), end(longDomain, 0, 1));
        String tooFar = "a@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(60)
                + "." + "f".repeat(20) + ".com";
        Matcher m = ADDRESS.matcher(tooFar);
        m.region(0, Math.min(tooFar.length(), 1 + 256));
        m.useTransparentBounds(true);
        assertEquals(m.lookingAt() ? m.end() : -1, end(tooFar, 0, 1));
    }

    private static int end(String text, int start, int at) {
        return EmailShape.end(text, start, at, new int[EmailShape.SCRATCH]);
    }
}
