package dev.veil.document.text;

import dev.veil.document.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's own DOM parser and serialiser, locked down: a DOCTYPE is refused outright (so no DTD,
 * no internal or external entity, no billion-laughs expansion, no XXE), XInclude and external
 * access are off, element depth is capped, and parse errors become reasons that name a line and
 * column but never quote the document.
 */
final class HardenedXml {
    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

    private HardenedXml() {
    }

    static Document parse(byte[] bytes, int maxDepth) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute(MAX_ELEMENT_DEPTH, maxDepth);
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new Strict());
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity");
            });
            return b.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw new UnreadableDocumentException(reason(e));
        } catch (SAXException | IOException e) {
            throw new UnreadableDocumentException("invalid XML");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }

    private static String reason(SAXParseException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE")) {
            return "XML with a DOCTYPE declaration (DTDs and entities are refused)";
        }
        if (m.contains(MAX_ELEMENT_DEPTH) || m.contains("maxElementDepth")) {
            return "XML nested deeper than the limit";
        }
        return "invalid XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber();
    }

    /** Serialises without indenting; keeps the declaration only if the source had one. */
    static byte[] write(Document doc, String encoding, boolean declaration) {
        try {
            TransformerFactory tf = TransformerFactory.newDefaultInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, encoding);
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, declaration ? "no" : "yes");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            doc.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new UnreadableDocumentException("XML could not be written back");
        }
    }

    /** Turns warnings into nothing and errors into failures, without printing to stderr. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
