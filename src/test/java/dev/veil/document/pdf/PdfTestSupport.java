package dev.veil.document.pdf;

import dev.veil.detect.CustomPattern;
import dev.veil.detect.CustomPatternDetector;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.Replacer;
import dev.veil.document.TextUnit;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Corpus, engines, replacers and an independent leak search for the PDF tests. */
final class PdfTestSupport {
    static final Path CORPUS = Path.of("test-documents", "pdf");

    /** Redact: the type as a label. */
    static final Replacer LABEL = (f, value) -> "[" + f.type() + "]";

    /** Tokenise-like: same length, letters stay letters and digits stay digits, keyed by the value. */
    static final Replacer TOKEN = (f, value) -> {
        int h = value.hashCode();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            h = h * 31 + 7;
            int r = Math.floorMod(h, 26);
            b.append(Character.isDigit(c) ? (char) ('0' + r % 10) : Character.isLetter(c) ? (char) ('q' + r % 9) : c);
        }
        return b.toString();
    };

    private PdfTestSupport() {
    }

    static Map<String, List<String>> manifest() throws IOException {
        return new ObjectMapper().readValue(CORPUS.resolve("manifest.json").toFile(),
                new TypeReference<LinkedHashMap<String, List<String>>>() { });
    }

    static byte[] corpusFile(String name) throws IOException {
        return Files.readAllBytes(CORPUS.resolve(name));
    }

    /** An engine that finds exactly the given values (any whitespace between their words). */
    static DetectionEngine engineFor(List<String> values) {
        List<CustomPatternDetector> detectors = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            detectors.add(new CustomPatternDetector(new CustomPattern("seed" + i, EntityType.NAME,
                    literal(values.get(i)), 0.9, List.of(), false)));
        }
        return DetectionEngine.builder().detectors(detectors).build();
    }

    /** RE2 regex for a literal value: ASCII punctuation escaped, whitespace runs flexible. */
    static String literal(String value) {
        StringBuilder b = new StringBuilder();
        for (String word : value.trim().split("\\s+")) {
            if (b.length() > 0) {
                b.append("\\s+");
            }
            for (char c : word.toCharArray()) {
                if (c < 128 && !Character.isLetterOrDigit(c)) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** open → detect each unit → rewrite: what the pipeline will do. */
    static byte[] redact(byte[] pdf, DetectionEngine engine, Replacer replacer, BoxStyle style) {
        try (OpenDocument doc = new PdfFormat(style).open(pdf, DocumentLimits.defaults())) {
            List<List<Finding>> findings = new ArrayList<>();
            for (TextUnit unit : doc.units()) {
                findings.add(engine.detect(unit.text()));
            }
            return doc.rewrite(findings, replacer);
        }
    }

    /**
     * Everything a reader or a tool could get out of the PDF, by other means than Veil's own
     * reader: PDFBox's text, every string object, every decoded non-image stream, the raw bytes.
     */
    static String everything(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1)).append('\n');
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            all.append(new PDFTextStripper().getText(doc)).append('\n');
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject o = doc.getDocument().getObjectFromPool(key);
                collect(o.getObject(), all, 0);
            }
        }
        return all.toString();
    }

    private static void collect(COSBase b, StringBuilder all, int depth) throws IOException {
        if (b == null || depth > 50) {
            return;
        }
        if (b instanceof COSString s) {
            all.append(s.getString()).append('\n');
        } else if (b instanceof COSStream s) {
            if (!COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                try (InputStream in = s.createInputStream()) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
                } catch (IOException e) {
                    all.append(new String(s.createRawInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
            for (COSBase v : s.getValues()) {
                collect(v, all, depth + 1);
            }
        } else if (b instanceof org.apache.pdfbox.cos.COSDictionary d) {
            for (COSBase v : d.getValues()) {
                collect(v, all, depth + 1);
            }
        } else if (b instanceof org.apache.pdfbox.cos.COSArray a) {
            for (COSBase v : a) {
                collect(v, all, depth + 1);
            }
        }
    }

    /** The forms of a value that count as a leak: as is, any case, without separators, URL-encoded. */
    static List<String> leaksOf(String value, String haystack) {
        List<String> found = new ArrayList<>();
        String lower = haystack.toLowerCase(Locale.ROOT);
        if (lower.contains(value.toLowerCase(Locale.ROOT))) {
            found.add("verbatim");
        }
        if (lower.contains(URLEncoder.encode(value, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT))) {
            found.add("url-encoded");
        }
        String compact = PdfVerifier.compact(value);
        if (compact.length() >= 4 && PdfVerifier.compact(haystack).contains(compact)) {
            found.add("without separators");
        }
        return found;
    }
}
