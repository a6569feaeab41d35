package dev.veil.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents of the sizes the speed goals name (a 100 KB DOCX, a 10-page PDF), written by POI and
 * PDFBox from the same seeded synthetic prose as {@code bench detect}, so runs compare.
 */
final class SizedDocuments {
    private static final int LINES_PER_PAGE = 48;
    private static final int CHARS_PER_LINE = 95;

    private SizedDocuments() {
    }

    /** A DOCX whose file is about {@code targetBytes} long: paragraphs of synthetic prose. */
    static byte[] docx(int targetBytes, long seed) {
        // Zipped, the XML of this prose is a little under a third of its text's length.
        String text = SyntheticCorpus.generate(targetBytes * 7 / 2, seed, SyntheticCorpus.Kind.PROSE);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : text.split("\n")) {
                if (!paragraph.isBlank()) {
                    doc.createParagraph().createRun().setText(paragraph);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code pages} letter pages of synthetic prose in Helvetica, one text object per line. */
    static byte[] pdf(int pages, long seed) {
        String text = SyntheticCorpus.generate(pages * LINES_PER_PAGE * CHARS_PER_LINE * 2, seed, SyntheticCorpus.Kind.PROSE)
                .replace('\n', ' ');
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int at = 0;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int line = 0; line < LINES_PER_PAGE; line++) {
                        int end = Math.min(text.length(), at + CHARS_PER_LINE);
                        int space = text.lastIndexOf(' ', end);
                        end = space > at ? space : end;
                        cs.beginText();
                        cs.setFont(font, 9);
                        cs.newLineAtOffset(40, 740 - line * 14.5f);
                        cs.showText(text.substring(at, end).strip());
                        cs.endText();
                        at = end;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
