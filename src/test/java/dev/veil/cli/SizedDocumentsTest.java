package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.document.DocumentTypes;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The goal benchmark's documents are what the goals name, and hold personal data to find. */
class SizedDocumentsTest {
    @Test
    void theDocxIsAboutOneHundredKilobytes() {
        byte[] docx = SizedDocuments.docx(100 * 1024, 42);
        assertTrue(docx.length > 90 * 1024 && docx.length < 115 * 1024, "size " + docx.length);
        assertEquals(DocumentTypes.DOCX, DocumentTypes.standard().detect(docx, "x.docx").mediaType());
    }

    @Test
    void thePdfHasTenFullPagesOfText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SizedDocuments.pdf(10, 42))) {
            assertEquals(10, pdf.getNumberOfPages());
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(10);
            last.setEndPage(10);
            assertTrue(last.getText(pdf).length() > 3000, "the last page is full");
            assertTrue(new PDFTextStripper().getText(pdf).contains("@example.com"), "personal data in the text");
        }
    }
}
