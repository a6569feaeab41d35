package dev.veil.cli;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.LegacyText;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextUnit;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.document.audit.IndependentText;
import dev.veil.document.audit.LeakSearch;
import dev.veil.document.pdf.BoxStyle;
import dev.veil.pipeline.DocumentRedactor;
import dev.veil.transform.KeyedTokenOperator;
import dev.veil.transform.NameTokens;
import dev.veil.transform.OperatorPolicy;
import dev.veil.transform.TokenKey;
import dev.veil.transform.Transformer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The leak audit of one document: find its personal data (the engine's findings plus any seeded
 * values the caller knows of), redact it and tokenise it the way {@code veil redact} and the
 * function do, then look for every value in each answer read back by independent means
 * ({@link IndependentText}) in every disclosing form ({@link LeakSearch}), and check that each
 * answer reopens with Veil's own readers. Legacy formats (.doc, .xls, .ppt, .rtf) are audited on
 * the text answer that {@code unsupported: text} gives.
 */
final class DocumentAudit {
    /** The modes audited, in order. */
    static final List<String> MODES = List.of("redact", "tokenise");

    /** A value to look for and where it came from: an entity type, or "seeded". */
    record Value(String text, String source) {
        /**
         * Whether the value with other separators counts as a leak: yes for seeded values and
         * anything with a digit; not for words a detector picked out of prose (a false "name"
         * such as "A. String-Cluster" recurs as ordinary words "a string cluster").
         */
        boolean looseFormsLeak() {
            return source.equals("seeded") || text.chars().anyMatch(Character::isDigit);
        }
    }

    /** A value found in an answer, and in which forms. */
    record Leak(String mode, Value value, List<LeakSearch.Form> forms) {
    }

    /**
     * What the audit found. {@code cannotInspect} is set (and the rest empty) when Veil cannot
     * read the document at all; {@code notReopened} lists the modes whose answer did not reopen.
     */
    record Outcome(String format, Optional<String> cannotInspect, List<Value> values,
                   Map<String, Integer> replaced, List<Leak> leaks, List<String> notReopened) {
        boolean passed() {
            return cannotInspect.isEmpty() && leaks.isEmpty() && notReopened.isEmpty();
        }
    }

    private final DetectionEngine engine;
    private final DocumentTypes types = DocumentTypes.standard();
    private final DocumentFormats labelled = DocumentFormats.standard(BoxStyle.BLACK);
    private final DocumentFormats tokenised = DocumentFormats.standard(BoxStyle.TEXT);
    private final DocumentLimits limits = DocumentLimits.defaults();
    private final DocumentRedactor redactor;
    private final int minLength;
    private final TokenKey key = TokenKey.generate(new SecureRandom(), Instant.now());

    DocumentAudit(DetectionEngine engine, int minLength) {
        this.engine = engine;
        this.redactor = new DocumentRedactor(engine);
        this.minLength = minLength;
    }

    Outcome audit(byte[] original, String fileName, Collection<String> seeded) {
        DocumentTypes.DocumentType type = types.detect(original, fileName);
        Optional<DocumentFormat> format = labelled.forMediaType(type.mediaType());
        byte[] input = original;
        String mediaType = type.mediaType();
        String formatName;
        if (format.isPresent()) {
            formatName = format.get().name();
        } else if (LegacyText.reads(type.mediaType())) {
            try {
                input = LegacyText.extract(original, type.mediaType(), limits).getBytes(StandardCharsets.UTF_8);
            } catch (UnreadableDocumentException e) {
                return cannotInspect(type.mediaType(), e.getMessage());
            }
            formatName = "text answer of " + type.mediaType();
            mediaType = DocumentTypes.TEXT;
            format = labelled.forMediaType(mediaType);
        } else {
            return cannotInspect(type.mediaType(), "no reader for " + type.mediaType());
        }
        List<Value> values;
        try {
            values = values(format.get(), input, original, seeded);
        } catch (UnreadableDocumentException e) {
            return cannotInspect(formatName, e.getMessage());
        }
        Map<String, Integer> replaced = new LinkedHashMap<>();
        List<Leak> leaks = new ArrayList<>();
        List<String> notReopened = new ArrayList<>();
        for (String mode : MODES) {
            boolean tokenise = mode.equals("tokenise");
            DocumentFormat f = (tokenise ? tokenised : labelled).forMediaType(mediaType).orElseThrow();
            Transformer transformer = new Transformer(tokenise
                    ? OperatorPolicy.builder().defaultOperator(new KeyedTokenOperator(key, NameTokens.FULL_NAME)).build()
                    : OperatorPolicy.labels());
            var tally = transformer.tally();
            DocumentRedactor.Result answer;
            try {
                answer = redactor.redact(f, input, limits,
                        (finding, value) -> transformer.replace(finding, value, tally));
            } catch (UnreadableDocumentException e) {
                return cannotInspect(formatName, e.getMessage());
            }
            replaced.put(mode, answer.replaced());
            LeakSearch search = new LeakSearch(IndependentText.of(answer.bytes(), limits.maxExpandedBytes()));
            for (Value v : values) {
                List<LeakSearch.Form> forms = search.find(v.text(), v.looseFormsLeak());
                if (!forms.isEmpty()) {
                    leaks.add(new Leak(mode, v, forms));
                }
            }
            if (!reopens(f, answer.bytes())) {
                notReopened.add(mode);
            }
        }
        return new Outcome(formatName, Optional.empty(), values, replaced, leaks, notReopened);
    }

    /**
     * The values to look for: what the engine finds in the document, and the seeded values, each
     * kept only if the original discloses it (a seeded value the original does not hold cannot
     * leak) and it is at least {@code minLength} characters long.
     */
    private List<Value> values(DocumentFormat format, byte[] input, byte[] original, Collection<String> seeded) {
        Map<String, Value> byText = new LinkedHashMap<>();
        try (OpenDocument doc = format.open(input, limits)) {
            List<TextUnit> units = doc.units();
            List<List<Finding>> found = engine.detectEach(doc.texts());
            for (int i = 0; i < units.size(); i++) {
                TextUnit u = units.get(i);
                for (Finding f : found.get(i)) {
                    String v = u.text().substring(f.start(), f.end()).strip();
                    if (v.length() >= minLength) {
                        byText.putIfAbsent(v, new Value(v, f.type().name()));
                    }
                }
            }
        }
        LeakSearch inOriginal = new LeakSearch(IndependentText.of(original, limits.maxExpandedBytes())
                + "\n" + new String(input, StandardCharsets.UTF_8));
        for (String s : seeded) {
            if (s.length() >= minLength && !inOriginal.find(s).isEmpty()) {
                byText.putIfAbsent(s, new Value(s, "seeded"));
            }
        }
        return List.copyOf(byText.values());
    }

    /**
     * Whether an answer opens again: with PDFBox for a PDF (a page Veil rasterised has no text
     * layer left, which Veil's own reader rightly refuses to inspect), with Veil's reader otherwise.
     */
    private boolean reopens(DocumentFormat format, byte[] answer) {
        if (format.mediaTypes().contains(DocumentTypes.PDF)) {
            try (PDDocument pdf = Loader.loadPDF(answer)) {
                return pdf.getNumberOfPages() > 0;
            } catch (IOException e) {
                return false;
            }
        }
        try (OpenDocument doc = format.open(answer, limits.forOwnOutput())) {
            return doc.units() != null;
        } catch (UnreadableDocumentException | IllegalStateException e) {
            return false;
        }
    }

    private static Outcome cannotInspect(String format, String reason) {
        return new Outcome(format, Optional.of(reason), List.of(), Map.of(), List.of(), List.of());
    }
}
