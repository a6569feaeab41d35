package dev.veil.testing;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextDecoding;
import dev.veil.document.TextUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A format-independent leak audit for end-to-end tests: the values the default engine finds in
 * an original (five characters or more, as the redactor replaces everywhere) must not appear in
 * the text of the answer, read back with Veil's own formats and, for text formats, as raw text.
 */
public final class LeakAudit {
    private static final DetectionEngine ENGINE = DetectionEngine.defaults();
    private static final DocumentTypes TYPES = DocumentTypes.standard();
    private static final DocumentFormats FORMATS = DocumentFormats.standard();

    private LeakAudit() {
    }

    /** The corpus files a front door should rewrite: every file under {@code test-documents/} but READMEs and manifests. */
    public static List<Path> corpus() {
        try (Stream<Path> files = Files.walk(Path.of("test-documents"))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("manifest.json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether Veil can open the document at all (a scanned PDF without text cannot be inspected). */
    public static boolean readable(byte[] doc, String name) {
        try (OpenDocument d = FORMATS.open(TYPES.detect(doc, name), doc, DocumentLimits.defaults())) {
            return d.units() != null;
        } catch (dev.veil.document.UnreadableDocumentException e) {
            return false;
        }
    }

    /** The values detected in a document (five characters or more). */
    public static Set<String> detectedValues(byte[] doc, String name) {
        Set<String> values = new TreeSet<>();
        try (OpenDocument d = FORMATS.open(TYPES.detect(doc, name), doc, DocumentLimits.defaults())) {
            for (TextUnit u : d.units()) {
                for (Finding f : ENGINE.detect(u.text())) {
                    String v = u.text().substring(f.start(), f.end());
                    if (v.length() >= 5) {
                        values.add(v);
                    }
                }
            }
        }
        return values;
    }

    /** All text of a document as Veil reads it, plus the raw text of text formats. */
    public static String allText(byte[] doc, String name) {
        StringBuilder sb = new StringBuilder();
        DocumentTypes.DocumentType type = TYPES.detect(doc, name);
        try (OpenDocument d = FORMATS.open(type, doc, DocumentLimits.defaults())) {
            for (TextUnit u : d.units()) {
                sb.append(u.text()).append('\n');
            }
        } catch (dev.veil.document.UnreadableDocumentException e) {
            // An answer with no text layer (a PDF whose pages were all rasterised): search its raw bytes.
            sb.append(new String(doc, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        if (Set.of(DocumentTypes.TEXT, DocumentTypes.CSV, DocumentTypes.TSV, DocumentTypes.JSON, DocumentTypes.JSON_LINES,
                DocumentTypes.HTML, DocumentTypes.XHTML, DocumentTypes.XML, DocumentTypes.SVG).contains(type.mediaType())) {
            sb.append(TextDecoding.decode(doc).text());
        }
        return sb.toString();
    }

    /** The values still present in {@code out}, as indexes into {@code values} (never the values themselves). */
    public static List<Integer> leaks(byte[] out, String name, Set<String> values) {
        String text = allText(out, name);
        List<Integer> leaked = new ArrayList<>();
        int i = 0;
        for (String v : values) {
            if (text.contains(v)) {
                leaked.add(i);
            }
            i++;
        }
        return leaked;
    }
}
