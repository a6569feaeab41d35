package dev.veil.document.text;

import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextUnit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XML (and SVG) through {@link HardenedXml}: no DTDs, no entities, no external access. Segments:
 * text and CDATA, attribute values (percent-escapes decoded), comments and processing-instruction
 * data. A record-like element ({@code <person><name>…</name><ssn>…</ssn></person>}) is one unit
 * with each leaf element's name as a context label; mixed content ({@code <p>Dear <b>Mary</b>
 * Smith</p>}) is joined without labels so names across inline markup are found. The document is
 * written back in its declared encoding; an XML declaration is kept if the source had one.
 */
public final class XmlFormat implements DocumentFormat {
    public static final String XML = "application/xml";
    public static final String TEXT_XML = "text/xml";
    public static final String SVG = "image/svg+xml";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Override
    public String name() {
        return "xml";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(XML, TEXT_XML, SVG);
    }

    @Override
    public OpenDocument open(byte[] bytes, DocumentLimits limits) {
        EncodedText.checkSize(bytes, limits);
        Document doc = HardenedXml.parse(bytes, limits.maxNestingDepth());
        String encoding = doc.getXmlEncoding() != null ? doc.getXmlEncoding()
                : doc.getInputEncoding() != null ? doc.getInputEncoding() : StandardCharsets.UTF_8.name();
        boolean declaration = hasDeclaration(bytes);
        List<TextUnit> units = XmlUnits.collect(doc);
        Element root = doc.getDocumentElement();
        boolean svg = root != null && "svg".equals(root.getLocalName()) && SVG_NS.equals(root.getNamespaceURI());
        return new XmlDocument(svg ? SVG : XML, doc, units, encoding, declaration);
    }

    private static boolean hasDeclaration(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1)
                .replace("\0", "").replace("\u00ef\u00bb\u00bf", "").replace("\u00fe\u00ff", "").replace("\u00ff\u00fe", "");
        return head.stripLeading().startsWith("<?xml");
    }

    /** An open XML document; segments write into the DOM, {@link #save()} serialises it. */
    private record XmlDocument(String mediaType, Document doc, List<TextUnit> units, String encoding,
                               boolean declaration) implements OpenDocument {
        @Override
        public byte[] save() {
            return HardenedXml.write(doc, encoding, declaration);
        }
    }
}
