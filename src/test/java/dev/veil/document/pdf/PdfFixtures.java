package dev.veil.document.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Small PDFs written operator by operator with PDFBox, for behaviours the corpus cannot pin down. */
final class PdfFixtures {
    private PdfFixtures() {
    }

    /** A one-page PDF whose content stream is {@code content}, with Helvetica as {@code /F1}. */
    static byte[] withContent(String content) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            doc.addPage(page);
            return save(doc);
        }
    }

    static byte[] withContentUnchecked(String content) {
        try {
            return withContent(content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PDF whose pages show nothing but a picture, as a scanner makes them. */
    static byte[] scanned() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
            image.getGraphics().fillRect(20, 20, 150, 10);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 500, 400, 200);
            }
            return save(doc);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** PDFBox's own text of the whole document. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Where PDFBox sees each character of page 1: x of the glyph's left edge, per character. */
    static List<TextPosition> positions(byte[] pdf) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    out.add(text);
                }
            };
            stripper.getText(doc);
        }
        return out;
    }

    /** The x position of the first character {@code c} PDFBox reads on page 1. */
    static float xOf(byte[] pdf, String c) throws IOException {
        for (TextPosition p : positions(pdf)) {
            if (c.equals(p.getUnicode())) {
                return p.getXDirAdj();
            }
        }
        throw new AssertionError("no '" + c + "' on the page");
    }
}
