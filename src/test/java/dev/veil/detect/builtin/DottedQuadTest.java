package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DottedQuadTest {
    /** The pattern the IP detector used before reading the shape by hand (its lookbehind is checked before). */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w-]|\\.\\d)");
    private static final String[] PIECES = {"1", "12", "255", "1234", ".", ".", "-", "a", "_", " ", ":", "/"};

    @Test
    void readsTheShapeThePatternMatched() {
        assertEquals(15, IpAddressDetector.dottedQuadEnd("255.255.255.255 x", 0));
        assertEquals(-1, IpAddressDetector.dottedQuadEnd("1.2.3.4.5", 0));
        assertEquals(7, IpAddressDetector.dottedQuadEnd("1.2.3.4.", 0));
        assertEquals(-1, IpAddressDetector.dottedQuadEnd("1.2.3.4-", 0));
        Random random = new Random(11);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 1 + random.nextInt(10); k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (int p = 0; p < text.length(); p++) {
                Matcher m = IPV4.matcher(text);
                m.region(p, text.length());
                m.useTransparentBounds(true);
                int expected = m.lookingAt() ? m.end() : -1;
                assertEquals(expected, IpAddressDetector.dottedQuadEnd(text, p), text + " at " + p);
            }
        }
    }
}
