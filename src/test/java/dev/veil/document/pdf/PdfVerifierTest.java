package dev.veil.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The output check on its own: which pages still show a removed value, among many values. */
class PdfVerifierTest {
    /** Pages of lines, written with PDFBox: one page per list. */
    private static byte[] pages(List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 740;
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(40, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 14;
                    }
                }
            }
            return PdfFixtures.save(doc);
        }
    }

    @Test
    void aPageStillShowingAnyOfManyRemovedValuesIsRasterisedAndOnlyThatPage() throws IOException {
        // thousands of removed values sharing their first characters, as a contact list's are
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            removed.add(String.format("555-01-%04d", i));
            removed.add("Mary Garcia" + i);
        }
        removed.add("Olu Adeyemi");
        removed.add("Olu Adeyemi"); // a value given twice counts once
        removed.add("abc"); // too short to decide on: never searched
        byte[] pdf = pages(List.of(
                List.of("Dear [NAME], your SSN is [SSN].", "555-01-x and Mary Garci are not values.", "abc"),
                List.of("Call [NAME] at [PHONE].", "Reached by OLU  ADEYEMI yesterday."), // case and spaces ignored
                List.of("nothing here"),
                List.of("555-01-2999"), // a value from the page's first character to its last
                List.of("The list ends with mary garcia2999.")));
        PdfVerifier.Verified v = PdfVerifier.verify(pdf, removed, Set.of());
        assertEquals(Set.of(1, 3, 4), v.rasterisedPages());
    }

    @Test
    void pagesMarkedBeforehandAreRasterisedEvenWithoutAValueLeft() throws IOException {
        byte[] pdf = pages(List.of(List.of("clean page"), List.of("another clean page")));
        assertEquals(Set.of(0), PdfVerifier.verify(pdf, List.of("Mary Garcia"), Set.of(0)).rasterisedPages());
        assertEquals(Set.of(), PdfVerifier.verify(pdf, List.of("Mary Garcia"), Set.of()).rasterisedPages());
    }
}
