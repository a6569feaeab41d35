package dev.veil.document.ooxml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.document.DocumentLimits;
import dev.veil.document.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is refused with a clear reason, never a crash and never a partial result. */
class OoxmlBadInputTest {
    private static final DocumentLimits DEFAULTS = DocumentLimits.defaults();

    private static String refusal(byte[] bytes, DocumentLimits limits) {
        return assertThrows(UnreadableDocumentException.class, () -> new OoxmlFormat().open(bytes, limits).close())
                .getMessage();
    }

    private static void assertRefused(byte[] bytes, DocumentLimits limits, String reasonPart) {
        String reason = refusal(bytes, limits);
        assertTrue(reason.contains(reasonPart), "reason was: " + reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello, this is plain text named report.docx", "%PDF-1.7\n1 0 obj"})
    void nonZipInputIsRefused(String content) {
        refusal(content.getBytes(StandardCharsets.UTF_8), DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 200, 1000, 4000})
    void truncatedPackageIsRefused(int length) {
        byte[] whole = OfficeCorpus.read("letter.docx");
        refusal(Arrays.copyOf(whole, length), DEFAULTS);
    }

    @Test
    void corruptedBytesInsideThePackageAreRefused() {
        byte[] bytes = OfficeCorpus.read("review.docx");
        for (int i = 2000; i < 6000; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        refusal(bytes, DEFAULTS);
    }

    @Test
    void zipThatIsNoOfficeDocumentIsRefused() throws IOException {
        refusal(zip(Map.of("notes.txt", "Robert Chen".getBytes(StandardCharsets.UTF_8))), DEFAULTS);
    }

    @Test
    void encryptedDocumentCannotBeInspected() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("synthetic-password");
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(OfficeCorpus.read("letter.docx")));
             OutputStream os = encryptor.getDataStream(fs)) {
            pkg.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        assertRefused(out.toByteArray(), DEFAULTS, "cannot inspect");
    }

    @Test
    void legacyBinaryOfficeFileIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertRefused(out.toByteArray(), DEFAULTS, "legacy");
    }

    @Test
    void oversizedInputIsRefused() {
        DocumentLimits small = new DocumentLimits(1000, 2_000, 10_000, 0.01, 1L << 30, 200);
        assertRefused(OfficeCorpus.read("letter.docx"), small, "larger than");
    }

    @Test
    void packageWithTooManyPartsIsRefused() {
        DocumentLimits fewParts = new DocumentLimits(1L << 26, 2_000, 5, 0.01, 1L << 30, 200);
        assertRefused(OfficeCorpus.read("letter.docx"), fewParts, "parts");
    }

    @Test
    void zipBombIsRefused() throws IOException {
        byte[] bomb = withPart(OfficeCorpus.read("letter.docx"), "word/media/bomb.xml", new byte[40 * 1024 * 1024]);
        assertTrue(bomb.length < 1024 * 1024, "the bomb should be small when compressed");
        assertRefused(bomb, DEFAULTS, "zip bomb");
    }

    /**
     * A part that compresses better than the ratio but stays under the guard's grace (a redacted
     * contact list: the same labels row after row) opens: POI's own check, from 100 KB, once
     * refused it as "not a readable OOXML package" though the guard passed it.
     */
    @Test
    void aRepetitivePartUnderTheRatioGraceOpens() throws IOException {
        byte[] original = OfficeCorpus.read("letter.docx");
        String xml = new String(entry(original, "word/document.xml"), StandardCharsets.UTF_8);
        String rows = "<w:p><w:r><w:t>[NAME], [EMAIL_ADDRESS], [PHONE], Portland</w:t></w:r></w:p>".repeat(4000);
        byte[] part = xml.replace("<w:body>", "<w:body>" + rows).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = withPart(original, "word/document.xml", part);
        assertTrue(part.length > 200 * 1024 && part.length < 1024 * 1024, "between POI's start and the guard's: " + part.length);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(part);
        deflater.finish();
        int compressed = deflater.deflate(new byte[part.length]);
        deflater.end();
        assertTrue(compressed * 100L < part.length, "compresses beyond the ratio: " + compressed);
        try (var doc = new OoxmlFormat().open(bytes, DEFAULTS)) {
            assertTrue(doc.units().stream().anyMatch(u -> u.text().contains("[EMAIL_ADDRESS]")));
        }
    }

    /** A document this process wrote is reopened without the ratio: the rest of the limits hold. */
    @Test
    void ownOutputLimitsDropOnlyTheRatio() {
        DocumentLimits own = DEFAULTS.forOwnOutput();
        assertTrue(own.minInflateRatio() == 0.0);
        assertTrue(own.maxExpandedBytes() == DEFAULTS.maxExpandedBytes() && own.maxParts() == DEFAULTS.maxParts()
                && own.maxInputBytes() == DEFAULTS.maxInputBytes() && own.maxNestingDepth() == DEFAULTS.maxNestingDepth()
                && own.maxPages() == DEFAULTS.maxPages());
    }

    @Test
    void packageExpandingBeyondTheLimitIsRefused() {
        DocumentLimits tight = new DocumentLimits(1L << 26, 2_000, 10_000, 0.0001, 20_000, 200);
        assertRefused(OfficeCorpus.read("letter.docx"), tight, "expands beyond");
    }

    @ParameterizedTest
    @ValueSource(strings = {"word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"})
    void externalEntityInAPartIsRefusedAndNeverResolved(String part) throws IOException {
        String secret = "file:///etc/hostname";
        byte[] original = OfficeCorpus.read("letter.docx");
        String xml = new String(entry(original, part), StandardCharsets.UTF_8);
        int rootStart = xml.indexOf('<', xml.indexOf("?>"));
        String evil = xml.substring(0, rootStart) + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret + "\">]>"
                + xml.substring(rootStart).replaceFirst("(<w:t[^>]*>)", "$1&xxe;");
        byte[] bytes = withPart(original, part, evil.getBytes(StandardCharsets.UTF_8));
        String reason = refusal(bytes, DEFAULTS);
        assertFalse(reason.contains("/etc"), reason);
    }

    @Test
    void deeplyNestedXmlIsRefused() throws IOException {
        byte[] original = OfficeCorpus.read("letter.docx");
        String xml = new String(entry(original, "word/document.xml"), StandardCharsets.UTF_8);
        String nested = "<w:sdt><w:sdtContent>".repeat(150) + "</w:sdtContent></w:sdt>".repeat(150);
        byte[] bytes = withPart(original, "word/document.xml",
                xml.replace("<w:body>", "<w:body>" + nested).getBytes(StandardCharsets.UTF_8));
        assertRefused(bytes, DEFAULTS, "nested deeper");
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    /** A copy of the package with {@code name} replaced (or added). */
    private static byte[] withPart(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            boolean replaced = false;
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    z.write(content);
                    replaced = true;
                } else {
                    z.write(in.readAllBytes());
                }
                z.closeEntry();
            }
            if (!replaced) {
                z.putNextEntry(new ZipEntry(name));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
