package dev.veil.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what a document is from its bytes (Tika's magic, zip and OLE2 structure, a look at
 * text), with the file name only as a hint that can make a text type more precise (CSV, JSON,
 * HTML, XML are all "text" to magic). When content and name disagree, the content wins: a
 * {@code .txt} that is a PDF is a PDF, a {@code .pdf} that is text is text, a {@code .docx} that
 * is a plain zip is unsupported. Immutable and thread-safe.
 */
public final class DocumentTypes {
    public static final String TEXT = "text/plain";
    public static final String CSV = "text/csv";
    public static final String TSV = "text/tab-separated-values";
    public static final String JSON = "application/json";
    public static final String JSON_LINES = "application/x-ndjson";
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String XML = "application/xml";
    public static final String SVG = "image/svg+xml";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ENCRYPTED_OOXML = "application/x-tika-ooxml-protected";
    public static final String UNKNOWN = "application/octet-stream";

    /** What Veil can do with a type. */
    public enum Handling {
        /** Veil rewrites it in its own format. */
        REWRITE,
        /** Tika can extract its text (for deny decisions and the text fallback); it is not rewritten. */
        TEXT_ONLY,
        /** Encrypted or password-protected: cannot be inspected. */
        ENCRYPTED,
        /** Archives, executables, media, anything else. */
        UNSUPPORTED
    }

    /**
     * The detected type. {@code declaredType} is what the file name suggested ({@code null} without
     * a name or when the name says nothing).
     */
    public record DocumentType(String mediaType, Handling handling, String declaredType) {
        /** True when the name suggested a different type than the content has. */
        public boolean mismatch() {
            return declaredType != null && !declaredType.equals(mediaType);
        }
    }

    private static final Set<String> REWRITABLE = Set.of(TEXT, CSV, TSV, JSON, JSON_LINES, HTML, XHTML, XML, SVG,
            PDF, DOCX, XLSX, PPTX);
    private static final Set<String> TEXT_ONLY = Set.of("application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/vnd.ms-outlook", "application/rtf", "message/rfc822",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/epub+zip", "application/x-tika-msoffice",
            "application/vnd.ms-word.document.macroenabled.12", "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-powerpoint.presentation.macroenabled.12");

    private final MimeTypes mimeTypes;

    private DocumentTypes(MimeTypes mimeTypes) {
        this.mimeTypes = mimeTypes;
    }

    /** Detection with Tika's built-in type database. */
    public static DocumentTypes standard() {
        return new DocumentTypes(MimeTypes.getDefaultMimeTypes());
    }

    /** Detects the type of {@code bytes}; {@code fileName} (may be null) is only a hint. */
    public DocumentType detect(byte[] bytes, String fileName) {
        String declared = declaredType(fileName);
        String type = contentType(bytes, declared);
        return new DocumentType(type, handling(type), declared);
    }

    private String contentType(byte[] bytes, String declared) {
        String magic = magicType(bytes);
        MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
        if (magic.equals(PackageSniffer.ZIP) || magic.equals("application/x-tika-ooxml")
                || magic.equals("application/java-archive")) {
            String zip = PackageSniffer.zipType(bytes);
            if (zip == null) {
                // An unreadable zip directory: let the declared package format report it as corrupt.
                return Set.of(DOCX, XLSX, PPTX).contains(declared) ? declared : PackageSniffer.ZIP;
            }
            return zip;
        }
        if (magic.equals("application/x-tika-msoffice")) {
            if (PackageSniffer.isEncryptedOoxml(bytes)) {
                return ENCRYPTED_OOXML;
            }
            String ole = PackageSniffer.oleType(bytes);
            return ole != null ? ole : magic;
        }
        if (magic.equals(HTML)) {
            return XHTML.equals(declared) ? XHTML : HTML;
        }
        if (magic.equals(XHTML) || magic.equals(SVG)) {
            return magic;
        }
        if (isA(registry, magic, XML)) {
            return XML;
        }
        if (isA(registry, magic, TEXT) && !TEXT_ONLY.contains(magic)) {
            return TextSniffer.textType(bytes, declared);
        }
        if (magic.equals(UNKNOWN) && looksLikeLegacyText(bytes)) {
            // Tika leaves short texts in a single-byte charset (Latin-1, windows-1252) undecided.
            return TextSniffer.textType(bytes, declared);
        }
        return magic;
    }

    /**
     * Whether undecided bytes are text in a single-byte charset: no control characters other than
     * tab, line feed, form feed and carriage return in the first 64 KB, and not empty.
     */
    static boolean looksLikeLegacyText(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        int n = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private String magicType(byte[] bytes) {
        try {
            return mimeTypes.detect(new ByteArrayInputStream(bytes), new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** The type a file name suggests, or null. */
    String declaredType(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (Arrays.asList(".jsonl", ".ndjson", ".jsonlines").stream().anyMatch(lower::endsWith)) {
            return JSON_LINES;
        }
        String byName = mimeTypes.getMimeType(fileName).getType().getBaseType().toString();
        if (byName.equals(UNKNOWN)) {
            return null;
        }
        return byName.equals("text/xml") ? XML : byName;
    }

    private static boolean isA(MediaTypeRegistry registry, String type, String ancestor) {
        return type.equals(ancestor) || registry.isSpecializationOf(MediaType.parse(type), MediaType.parse(ancestor));
    }

    private static Handling handling(String type) {
        if (REWRITABLE.contains(type)) {
            return Handling.REWRITE;
        }
        if (TEXT_ONLY.contains(type)) {
            return Handling.TEXT_ONLY;
        }
        return type.equals(ENCRYPTED_OOXML) ? Handling.ENCRYPTED : Handling.UNSUPPORTED;
    }
}
