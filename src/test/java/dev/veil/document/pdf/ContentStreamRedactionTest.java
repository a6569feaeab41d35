package dev.veil.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Glyph removal at the operator level: each text-showing operator loses exactly the value's codes
 * and the text after them stays where it was.
 */
class ContentStreamRedactionTest {
    private static byte[] redact(byte[] pdf, String... values) {
        return PdfTestSupport.redact(pdf, PdfTestSupport.engineFor(List.of(values)), PdfTestSupport.LABEL,
                BoxStyle.BLACK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tj|BT /F1 12 Tf 72 700 Td (Dear Maria Smith, welcome) Tj ET",
        "TJ with kerning|BT /F1 12 Tf 72 700 Td [(Dear Ma) -40 (ria Smith) 120 (, welcome)] TJ ET",
        "quote|BT /F1 12 Tf 14 TL 72 714 Td (Header) Tj (Dear Maria Smith, welcome) ' ET",
        "double quote|BT /F1 12 Tf 14 TL 72 714 Td (Header) Tj 3 0.5 (Dear Maria Smith, welcome) \" ET",
        "character and word spacing|BT /F1 12 Tf 0.4 Tc 4 Tw 72 700 Td (Dear Maria Smith, welcome) Tj ET",
        "horizontal scaling and rise|BT /F1 12 Tf 80 Tz 2 Ts 72 700 Td (Dear Maria Smith, welcome) Tj ET",
        "one code per operator|BT /F1 12 Tf 72 700 Td (Dear ) Tj (M) Tj (aria ) Tj (Smith) Tj (, welcome) Tj ET",
    })
    void removesTheValueAndKeepsTheRestOfTheLineInPlace(String name, String content) throws IOException {
        byte[] input = PdfFixtures.withContent(content);
        float before = PdfFixtures.xOf(input, "w");
        byte[] output = redact(input, "Maria Smith");
        String text = PdfFixtures.text(output);
        assertFalse(text.contains("Maria"), text);
        assertFalse(text.contains("Smith"), text);
        assertTrue(text.contains("Dear"), text);
        assertTrue(text.contains(", welcome"), text);
        assertEquals(before, PdfFixtures.xOf(output, "w"), 0.01f, "text after the value moved");
    }

    @Test
    void leavesOperatorsWithoutFindingsByteForByteAlone() throws IOException {
        byte[] input = PdfFixtures.withContent("BT /F1 12 Tf 72 700 Td (Nothing personal here) Tj ET");
        byte[] output = redact(input, "Maria Smith");
        assertEquals("Nothing personal here", PdfFixtures.text(output).strip());
    }

    @Test
    void valueSplitOverTwoLinesIsFoundAndRemovedFromBoth() throws IOException {
        byte[] input = PdfFixtures.withContent(
                "BT /F1 12 Tf 72 700 Td (Our customer Maria) Tj 0 -14 Td (Smith asked us) Tj ET");
        byte[] output = redact(input, "Maria Smith");
        String text = PdfFixtures.text(output);
        assertFalse(text.contains("Maria") || text.contains("Smith"), text);
        assertTrue(text.contains("Our customer") && text.contains("asked us"), text);
    }

    @Test
    void inlineImagesAndOtherOperatorsSurviveTheRewrite() throws IOException {
        byte[] input = PdfFixtures.withContent("q 20 0 0 20 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u0000\u00ff\u00ff\u0000"
                + " EI Q 0.5 g BT /F1 12 Tf 72 700 Td (Dear Maria Smith, welcome) Tj ET 1 0 0 RG 10 10 m 100 100 l S");
        byte[] output = redact(input, "Maria Smith");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(output)) {
            String content = new String(doc.getPage(0).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(content.contains("BI") && content.contains("EI"), "inline image kept");
            assertTrue(content.contains("RG"), "stroke colour kept");
            new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 0.5f);
        }
        assertFalse(PdfFixtures.text(output).contains("Maria"));
    }

    @Test
    void invisibleTextIsRemovedToo() throws IOException {
        byte[] input = PdfFixtures.withContent("BT 3 Tr /F1 12 Tf 72 700 Td (Hidden Maria Smith layer) Tj ET");
        byte[] output = redact(input, "Maria Smith");
        assertFalse(PdfFixtures.text(output).contains("Maria"));
    }

    @Test
    void everyOccurrenceOfAFoundValueIsRemovedEvenWhereDetectionDidNotReportIt() throws IOException {
        byte[] input = PdfFixtures.withContent(
                "BT /F1 12 Tf 72 700 Td (Patient: Maria Smith) Tj 0 -14 Td (MARIA   SMITH signed) Tj ET");
        PdfDocument doc = (PdfDocument) new PdfFormat().open(input, dev.veil.document.DocumentLimits.defaults());
        String page = doc.units().get(0).text();
        int start = page.indexOf("Maria Smith");
        var finding = new dev.veil.detect.Finding(dev.veil.detect.EntityType.NAME, start, start + 11, 0.9, "t",
                dev.veil.detect.Explanation.of("t", 0.9));
        List<List<dev.veil.detect.Finding>> findings = new java.util.ArrayList<>();
        findings.add(List.of(finding));
        for (int i = 1; i < doc.units().size(); i++) {
            findings.add(List.of());
        }
        String text = PdfFixtures.text(doc.rewrite(findings, PdfTestSupport.LABEL));
        assertFalse(text.toLowerCase().contains("maria"), text);
        assertTrue(text.contains("signed"), text);
    }
}
