package dev.veil.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.extractor.POITextExtractor;

/**
 * Read-only text of formats Veil cannot rewrite in place: the legacy binary Office formats (.doc,
 * .xls, .ppt) through Apache POI, and RTF through the JDK's RTF reader. Used for deny decisions
 * (does the object hold personal data?) and for the {@code unsupported: text} answer (the
 * redacted text instead of the document). Nothing is ever written back into these formats.
 */
public final class LegacyText {
    private static final Set<String> OLE = Set.of("application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/x-tika-msoffice");
    private static final String RTF = "application/rtf";
    private static final Pattern CELL_END = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\(?:nest)?cell(?![a-zA-Z])");
    private static final Pattern ROW_END = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\(?:nest)?row(?![a-zA-Z])");

    private LegacyText() {
    }

    /** Whether {@link #extract} reads this media type. */
    public static boolean reads(String mediaType) {
        return OLE.contains(mediaType) || RTF.equals(mediaType);
    }

    /**
     * The text of a legacy document.
     *
     * @throws UnreadableDocumentException when the bytes cannot be read (corrupt, encrypted, too large)
     */
    public static String extract(byte[] bytes, String mediaType, DocumentLimits limits) {
        if (bytes.length > limits.maxInputBytes()) {
            throw new UnreadableDocumentException("document larger than " + limits.maxInputBytes() + " bytes");
        }
        if (RTF.equals(mediaType)) {
            return rtf(bytes);
        }
        if (!OLE.contains(mediaType)) {
            throw new UnreadableDocumentException("no text extraction for " + mediaType);
        }
        try (InputStream in = new ByteArrayInputStream(bytes);
             POITextExtractor extractor = ExtractorFactory.createExtractor(in)) {
            String text = extractor.getText();
            if (text.length() > limits.maxExpandedBytes() / 2) {
                throw new UnreadableDocumentException("extracted text larger than the limit");
            }
            return text;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            String name = e.getClass().getSimpleName();
            throw new UnreadableDocumentException(name.contains("Encrypted") || name.contains("Password")
                    ? "encrypted document: cannot inspect" : "unreadable legacy document (" + name + ")");
        }
    }

    private static String rtf(byte[] bytes) {
        DefaultStyledDocument doc = new DefaultStyledDocument();
        try (InputStream in = new ByteArrayInputStream(tableBreaks(bytes))) {
            new RTFEditorKit().read(in, doc, 0);
            return doc.getText(0, doc.getLength());
        } catch (IOException | BadLocationException | RuntimeException e) {
            throw new UnreadableDocumentException("unreadable RTF document (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The JDK's RTF reader drops the table control words, so the cells of a row ran together
     * ("NameSSNFatima Okafor536-22-8174") and detectors lost both the value boundaries and the
     * header context. Cell ends become tabs and row ends paragraph breaks before it reads the file
     * (RTF is 7-bit text, so Latin-1 round-trips every byte; an escaped backslash is left alone).
     */
    static byte[] tableBreaks(byte[] rtf) {
        String s = new String(rtf, StandardCharsets.ISO_8859_1);
        s = CELL_END.matcher(s).replaceAll("$1\\\\tab");
        s = ROW_END.matcher(s).replaceAll("$1\\\\par");
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
