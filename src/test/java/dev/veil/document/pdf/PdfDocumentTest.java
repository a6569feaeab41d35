package dev.veil.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentLimits;
import dev.veil.document.Replacer;
import dev.veil.document.TextUnit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;

/** Units, rewriting of the text outside pages, rasterising, and the box styles, on corpus files. */
class PdfDocumentTest {
    private static PdfDocument open(String file) throws IOException {
        return (PdfDocument) new PdfFormat().open(PdfTestSupport.corpusFile(file), DocumentLimits.defaults());
    }

    private static byte[] rewrite(PdfDocument doc, DetectionEngine engine) {
        List<List<Finding>> findings = new ArrayList<>();
        for (TextUnit unit : doc.units()) {
            findings.add(engine.detect(unit.text()));
        }
        return doc.rewrite(findings, PdfTestSupport.LABEL);
    }

    @Test
    void pageTextJoinsLinesSoANameBrokenOverALineIsOneMatch() throws IOException {
        try (PdfDocument doc = open("letter.pdf")) {
            String page1 = doc.units().get(0).text();
            assertTrue(page1.contains("Maria\nGarcia-Lopez"), "line break kept between the two parts");
            assertEquals(1, PdfTestSupport.engineFor(List.of("Maria Garcia-Lopez")).detect(page1).size());
        }
    }

    @Test
    void unitsArePagesFirstThenTheTextOutsidePages() throws IOException {
        try (PdfDocument doc = open("annotated.pdf")) {
            List<String> texts = doc.units().stream().map(TextUnit::text).toList();
            assertTrue(texts.get(0).startsWith("Case notes"));
            assertTrue(texts.get(1).startsWith("Follow-up"));
            assertTrue(texts.stream().anyMatch(t -> t.contains("Author: Dr. Ferdinand Okafor")));
            assertTrue(texts.stream().anyMatch(t -> t.equals("Bookmark: Liesel Brandt - summary")));
            assertTrue(texts.stream().anyMatch(t -> t.contains("Contents: Call Liesel Brandt back")));
            assertTrue(texts.stream().anyMatch(t -> t.equals("Link: mailto:liesel.brandt@example.de")));
        }
    }

    @Test
    void pageSegmentsRefuseDirectRewritingSoNothingIsSilentlyLeftInPlace() throws IOException {
        try (PdfDocument doc = open("letter.pdf")) {
            var segment = doc.units().get(0).pieces().stream().filter(p -> p.segment() != null).findFirst()
                    .orElseThrow().segment();
            assertThrows(UnsupportedOperationException.class, () -> segment.replace("x"));
        }
    }

    @Test
    void annotationOutlineMetadataAndLinkTextsAreRewritten() throws IOException {
        byte[] out;
        try (PdfDocument doc = open("annotated.pdf")) {
            out = rewrite(doc, PdfTestSupport.engineFor(List.of("Liesel Brandt", "liesel.brandt@example.de",
                    "Ferdinand Okafor")));
        }
        try (PDDocument d = Loader.loadPDF(out)) {
            assertEquals("Case notes for [NAME]", d.getDocumentInformation().getTitle());
            assertEquals("Dr. [NAME]", d.getDocumentInformation().getAuthor());
            PDOutlineItem first = d.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("[NAME] - summary", first.getTitle());
            List<String> contents = new ArrayList<>();
            for (PDAnnotation a : d.getPage(0).getAnnotations()) {
                if (a.getContents() != null) {
                    contents.add(a.getContents());
                }
                var action = a.getCOSObject().getCOSDictionary(COSName.A);
                if (action != null) {
                    assertEquals("mailto:[NAME]", action.getString(COSName.URI));
                }
            }
            assertTrue(contents.stream().anyMatch(c -> c.startsWith("Call [NAME] back")), contents.toString());
        }
    }

    @Test
    void formFieldValuesAreReplacedAndTheirAppearancesRegenerated() throws IOException {
        byte[] out;
        try (PdfDocument doc = open("form.pdf")) {
            out = rewrite(doc, PdfTestSupport.engineFor(List.of("Henrik Sorensen", "721-44-1098")));
        }
        try (PDDocument d = Loader.loadPDF(out)) {
            var form = d.getDocumentCatalog().getAcroForm(null);
            assertEquals(COSBoolean.TRUE, form.getCOSObject().getItem(COSName.NEED_APPEARANCES));
            PDField name = form.getField("applicant_name");
            assertEquals("[NAME]", name.getValueAsString());
            assertNull(name.getWidgets().get(0).getCOSObject().getItem(COSName.AP));
            PDField email = form.getField("email");
            assertEquals("henrik.sorensen@example.com", email.getValueAsString(), "untouched field kept");
        }
    }

    @Test
    void aPageWhoseFoundTextWasInvisibleIsRasterisedBecauseItsPictureMayShowTheValue() throws IOException {
        byte[] out;
        try (PdfDocument doc = open("ocr-layer.pdf")) {
            out = rewrite(doc, PdfTestSupport.engineFor(PdfTestSupport.manifest().get("ocr-layer.pdf")));
            assertEquals(java.util.Set.of(0), doc.rasterisedPages());
        }
        try (PDDocument d = Loader.loadPDF(out)) {
            PDPage page = d.getPage(0);
            assertEquals("", PdfFixtures.text(out).strip());
            assertTrue(page.getResources().getXObjectNames().iterator().hasNext(), "the page is a picture");
            assertEquals(0, page.getRotation());
        }
    }

    @Test
    void aPageWithGlyphsThatHaveNoUnicodeMappingIsRasterised() throws IOException {
        // Helvetica with code 65 renamed to a glyph name that maps to no Unicode
        byte[] input = PdfFixtures.withContent("BT /F1 12 Tf 72 700 Td (Maria Smith AAA) Tj ET");
        byte[] unmapped;
        try (PDDocument doc = Loader.loadPDF(input)) {
            var font = doc.getPage(0).getResources().getFont(COSName.getPDFName("F1")).getCOSObject();
            var encoding = new org.apache.pdfbox.cos.COSDictionary();
            var differences = new org.apache.pdfbox.cos.COSArray();
            differences.add(org.apache.pdfbox.cos.COSInteger.get(65));
            differences.add(COSName.getPDFName("zzzunknown"));
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            unmapped = PdfFixtures.save(doc);
        }
        try (PdfDocument doc = (PdfDocument) new PdfFormat().open(unmapped, DocumentLimits.defaults())) {
            byte[] out = rewrite(doc, PdfTestSupport.engineFor(List.of("Maria Smith")));
            assertEquals(java.util.Set.of(0), doc.rasterisedPages());
            assertEquals("", PdfFixtures.text(out).strip());
        }
    }

    @Test
    void pagesWithoutFindingsOrDoubtsKeepTheirTextLayer() throws IOException {
        try (PdfDocument doc = open("annotated.pdf")) {
            byte[] out = rewrite(doc, PdfTestSupport.engineFor(List.of("Liesel Brandt")));
            assertEquals(java.util.Set.of(), doc.rasterisedPages());
            assertTrue(PdfFixtures.text(out).contains("Follow-up: nothing personal on this page."));
        }
    }

    @Test
    void textStyleWritesTheReplacementInTheBoxAndBlackStyleDoesNot() throws IOException {
        byte[] pdf = PdfTestSupport.corpusFile("rotated.pdf");
        DetectionEngine engine = PdfTestSupport.engineFor(List.of("Yusuf Demir"));
        Replacer token = (f, v) -> "TOKEN-7Q2";
        byte[] text = PdfTestSupport.redact(pdf, engine, token, BoxStyle.TEXT);
        byte[] black = PdfTestSupport.redact(pdf, engine, token, BoxStyle.BLACK);
        assertTrue(PdfFixtures.text(text).contains("TOKEN-7Q2"), PdfFixtures.text(text));
        assertFalse(PdfFixtures.text(black).contains("TOKEN-7Q2"), PdfFixtures.text(black));
        try (PDDocument d = Loader.loadPDF(text)) {
            assertEquals(90, d.getPage(0).getRotation(), "rotation kept: the page was not rasterised");
        }
    }

    @Test
    void formXObjectDrawnOnEveryPageIsCleanedOnEveryPageFromOneFinding() throws IOException {
        byte[] out;
        try (PdfDocument doc = open("xobject.pdf")) {
            List<List<Finding>> findings = new ArrayList<>();
            DetectionEngine engine = PdfTestSupport.engineFor(List.of("Beatriz Moreau"));
            findings.add(engine.detect(doc.units().get(0).text())); // found on page 1 only
            for (int i = 1; i < doc.units().size(); i++) {
                findings.add(List.of());
            }
            out = doc.rewrite(findings, PdfTestSupport.LABEL);
        }
        String text = PdfFixtures.text(out);
        assertFalse(text.contains("Beatriz"), text);
        for (int page = 1; page <= 3; page++) {
            assertTrue(text.contains("Page " + page + " of the quarterly statement."));
        }
        assertTrue(PdfTestSupport.leaksOf("Beatriz Moreau", PdfTestSupport.everything(out)).isEmpty());
    }

    @Test
    void unitCountMismatchIsAProgrammingError() throws IOException {
        try (PdfDocument doc = open("letter.pdf")) {
            assertThrows(IllegalArgumentException.class, () -> doc.rewrite(List.of(), PdfTestSupport.LABEL));
        }
    }

    @Test
    void savedOutputIsAFullRewriteWithOneRevision() throws IOException {
        byte[] out;
        try (PdfDocument doc = open("letter.pdf")) {
            out = rewrite(doc, PdfTestSupport.engineFor(List.of("536-22-8714")));
        }
        String raw = new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(raw.indexOf("%%EOF"), raw.lastIndexOf("%%EOF"), "exactly one revision");
        assertNotNull(Loader.loadPDF(out));
    }
}
