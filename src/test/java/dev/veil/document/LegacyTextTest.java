package dev.veil.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text of the legacy corpus (made by LibreOffice from the Office corpus): every seeded value the manifest lists. */
class LegacyTextTest {
    private static final Path DIR = Path.of("test-documents/legacy");

    @ParameterizedTest
    @CsvSource({"letter.doc, application/msword", "customers.xls, application/vnd.ms-excel",
            "refunds.ppt, application/vnd.ms-powerpoint", "letter.rtf, application/rtf"})
    void legacyFilesAreTypedAndTheirTextHoldsTheSeededValues(String file, String mediaType) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(file));
        DocumentTypes.DocumentType type = DocumentTypes.standard().detect(bytes, file);
        assertEquals(mediaType, type.mediaType());
        assertEquals(DocumentTypes.Handling.TEXT_ONLY, type.handling());
        assertTrue(LegacyText.reads(type.mediaType()));
        String text = LegacyText.extract(bytes, type.mediaType(), DocumentLimits.defaults());
        JsonNode seeded = new ObjectMapper().readTree(DIR.resolve("manifest.json").toFile()).get(file);
        assertTrue(seeded.size() >= 3, "the manifest lists values for " + file);
        for (JsonNode v : seeded) {
            assertTrue(text.contains(v.asText()), file + ": seeded value #" + v + " in the text");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.doc", "customers.xls", "refunds.ppt", "letter.rtf"})
    void truncatedLegacyFilesAreRefusedWithAReason(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(file));
        String mediaType = DocumentTypes.standard().detect(bytes, file).mediaType();
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 3);
        try {
            String text = LegacyText.extract(cut, mediaType, DocumentLimits.defaults());
            // RTF readers tolerate a cut; what they return must still be a prefix of the whole text.
            assertTrue(LegacyText.extract(bytes, mediaType, DocumentLimits.defaults()).startsWith(text.strip())
                    || text.isBlank(), file);
        } catch (UnreadableDocumentException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "application/zip", "text/plain"})
    void otherTypesAreNotExtractedHere(String mediaType) {
        assertFalse(LegacyText.reads(mediaType));
        assertThrows(UnreadableDocumentException.class,
                () -> LegacyText.extract(new byte[] {1, 2, 3}, mediaType, DocumentLimits.defaults()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/msword", "application/vnd.ms-excel"})
    void garbageIsRefused(String mediaType) {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertThrows(UnreadableDocumentException.class, () -> LegacyText.extract(junk, mediaType, DocumentLimits.defaults()));
    }

    @org.junit.jupiter.api.Test
    void rtfTableCellsStaySeparateSoValuesKeepTheirBoundaries() throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve("letter.rtf"));
        String text = LegacyText.extract(bytes, "application/rtf", DocumentLimits.defaults());
        assertTrue(text.contains("Name\tSSN\tIBAN"), "header cells apart");
        assertTrue(text.contains("Fatima Okafor\t536-22-8174\tDE89 3704 0044 0532 0130 00"), "row cells apart");
    }

    @org.junit.jupiter.api.Test
    void rtfCellAndRowEndsBecomeTabsAndLineBreaksButEscapedTextIsKept() {
        assertEquals("A\tB\t\nC", rtfText("{\\rtf1 A\\cell B\\cell\\row C}"));
        assertEquals("A\tB", rtfText("{\\rtf1 A\\nestcell B\\nestrow}"));
        assertEquals("\\cell and kept", rtfText("{\\rtf1 \\\\cell and \\cellx200 kept}"));
    }

    private static String rtfText(String rtf) {
        return LegacyText.extract(rtf.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "application/rtf",
                DocumentLimits.defaults()).replace("\r", "").strip();
    }
}
