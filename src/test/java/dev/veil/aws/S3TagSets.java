package dev.veil.aws;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * S3 object tag sets on the wire, for {@link TaggingS3Proxy}: the {@code <Tagging>} document of
 * Get/PutObjectTagging and S3's limits (ten tags, keys up to 128 and values up to 256 Unicode
 * characters, no repeated key) with S3's error codes.
 */
final class S3TagSets {
    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    /** A tag set S3 would refuse: the HTTP status, S3 error code and message. */
    static final class Refused extends Exception {
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private S3TagSets() {
    }

    /** Parses a PutObjectTagging body and checks it against S3's limits. */
    static Map<String, String> fromXml(byte[] body) throws Refused {
        Map<String, String> tags = new LinkedHashMap<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder parser = f.newDocumentBuilder();
            parser.setErrorHandler(null);
            Element root = parser.parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!"Tagging".equals(root.getLocalName())) {
                throw malformed();
            }
            NodeList tagElements = root.getElementsByTagNameNS("*", "Tag");
            for (int i = 0; i < tagElements.getLength(); i++) {
                Element tag = (Element) tagElements.item(i);
                String key = child(tag, "Key");
                String value = child(tag, "Value");
                if (key == null || value == null) {
                    throw malformed();
                }
                put(tags, key, value);
            }
        } catch (Refused e) {
            throw e;
        } catch (Exception e) {
            throw malformed();
        }
        return check(tags);
    }

    /** The GetObjectTagging answer, in S3's namespace. */
    static String toXml(Map<String, String> tags) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Tagging xmlns=\"")
                .append(NAMESPACE).append("\"><TagSet>");
        tags.forEach((k, v) -> xml.append("<Tag><Key>").append(escape(k)).append("</Key><Value>")
                .append(escape(v)).append("</Value></Tag>"));
        return xml.append("</TagSet></Tagging>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }

    private static void put(Map<String, String> tags, String key, String value) throws Refused {
        if (tags.put(key, value) != null) {
            throw new Refused(400, "InvalidTag", "Cannot provide multiple Tags with the same key");
        }
    }

    private static Map<String, String> check(Map<String, String> tags) throws Refused {
        if (tags.size() > 10) {
            throw new Refused(400, "BadRequest", "Object tags cannot be greater than 10");
        }
        for (Map.Entry<String, String> t : tags.entrySet()) {
            int keyLength = t.getKey().codePointCount(0, t.getKey().length());
            if (keyLength == 0 || keyLength > 128) {
                throw new Refused(400, "InvalidTag", "The TagKey you have provided is invalid");
            }
            if (t.getValue().codePointCount(0, t.getValue().length()) > 256) {
                throw new Refused(400, "InvalidTag", "The TagValue you have provided is too long, max 256");
            }
        }
        return Collections.unmodifiableMap(tags);
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 1 ? nodes.item(0).getTextContent() : null;
    }

    private static Refused malformed() {
        return new Refused(400, "MalformedXML",
                "The XML you provided was not well-formed or did not validate against our published schema");
    }
}
