package dev.veil.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;

/**
 * Everything a redacted PDF must not carry is gone after a rewrite, even when detection found
 * nothing: the places are planted with a marker the audit then looks for.
 */
class PdfSanitiserTest {
    private static final String MARKER = "Zebulon Quartermaine";

    private static byte[] planted() throws IOException {
        byte[] base = PdfFixtures.withContent("BT /F1 12 Tf 72 700 Td /Span << /ActualText (" + MARKER
                + ") /Alt (" + MARKER + ") >> BDC (Visible words) Tj EMC /P /MC0 BDC ( more) Tj EMC ET");
        try (PDDocument doc = Loader.loadPDF(base)) {
            var catalog = doc.getDocumentCatalog();
            PDPage page = doc.getPage(0);
            COSDictionary properties = new COSDictionary();
            properties.setItem(COSName.ACTUAL_TEXT, new COSString(MARKER));
            page.getResources().put(COSName.getPDFName("MC0"), PDPropertyList.create(properties));

            var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
            form.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(200, 200));
            form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            try (OutputStream os = form.getContentStream().createOutputStream()) {
                os.write(("/Figure << /Alt (" + MARKER + ") >> BDC 0 0 10 10 re f EMC")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                cs.drawForm(form);
            }

            PDMetadata xmp = new PDMetadata(doc);
            try (OutputStream os = xmp.createOutputStream()) {
                os.write(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + MARKER + "</dc:creator></x:xmpmeta>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            catalog.setMetadata(xmp);

            PDEmbeddedFile file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(
                    ("attachment about " + MARKER).getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("notes.txt");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("notes.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(files);
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("hello", new PDActionJavaScript("app.alert('" + MARKER + "')")));
            names.setJavascript(scripts);
            catalog.setNames(names);
            catalog.setOpenAction(new PDActionJavaScript("app.alert('" + MARKER + "')"));

            PDPageLabels labels = new PDPageLabels(doc);
            PDPageLabelRange range = new PDPageLabelRange();
            range.setPrefix(MARKER);
            labels.setLabelItem(0, range);
            catalog.setPageLabels(labels);

            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            tree.getCOSObject().setString(COSName.ALT, MARKER);
            catalog.setStructureTreeRoot(tree);

            COSStream thumb = doc.getDocument().createCOSStream();
            try (OutputStream os = thumb.createOutputStream()) {
                os.write(MARKER.getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.getPDFName("Thumb"), thumb);
            COSDictionary piece = new COSDictionary();
            piece.setString(COSName.getPDFName("Private"), MARKER);
            page.getCOSObject().setItem(COSName.PIECE_INFO, piece);
            catalog.getCOSObject().setItem(COSName.PIECE_INFO, piece);

            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setFile(spec);
            attachment.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(10, 10, 20, 20));
            PDAnnotationText note = new PDAnnotationText();
            note.setContents("A harmless note");
            note.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(40, 10, 20, 20));
            COSDictionary additional = new COSDictionary();
            additional.setItem(COSName.getPDFName("E"), new PDActionJavaScript("app.alert('" + MARKER + "')"));
            note.getCOSObject().setItem(COSName.AA, additional);
            page.setAnnotations(List.of(attachment, note));
            return PdfFixtures.save(doc);
        }
    }

    @Test
    void theAuditSeesEveryPlantedPlaceBeforeSanitising() throws IOException {
        String before = PdfTestSupport.everything(planted());
        assertTrue(before.contains("app.alert('" + MARKER));
        assertTrue(before.contains("<dc:creator>" + MARKER));
        assertTrue(before.contains("attachment about " + MARKER));
        assertTrue(before.contains("/ActualText (" + MARKER));
        assertTrue(before.contains("/Alt (" + MARKER + ") >> BDC 0 0 10 10 re f"), "inside the form");
    }

    @Test
    void nothingPlantedSurvivesARewriteWithoutFindings() throws IOException {
        byte[] out = PdfTestSupport.redact(planted(), PdfTestSupport.engineFor(List.of("Nobody Atall")),
                PdfTestSupport.LABEL, BoxStyle.BLACK);
        assertEquals(List.of(), PdfTestSupport.leaksOf(MARKER, PdfTestSupport.everything(out)));
        try (PDDocument d = Loader.loadPDF(out)) {
            COSDictionary catalog = d.getDocumentCatalog().getCOSObject();
            for (COSName key : List.of(COSName.METADATA, COSName.PAGE_LABELS, COSName.STRUCT_TREE_ROOT,
                    COSName.OPEN_ACTION, COSName.PIECE_INFO)) {
                assertNull(catalog.getItem(key), key.getName());
            }
            COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
            assertNull(names.getItem(COSName.getPDFName("EmbeddedFiles")));
            assertNull(names.getItem(COSName.getPDFName("JavaScript")));
            PDPage page = d.getPage(0);
            assertNull(page.getCOSObject().getItem(COSName.getPDFName("Thumb")));
            assertEquals(1, page.getAnnotations().size(), "the file attachment is dropped, the note kept");
            assertNull(page.getAnnotations().get(0).getCOSObject().getItem(COSName.AA));
            assertTrue(PdfFixtures.text(out).contains("Visible words more"));
        }
    }

    @Test
    void aDocumentWithoutFindingsKeepsItsVisibleText() throws IOException {
        byte[] out = PdfTestSupport.redact(planted(), PdfTestSupport.engineFor(List.of("Nobody Atall")),
                PdfTestSupport.LABEL, BoxStyle.BLACK);
        assertFalse(PdfFixtures.text(out).isBlank());
    }
}
