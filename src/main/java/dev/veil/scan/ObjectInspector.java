package dev.veil.scan;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.OpenDocument;
import dev.veil.document.UnreadableDocumentException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one object's bytes into its {@link ScanRecord}: detects the type from the content (the
 * key's extension only as a hint), opens it with its format, runs detection over every text unit
 * and keeps counts per type and the highest score. Immutable and thread-safe.
 */
public final class ObjectInspector {
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry(DocumentTypes.TEXT, "text"), Map.entry(DocumentTypes.CSV, "csv"),
            Map.entry(DocumentTypes.TSV, "tsv"), Map.entry(DocumentTypes.JSON, "json"),
            Map.entry(DocumentTypes.JSON_LINES, "jsonl"), Map.entry(DocumentTypes.HTML, "html"),
            Map.entry(DocumentTypes.XHTML, "xhtml"), Map.entry(DocumentTypes.XML, "xml"),
            Map.entry(DocumentTypes.SVG, "svg"), Map.entry(DocumentTypes.PDF, "pdf"),
            Map.entry(DocumentTypes.DOCX, "docx"), Map.entry(DocumentTypes.XLSX, "xlsx"),
            Map.entry(DocumentTypes.PPTX, "pptx"));

    private final DetectionEngine engine;
    private final DocumentTypes types;
    private final DocumentFormats formats;
    private final DocumentLimits limits;

    public ObjectInspector(DetectionEngine engine, DocumentTypes types, DocumentFormats formats, DocumentLimits limits) {
        this.engine = engine;
        this.types = types;
        this.formats = formats;
        this.limits = limits;
    }

    /** An inspector with the standard types, formats and limits. */
    public static ObjectInspector standard(DetectionEngine engine) {
        return new ObjectInspector(engine, DocumentTypes.standard(), DocumentFormats.standard(),
                DocumentLimits.defaults());
    }

    /**
     * The record of an object too large to inspect, decided from its listed size so its bytes are
     * never fetched; null when the object is within the limit.
     */
    public ScanRecord refuseUnread(ObjectRef ref) {
        return ref.size() > limits.maxInputBytes() ? tooLarge(ref, null, ref.size()) : null;
    }

    private ScanRecord tooLarge(ObjectRef ref, String versionId, long size) {
        return ScanRecord.notScanned(ref, versionId, null, ScanStatus.CANNOT_INSPECT,
                "too large (" + size + " bytes, limit " + limits.maxInputBytes() + ")");
    }

    /**
     * The record of one object. Documents Veil cannot read are {@code cannot-inspect} with the
     * format's reason; an unexpected failure is {@code error} with the exception's class name only
     * (a library's message could quote the document).
     */
    public ScanRecord inspect(ObjectRef ref, String versionId, byte[] bytes) {
        if (bytes.length > limits.maxInputBytes()) {
            return tooLarge(ref, versionId, bytes.length);
        }
        DocumentTypes.DocumentType type = types.detect(bytes, fileName(ref.key()));
        String format = SHORT_NAMES.getOrDefault(type.mediaType(), type.mediaType());
        try {
            DocumentFormat documentFormat = formats.formatFor(type);
            Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
            double max = 0;
            try (OpenDocument doc = documentFormat.open(bytes, limits)) {
                for (List<Finding> unitFindings : engine.detectEach(doc.texts())) {
                    for (Finding f : unitFindings) {
                        counts.merge(f.type(), 1, Integer::sum);
                        max = Math.max(max, f.score());
                    }
                }
            }
            return ScanRecord.scanned(ref, versionId, format, counts, max);
        } catch (UnreadableDocumentException e) {
            return ScanRecord.notScanned(ref, versionId, format, ScanStatus.CANNOT_INSPECT, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return ScanRecord.notScanned(ref, versionId, format, ScanStatus.ERROR,
                    "failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String fileName(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
