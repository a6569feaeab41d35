package dev.veil.document.pdf;

import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.UnreadableDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF with PDFBox: true removal of glyphs from content streams, boxes over the gaps, sanitising,
 * a full rewrite on save and verification, with rasterising as the fallback for pages that
 * cannot be guaranteed (see {@link PdfDocument}).
 *
 * <p>Refused with {@link UnreadableDocumentException}: input over the size limit, bytes that are
 * not a PDF, truncated files (no end-of-file marker), structure PDFBox cannot parse, more pages
 * than the limit, password-protected files ({@code "cannot inspect: ..."}), and files with no
 * text layer at all, i.e. scans ({@link #NO_TEXT_LAYER}, also "cannot inspect"). A
 * file encrypted with an owner password only (readable without a password) is read and written
 * back unencrypted. Immutable and thread-safe.
 */
public final class PdfFormat implements DocumentFormat {
    public static final String MEDIA_TYPE = "application/pdf";
    /** The reason given for password-protected PDFs. */
    public static final String ENCRYPTED = "cannot inspect: PDF is protected by a password";
    /** The reason given for PDFs whose pages are only pictures (scans without an OCR layer). */
    public static final String NO_TEXT_LAYER = "cannot inspect: PDF has no text layer (scanned images only)";
    private static final int HEADER_WINDOW = 1024;
    private static final int TRAILER_WINDOW = 4096;

    private final BoxStyle boxes;

    /** Black boxes (redaction). */
    /** Rewriting re-extracts every page and rasterises a page it cannot guarantee. */
    @Override
    public boolean verifiesOwnOutput() {
        return true;
    }

    public PdfFormat() {
        this(BoxStyle.BLACK);
    }

    /** With the given box style: {@link BoxStyle#TEXT} writes each replacement (token) in its box. */
    public PdfFormat(BoxStyle boxes) {
        this.boxes = boxes;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public OpenDocument open(byte[] bytes, DocumentLimits limits) {
        if (bytes.length > limits.maxInputBytes()) {
            throw new UnreadableDocumentException("PDF is larger than the limit of " + limits.maxInputBytes() + " bytes");
        }
        if (indexOf(bytes, "%PDF-", 0, HEADER_WINDOW) < 0) {
            throw new UnreadableDocumentException("not a PDF (no %PDF- header)");
        }
        if (indexOf(bytes, "%%EOF", Math.max(0, bytes.length - TRAILER_WINDOW), bytes.length) < 0) {
            throw new UnreadableDocumentException("truncated PDF (no end-of-file marker)");
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("corrupt PDF: its structure cannot be parsed");
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException("corrupt PDF: structure nested too deeply");
        }
        try {
            if (document.getNumberOfPages() > limits.maxPages()) {
                throw new UnreadableDocumentException("PDF has " + document.getNumberOfPages()
                        + " pages, over the limit of " + limits.maxPages());
            }
            return PdfDocument.open(document, boxes);
        } catch (UnreadableDocumentException e) {
            closeQuietly(document);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(document);
            throw new UnreadableDocumentException("corrupt PDF: a page cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        } catch (StackOverflowError e) {
            closeQuietly(document);
            throw new UnreadableDocumentException("corrupt PDF: structure nested too deeply");
        }
    }

    private static int indexOf(byte[] bytes, String ascii, int from, int to) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(to, bytes.length) - needle.length;
        outer:
        for (int i = from; i <= end; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (bytes[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // in memory; nothing to release that matters
        }
    }
}
