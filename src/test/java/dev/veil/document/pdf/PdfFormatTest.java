package dev.veil.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.UnreadableDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What PDF input is refused, with which reason, and what is read despite damage. */
class PdfFormatTest {
    private static final DocumentLimits LIMITS = DocumentLimits.defaults();

    private static String refusal(byte[] bytes, DocumentLimits limits) {
        return assertThrows(UnreadableDocumentException.class, () -> new PdfFormat().open(bytes, limits))
                .getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello, this is text", "PK\u0003\u0004 a zip archive, say a DOCX renamed .pdf",
        "<html><body>not a pdf</body></html>"})
    void bytesThatAreNotAPdfAreRefused(String content) {
        assertTrue(refusal(content.getBytes(StandardCharsets.ISO_8859_1), LIMITS).startsWith("not a PDF"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.9})
    void truncatedFilesAreRefused(double keep) throws IOException {
        byte[] letter = PdfTestSupport.corpusFile("letter.pdf");
        byte[] cut = Arrays.copyOf(letter, (int) (letter.length * keep));
        assertTrue(refusal(cut, LIMITS).startsWith("truncated PDF"));
    }

    @Test
    void garbageBetweenHeaderAndEndIsACorruptPdf() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not PDF syntax )))\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(refusal(junk, LIMITS).startsWith("corrupt PDF"));
    }

    @Test
    void brokenCrossReferenceOffsetsAreRepairedAndTheFileIsStillRedactedCleanly() throws IOException {
        byte[] letter = PdfTestSupport.corpusFile("letter.pdf");
        String s = new String(letter, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf("startxref") + "startxref".length();
        String broken = s.substring(0, at) + "\n999999\n%%EOF\n";
        byte[] input = broken.getBytes(StandardCharsets.ISO_8859_1);
        List<String> seeded = PdfTestSupport.manifest().get("letter.pdf");
        byte[] output = PdfTestSupport.redact(input, PdfTestSupport.engineFor(seeded), PdfTestSupport.LABEL,
                BoxStyle.BLACK);
        String everything = PdfTestSupport.everything(output);
        for (String v : seeded) {
            assertEquals(List.of(), PdfTestSupport.leaksOf(v, everything));
        }
    }

    @Test
    void inputOverTheSizeLimitIsRefused() throws IOException {
        byte[] letter = PdfTestSupport.corpusFile("letter.pdf");
        DocumentLimits small = new DocumentLimits(1000, 2000, 10_000, 0.01, 1L << 30, 200);
        assertTrue(refusal(letter, small).contains("larger than the limit"));
    }

    @Test
    void morePagesThanTheLimitAreRefused() throws IOException {
        byte[] letter = PdfTestSupport.corpusFile("letter.pdf"); // two pages
        DocumentLimits onePage = new DocumentLimits(100L << 20, 1, 10_000, 0.01, 1L << 30, 200);
        assertTrue(refusal(letter, onePage).contains("over the limit of 1"));
    }

    @Test
    void passwordProtectedPdfCannotBeInspected() throws IOException {
        byte[] protectedPdf = encrypt(PdfTestSupport.corpusFile("letter.pdf"), "user-secret");
        assertEquals(PdfFormat.ENCRYPTED, refusal(protectedPdf, LIMITS));
    }

    @Test
    void ownerPasswordOnlyPdfIsReadAndWrittenBackWithoutEncryption() throws IOException {
        byte[] ownerOnly = encrypt(PdfTestSupport.corpusFile("letter.pdf"), "");
        List<String> seeded = PdfTestSupport.manifest().get("letter.pdf");
        byte[] output = PdfTestSupport.redact(ownerOnly, PdfTestSupport.engineFor(seeded), PdfTestSupport.LABEL,
                BoxStyle.BLACK);
        try (PDDocument out = Loader.loadPDF(output)) {
            assertFalse(out.isEncrypted());
        }
        assertFalse(PdfFixtures.text(output).contains("536-22-8714"));
    }

    @Test
    void scannedPdfWithoutATextLayerCannotBeInspected() throws IOException {
        assertEquals(PdfFormat.NO_TEXT_LAYER, refusal(PdfFixtures.scanned(), LIMITS));
    }

    @Test
    void formXObjectThatDrawsItselfDoesNotHangOrCrash() throws IOException {
        byte[] input = PdfFixtures.withContent("BT /F1 12 Tf 72 700 Td (Maria Smith) Tj ET");
        byte[] looped;
        try (PDDocument doc = Loader.loadPDF(input)) {
            var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
            form.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 100));
            var res = new org.apache.pdfbox.pdmodel.PDResources();
            form.setResources(res);
            res.put(org.apache.pdfbox.cos.COSName.getPDFName("Me"), form);
            try (var os = form.getContentStream().createOutputStream()) {
                os.write("/Me Do".getBytes(StandardCharsets.ISO_8859_1));
            }
            doc.getPage(0).getResources().put(org.apache.pdfbox.cos.COSName.getPDFName("Loop"), form);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, doc.getPage(0),
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                cs.drawForm(form);
            }
            looped = PdfFixtures.save(doc);
        }
        byte[] output = PdfTestSupport.redact(looped, PdfTestSupport.engineFor(List.of("Maria Smith")),
                PdfTestSupport.LABEL, BoxStyle.BLACK);
        assertFalse(PdfFixtures.text(output).contains("Maria"));
    }

    @Test
    void describesItself() {
        PdfFormat pdf = new PdfFormat();
        assertEquals("pdf", pdf.name());
        assertEquals(java.util.Set.of("application/pdf"), pdf.mediaTypes());
        try (OpenDocument doc = pdf.open(PdfFixtures.withContentUnchecked("BT /F1 9 Tf (x) Tj ET"), LIMITS)) {
            assertEquals("application/pdf", doc.mediaType());
        }
    }

    private static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return PdfFixtures.save(doc);
        }
    }
}
