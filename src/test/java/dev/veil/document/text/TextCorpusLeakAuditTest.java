package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.OpenDocument;
import dev.veil.document.Replacer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The leak audit for text formats: every document of {@code test-documents/text/} is redacted and
 * tokenised, the output must reopen with an independent parser (Jackson, jsoup, the JDK's XML
 * parser, a strict decoder), and no seeded value of the manifest may remain in any form that
 * {@link LeakFinder} knows (other separators, case, URL-, HTML- and JSON-escaped).
 */
class TextCorpusLeakAuditTest {
    private static final Path CORPUS = Path.of("test-documents", "text");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentTypes TYPES = DocumentTypes.standard();
    private static final DocumentFormats FORMATS = DocumentFormats.standard();

    static Stream<Arguments> documents() throws IOException {
        JsonNode manifest = JSON.readTree(CORPUS.resolve("manifest.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            out.add(Arguments.of(e.getKey(), values));
        }
        return out.stream();
    }

    @Test
    void theCorpusHasEveryTextFormatAndAManifestEntryForEachFile() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.json")).sorted().toList();
        }
        JsonNode manifest = JSON.readTree(CORPUS.resolve("manifest.json").toFile());
        assertEquals(files, documents().map(a -> (String) a.get()[0]).sorted().toList());
        List<String> types = files.stream().map(f -> type(f, read(f))).distinct().sorted().toList();
        assertEquals(List.of("application/json", "application/x-ndjson", "application/xml", "image/svg+xml",
                "text/csv", "text/html", "text/plain", "text/tab-separated-values"), types);
        assertTrue(manifest.size() >= 12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void redactLeavesNoSeededValue(String file, List<String> values) throws Exception {
        audit(file, values, SeededRedaction.LABEL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void tokeniseLeavesNoSeededValue(String file, List<String> values) throws Exception {
        audit(file, values, SeededRedaction.TOKEN);
    }

    private static void audit(String file, List<String> values, Replacer replacer) throws Exception {
        byte[] in = read(file);
        String type = type(file, in);
        for (String v : values) {
            assertTrue(LeakFinder.contains(in, v), "the audit must see " + v + " in the input " + file);
        }
        DocumentFormat format = FORMATS.forMediaType(type).orElseThrow();
        try (OpenDocument doc = format.open(in, DocumentLimits.defaults())) {
            assertEquals(type, doc.mediaType(), "the format reports the type it was opened as");
        }
        byte[] out = SeededRedaction.run(format, in, replacer);
        reopen(type, out);
        for (String v : values) {
            assertFalse(LeakFinder.contains(out, v), "seeded value left in " + file + ": " + v);
        }
        assertEquals(type, type(file, out), "output keeps the input's type");
    }

    private static void reopen(String type, byte[] out) throws Exception {
        switch (type) {
            case "application/json" -> JSON.readTree(out);
            case "application/x-ndjson" -> {
                for (String line : LeakFinder.decode(out).split("\n")) {
                    if (!line.isBlank()) {
                        JSON.readTree(line);
                    }
                }
            }
            case "text/html" -> assertFalse(Jsoup.parse(LeakFinder.decode(out)).body().text().isEmpty());
            case "application/xml", "image/svg+xml" -> DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(out));
            default -> assertFalse(LeakFinder.decode(out).isEmpty());
        }
    }

    private static String type(String file, byte[] bytes) {
        return TYPES.detect(bytes, file).mediaType();
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(CORPUS.resolve(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
