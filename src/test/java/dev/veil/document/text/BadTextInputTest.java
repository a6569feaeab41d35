package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.OpenDocument;
import dev.veil.document.UnreadableDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken, hostile and mislabelled input: every text format either reads it or refuses it with an
 * {@link UnreadableDocumentException} whose reason quotes nothing of the document; nothing else
 * escapes, and nothing takes long.
 */
class BadTextInputTest {
    private static final DocumentFormats FORMATS = DocumentFormats.standard();
    private static final DocumentTypes TYPES = DocumentTypes.standard();
    private static final DocumentLimits LIMITS = DocumentLimits.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"letter-crlf.txt", "notes-utf16le-bom.txt", "customers.csv", "staff.tsv", "profile.json",
        "events.jsonl", "page.html", "records.xml", "badge.svg"})
    void truncatedAndCorruptedCopiesAreReadOrRefusedCleanly(String file) throws IOException {
        byte[] original = Files.readAllBytes(Path.of("test-documents", "text", file));
        DocumentFormat format = FORMATS.forMediaType(TYPES.detect(original, file).mediaType()).orElseThrow();
        Random random = new Random(file.hashCode());
        for (int i = 0; i < 150; i++) {
            byte[] broken = i < 50
                    ? Arrays.copyOf(original, random.nextInt(original.length))
                    : mutate(original, random);
            try {
                assertNotNull(SeededRedaction.run(format, broken, SeededRedaction.LABEL));
            } catch (UnreadableDocumentException refused) {
                assertFalse(refused.getMessage().contains("Mary") || refused.getMessage().contains("@example"),
                        refused.getMessage());
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
            int at = random.nextInt(b.length);
            b[at] = switch (random.nextInt(4)) {
                case 0 -> '"';
                case 1 -> '<';
                case 2 -> (byte) random.nextInt(256);
                default -> '{';
            };
        }
        return b;
    }

    @Test
    void everyTextFormatRefusesInputOverTheSizeLimit() {
        DocumentLimits small = new DocumentLimits(16, 1, 1, 0.01, 64, 10);
        byte[] big = "{\"name\": \"Mary Smith\", \"x\": 1}".getBytes(StandardCharsets.UTF_8);
        for (String type : FORMATS.mediaTypes()) {
            DocumentFormat format = FORMATS.forMediaType(type).orElseThrow();
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> format.open(big, small),
                    type);
            assertTrue(e.getMessage().contains("larger than"), e.getMessage());
        }
    }

    @Test
    void binaryContentIsRefusedByEveryTextFormat() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        for (String type : FORMATS.mediaTypes()) {
            DocumentFormat format = FORMATS.forMediaType(type).orElseThrow();
            assertThrows(UnreadableDocumentException.class, () -> format.open(binary, LIMITS), type);
        }
    }

    @Test
    void aZipNamedCsvIsNotReadAsText() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        DocumentTypes.DocumentType t = TYPES.detect(zip, "people.csv");
        assertTrue(t.mismatch());
        assertThrows(UnreadableDocumentException.class, () -> FORMATS.open(t, zip, LIMITS));
    }

    @Test
    void anEncryptedPackageIsCannotInspect() {
        byte[] ole = new byte[600];
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(header, 0, ole, 0, header.length);
        byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, ole, 512, name.length);
        DocumentTypes.DocumentType t = TYPES.detect(ole, "secret.xlsx");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> FORMATS.open(t, ole, LIMITS));
        assertTrue(e.getMessage().contains("cannot inspect"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml", "html", "csv", "txt"})
    void pathologicalOneMegabyteInputsAreQuick(String kind) {
        String mb = switch (kind) {
            case "json" -> "[" + "\"a\",".repeat(250_000) + "1]";
            case "xml" -> "<r>" + "<a x=\"1\">t</a>".repeat(60_000) + "</r>";
            case "html" -> "<div>".repeat(150) + "<b>x</b>".repeat(120_000);
            case "csv" -> "\"" + "a,b\n".repeat(250_000);
            default -> "x".repeat(1 << 20);
        };
        String type = switch (kind) {
            case "json" -> DocumentTypes.JSON;
            case "xml" -> DocumentTypes.XML;
            case "html" -> DocumentTypes.HTML;
            case "csv" -> DocumentTypes.CSV;
            default -> DocumentTypes.TEXT;
        };
        // Format work only (reading, units, writing back): quadratic behaviour on 1 MB takes many
        // minutes; linear work takes well under a second, so the bound leaves room for a busy machine.
        long start = System.nanoTime();
        try (OpenDocument doc = FORMATS.forMediaType(type).orElseThrow().open(mb.getBytes(StandardCharsets.UTF_8), LIMITS)) {
            assertFalse(doc.units().isEmpty());
            doc.units().forEach(u -> u.pieces().stream().filter(p -> p.segment() != null).findFirst()
                    .ifPresent(p -> p.segment().replace("[X]")));
            assertTrue(doc.save().length > 0);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 60_000, kind + " took " + ms + " ms");
    }
}
