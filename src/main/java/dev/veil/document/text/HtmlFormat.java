package dev.veil.document.text;

import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextDecoding;
import dev.veil.document.TextUnit;
import dev.veil.document.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * HTML (and XHTML) with jsoup. Segments: text nodes (grouped per block element, table rows with
 * cells separated, so a name split by inline markup is one value), every attribute value (with
 * percent-escapes decoded, so {@code href="mailto:mary%40example.com"} is seen; {@code <meta
 * content>} labelled with the meta's name), comments, and the contents of {@code <script>} and
 * {@code <style>}, which are scanned as plain text and rewritten in place (a replacement never
 * contains {@code </}, so it cannot end the element early). The document is written back by
 * jsoup without pretty-printing, in its own charset.
 */
public final class HtmlFormat implements DocumentFormat {
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";

    private final boolean xhtml;

    private HtmlFormat(boolean xhtml) {
        this.xhtml = xhtml;
    }

    public static HtmlFormat html() {
        return new HtmlFormat(false);
    }

    /** XHTML: read with the HTML parser, written back in XML syntax. */
    public static HtmlFormat xhtml() {
        return new HtmlFormat(true);
    }

    @Override
    public String name() {
        return xhtml ? "xhtml" : "html";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(xhtml ? XHTML : HTML);
    }

    @Override
    public OpenDocument open(byte[] bytes, DocumentLimits limits) {
        EncodedText.checkSize(bytes, limits);
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        Document doc = Jsoup.parse(decoded.text());
        Charset charset = decoded.charset();
        if (decoded.bomLength() == 0 && !charset.equals(StandardCharsets.UTF_8)) {
            // Not UTF-8: a declared <meta charset> knows better than the windows-1252 guess.
            try {
                Document declared = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
                if (!declared.charset().equals(StandardCharsets.UTF_8)) {
                    doc = declared;
                    charset = declared.charset();
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new UnreadableDocumentException("HTML with an unreadable charset declaration");
            }
        }
        Document.OutputSettings out = doc.outputSettings();
        out.prettyPrint(false).charset(charset);
        if (xhtml) {
            out.syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml);
        }
        List<TextUnit> units = HtmlUnits.collect(doc);
        byte[] bom = Arrays.copyOf(bytes, decoded.bomLength());
        return new HtmlDocument(xhtml ? XHTML : HTML, doc, units, bom, charset);
    }

    /** An open HTML document; segments write into the jsoup tree, {@link #save()} serialises it. */
    private record HtmlDocument(String mediaType, Document doc, List<TextUnit> units, byte[] bom, Charset charset)
            implements OpenDocument {
        @Override
        public byte[] save() {
            byte[] body = doc.outerHtml().getBytes(charset);
            byte[] all = Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            return all;
        }
    }
}
