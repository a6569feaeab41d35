package dev.veil.document;

import dev.veil.document.ooxml.OoxmlFormat;
import dev.veil.document.pdf.BoxStyle;
import dev.veil.document.pdf.PdfFormat;
import dev.veil.document.text.CsvFormat;
import dev.veil.document.text.HtmlFormat;
import dev.veil.document.text.JsonFormat;
import dev.veil.document.text.PlainTextFormat;
import dev.veil.document.text.XmlFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The registry of document formats: media type to {@link DocumentFormat}. A format is created the
 * first time a document of its type is opened (a PDF or OOXML format loads large libraries that a
 * deployment reading only CSV never needs) and then shared; formats are immutable and
 * thread-safe, and so is the registry.
 */
public final class DocumentFormats {
    /**
     * Every format Veil rewrites, with the media types it takes. One line per format; a family
     * that is not built yet is a commented line, enabled when its package lands.
     */
    private static List<Entry> standardFormats(BoxStyle pdfBoxes) {
        return List.of(
                entry(PlainTextFormat::new, DocumentTypes.TEXT),
                entry(CsvFormat::csv, DocumentTypes.CSV),
                entry(CsvFormat::tsv, DocumentTypes.TSV),
                entry(JsonFormat::json, DocumentTypes.JSON),
                entry(JsonFormat::jsonLines, DocumentTypes.JSON_LINES),
                entry(HtmlFormat::html, DocumentTypes.HTML),
                entry(HtmlFormat::xhtml, DocumentTypes.XHTML),
                entry(XmlFormat::new, DocumentTypes.XML, DocumentTypes.SVG),
                entry(OoxmlFormat::new, DocumentTypes.DOCX, DocumentTypes.XLSX, DocumentTypes.PPTX),
                entry(() -> new PdfFormat(pdfBoxes), DocumentTypes.PDF)
        );
    }

    /** A format, not yet created, and the media types it is registered for. */
    public record Entry(Supplier<DocumentFormat> supplier, Set<String> mediaTypes) {
        public Entry {
            mediaTypes = Set.copyOf(mediaTypes);
        }
    }

    /** Registers the format {@code supplier} creates for the given media types. */
    public static Entry entry(Supplier<DocumentFormat> supplier, String... mediaTypes) {
        return new Entry(supplier, Set.of(mediaTypes));
    }

    private final Map<String, Supplier<DocumentFormat>> byMediaType;
    private final Map<Supplier<DocumentFormat>, DocumentFormat> created = new ConcurrentHashMap<>();

    private DocumentFormats(Map<String, Supplier<DocumentFormat>> byMediaType) {
        this.byMediaType = Map.copyOf(byMediaType);
    }

    /** The registry of every built-in format, drawing black boxes over removed PDF text (redact mode). */
    public static DocumentFormats standard() {
        return standard(BoxStyle.BLACK);
    }

    /**
     * The registry of every built-in format; {@code pdfBoxes} says what PDF pages show where text was
     * removed: black boxes (redact) or boxes with the replacement written in them (tokenise).
     */
    public static DocumentFormats standard(BoxStyle pdfBoxes) {
        return of(standardFormats(pdfBoxes));
    }

    /**
     * A registry of the given formats, none created yet. A media type claimed by two entries is an
     * error, so nothing depends on the order of the list.
     */
    public static DocumentFormats of(List<Entry> entries) {
        Map<String, Supplier<DocumentFormat>> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (String type : e.mediaTypes()) {
                if (map.putIfAbsent(type, e.supplier()) != null) {
                    throw new IllegalArgumentException("two formats for " + type);
                }
            }
        }
        return new DocumentFormats(map);
    }

    /** The format that rewrites {@code mediaType}, if any. */
    public Optional<DocumentFormat> forMediaType(String mediaType) {
        Supplier<DocumentFormat> s = byMediaType.get(mediaType);
        return s == null ? Optional.empty() : Optional.of(created.computeIfAbsent(s, Supplier::get));
    }

    /** Every media type that has a format. */
    public Set<String> mediaTypes() {
        return byMediaType.keySet();
    }

    /**
     * The format that rewrites a document whose type was detected by {@link DocumentTypes}; a type
     * without a format (unsupported, text-only, encrypted) is an {@link UnreadableDocumentException}.
     */
    public DocumentFormat formatFor(DocumentTypes.DocumentType type) {
        return forMediaType(type.mediaType()).orElseThrow(() ->
                new UnreadableDocumentException(switch (type.handling()) {
                    case ENCRYPTED -> "encrypted document: cannot inspect";
                    case TEXT_ONLY -> "documents of type " + type.mediaType() + " are not rewritten in place";
                    default -> "unsupported document type " + type.mediaType();
                }));
    }

    /** Opens a document with {@link #formatFor} its detected type. */
    public OpenDocument open(DocumentTypes.DocumentType type, byte[] bytes, DocumentLimits limits) {
        return formatFor(type).open(bytes, limits);
    }
}
