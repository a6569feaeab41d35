package dev.veil.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Tiny documents made in memory for priming: one synthetic letter (a made-up name, a test card
 * number, an example.com address, a 555 phone number) as text, PDF, DOCX and XLSX. Nothing here
 * is real personal data, and nothing is read from disk.
 */
final class PrimingDocuments {
    /** The synthetic letter; every value in it is one that detection finds and no person owns. */
    static final String LETTER = "Dear Jane Roe,\nyour card 4111 1111 1111 1111 and e-mail "
            + "jane.roe@example.com are on file; call +1 202 555 0199 or (202) 555-0147.\n"
            + "Refunds go to IBAN GB82 WEST 1234 5698 7654 32.\n";
    /** A link target in the Office documents (relationships are segments too). */
    static final String LINK = "mailto:jane.roe@example.com";

    private PrimingDocuments() {
    }

    static byte[] text() {
        return LETTER.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(72, 700);
                for (String line : LETTER.split("\n")) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -14);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : LETTER.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.createParagraph().createHyperlinkRun(LINK).setText("write to Jane Roe");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Contacts");
            String[] lines = LETTER.split("\n");
            for (int i = 0; i < lines.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
