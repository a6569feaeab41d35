package dev.veil.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.document.text.PlainTextFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentFormatsTest {
    private static final DocumentFormats FORMATS = DocumentFormats.standard();

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/csv", "text/tab-separated-values", "application/json",
        "application/x-ndjson", "text/html", "application/xhtml+xml", "application/xml", "image/svg+xml"})
    void everyTextTypeHasAFormatThatSaysItReadsIt(String mediaType) {
        DocumentFormat format = FORMATS.forMediaType(mediaType).orElseThrow();
        assertTrue(format.mediaTypes().contains(mediaType), format.name());
    }

    @Test
    void formatsAreCreatedOnFirstUseAndThenShared() {
        AtomicInteger created = new AtomicInteger();
        DocumentFormats formats = DocumentFormats.of(List.of(DocumentFormats.entry(() -> {
            created.incrementAndGet();
            return new PlainTextFormat();
        }, "text/plain")));
        assertEquals(0, created.get());
        DocumentFormat first = formats.forMediaType("text/plain").orElseThrow();
        assertSame(first, formats.forMediaType("text/plain").orElseThrow());
        assertEquals(1, created.get());
    }

    @Test
    void aMediaTypeClaimedTwiceIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> DocumentFormats.of(List.of(
                DocumentFormats.entry(PlainTextFormat::new, "text/plain"),
                DocumentFormats.entry(PlainTextFormat::new, "text/plain"))));
    }

    @Test
    void detectedTypesOpenThroughTheRegistryAndOthersAreRefusedWithAReason() {
        DocumentTypes types = DocumentTypes.standard();
        byte[] csv = "ssn\n123-45-6789\n".getBytes(StandardCharsets.UTF_8);
        try (OpenDocument doc = FORMATS.open(types.detect(csv, "people.csv"), csv, DocumentLimits.defaults())) {
            assertEquals("text/csv", doc.mediaType());
        }
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> FORMATS.open(types.detect(exe, "a.txt"), exe, DocumentLimits.defaults()));
        assertTrue(e.getMessage().startsWith("unsupported document type"), e.getMessage());
    }
}
