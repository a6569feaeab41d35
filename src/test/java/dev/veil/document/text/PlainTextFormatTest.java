package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.document.DocumentLimits;
import dev.veil.document.UnreadableDocumentException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextFormatTest {
    private static final PlainTextFormat FORMAT = new PlainTextFormat();
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void redactsInUtf8AndKeepsEveryOtherByte() {
        String in = "Dear Mary\r\nSmith,\r\nyour SSN 123-45-6789 is on file.\r\n\r\nRegards ✓\r\n";
        byte[] out = SeededRedaction.run(FORMAT, in.getBytes(StandardCharsets.UTF_8), SeededRedaction.LABEL);
        assertEquals("Dear [NAME],\r\nyour SSN [SSN] is on file.\r\n\r\nRegards ✓\r\n",
                new String(out, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithBomIsWrittenBackInUtf16WithTheSameBom(String charset) {
        Charset cs = Charset.forName(charset);
        byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] in = withBom(bom, "José Müller: jose.muller@example.org 𝄞\n".getBytes(cs));
        byte[] out = SeededRedaction.run(FORMAT, in, SeededRedaction.LABEL);
        assertArrayEquals(withBom(bom, "[NAME]: [EMAIL] 𝄞\n".getBytes(cs)), out);
    }

    @Test
    void utf8BomIsKept() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] out = SeededRedaction.run(FORMAT, withBom(bom, "call 415-555-0134 now".getBytes(StandardCharsets.UTF_8)),
                SeededRedaction.LABEL);
        assertArrayEquals(withBom(bom, "call [PHONE] now".getBytes(StandardCharsets.UTF_8)), out);
    }

    @Test
    void windows1252IsWrittenBackInWindows1252AndUnmappedBytesSurvive() {
        byte[] in = "Zoë Ångström paid 5€ \u0081 ok".getBytes(CP1252);
        in[in.length - 4] = (byte) 0x81; // a byte windows-1252 leaves undefined
        byte[] out = SeededRedaction.run(FORMAT, in, SeededRedaction.LABEL);
        byte[] expected = "[NAME] paid 5€ ? ok".getBytes(CP1252);
        expected[expected.length - 4] = (byte) 0x81;
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(out));
    }

    @Test
    void aNameBrokenAcrossALineIsOneValueButParagraphsAreSeparateUnits() {
        List<String> units = SeededRedaction.unitTexts(FORMAT, "one\nMary\nSmith\n\ntwo\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("one\nMary\nSmith\n\n", "two\n"), units);
    }

    @Test
    void longTextIsCutIntoBoundedUnitsThatCoverEverything() {
        String line = "word ".repeat(30) + "\n";
        String text = line.repeat(1000) + "x".repeat(40_000);
        List<String> units = SeededRedaction.unitTexts(FORMAT, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, String.join("", units));
        assertTrue(units.stream().allMatch(u -> u.length() <= UnitSizes.MAX_CHARS + 1), "units are bounded");
        assertTrue(units.size() > 10);
    }

    @Test
    void aLineOfProseLongerThanAUnitIsCutAtSentenceEndsSoNoValueIsSplit() {
        // a paragraph without wraps, as a word processor saves it: a cut at any space split
        // "Mary Smith" or "(415) 555-0134" between two units, and the output's check refused it
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 200_000; i++) {
            line.append("On day ").append(i % 28 + 1).append(" Mrs. Mary Smith of Main St. in Portland called from (415) 555-0134 ")
                    .append("about the form we discussed".repeat(1 + i % 3)).append(" last week. ");
        }
        String text = line + "\n";
        List<String> units = SeededRedaction.unitTexts(FORMAT, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, String.join("", units));
        assertTrue(units.size() > 10);
        for (String u : units.subList(0, units.size() - 1)) {
            assertTrue(u.endsWith("last week. "), "cut at a sentence end: ..." + u.substring(u.length() - 40));
            assertTrue(u.length() <= UnitSizes.MAX_CHARS);
        }
        String out = new String(SeededRedaction.run(FORMAT, text.getBytes(StandardCharsets.UTF_8), SeededRedaction.LABEL),
                StandardCharsets.UTF_8);
        assertTrue(!out.contains("Smith") && !out.contains("555-0134"), "every value replaced");
        assertTrue(out.contains("Mrs. [NAME] of Main St. in Portland called from [PHONE] about"));
    }

    @Test
    void aListOnOneLineIsCutAtItsSeparatorsSoNoPhoneNumberLosesItsAreaCode() {
        // no sentence ends: a cut at the last space left "(415)" in one unit, the rest in the next
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 100_000; i++) {
            line.append("Mary Smith <mary.smith").append(i).append("@example.com> (415) 555-").append(1000 + i % 9000)
                    .append(i % 2 == 0 ? "; " : "\t");
        }
        String text = line.toString();
        List<String> units = SeededRedaction.unitTexts(FORMAT, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, String.join("", units));
        assertTrue(units.size() > 5);
        for (String u : units.subList(0, units.size() - 1)) {
            assertTrue(u.endsWith("; ") || u.endsWith("\t"), "cut at a separator: ..." + u.substring(u.length() - 30));
        }
        String out = new String(SeededRedaction.run(FORMAT, text.getBytes(StandardCharsets.UTF_8), SeededRedaction.LABEL),
                StandardCharsets.UTF_8);
        assertTrue(!out.contains("(415)") && !out.contains("Smith") && !out.contains("@"), "every value replaced");
    }

    @Test
    void unchangedTextIsReturnedByteForByte() {
        byte[] in = "nothing\r\nhere\rat all\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(in, SeededRedaction.run(FORMAT, in, SeededRedaction.LABEL));
    }

    @Test
    void binaryAndOversizedInputIsRefusedWithAReason() {
        assertThrows(UnreadableDocumentException.class, () -> FORMAT.open(new byte[] {'P', 'K', 3, 4, 0, 0}, DocumentLimits.defaults()));
        DocumentLimits tiny = new DocumentLimits(10, 1, 1, 0.01, 100, 10);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> FORMAT.open("Mary Smith 123-45-6789".getBytes(StandardCharsets.UTF_8), tiny));
        assertTrue(e.getMessage().contains("larger than"));
    }
}
