package dev.veil.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The leak audit for PDF: every corpus file, redacted and tokenised, must hold none of its seeded
 * values in any form — searched in PDFBox's text, all string objects, all decoded streams and the
 * raw bytes — and must reopen with the same number of pages.
 */
class PdfLeakAuditTest {
    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> args = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : PdfTestSupport.manifest().entrySet()) {
            args.add(Arguments.of(e.getKey(), e.getValue(), BoxStyle.BLACK));
            args.add(Arguments.of(e.getKey(), e.getValue(), BoxStyle.TEXT));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("corpus")
    void noSeededValueSurvivesInAnyForm(String file, List<String> seeded, BoxStyle style) throws IOException {
        byte[] input = PdfTestSupport.corpusFile(file);
        String before = PdfTestSupport.everything(input);
        for (String value : seeded) {
            assertFalse(PdfTestSupport.leaksOf(value, before).isEmpty(),
                    file + ": the audit cannot see seeded value #" + seeded.indexOf(value) + " in the input");
        }
        byte[] output = PdfTestSupport.redact(input, PdfTestSupport.engineFor(seeded),
                style == BoxStyle.BLACK ? PdfTestSupport.LABEL : PdfTestSupport.TOKEN, style);
        String after = PdfTestSupport.everything(output);
        for (String value : seeded) {
            assertEquals(List.of(), PdfTestSupport.leaksOf(value, after),
                    file + ": seeded value #" + seeded.indexOf(value) + " left in the output");
        }
        try (PDDocument in = Loader.loadPDF(input); PDDocument out = Loader.loadPDF(output)) {
            assertEquals(in.getNumberOfPages(), out.getNumberOfPages());
            assertTrue(output.length > 0);
        }
    }
}
