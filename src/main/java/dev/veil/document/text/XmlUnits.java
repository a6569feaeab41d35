package dev.veil.document.text;

import dev.veil.document.Segment;
import dev.veil.document.TextUnit;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * Groups an XML document's text into units: per element, its attributes and its leaf children
 * (labelled with their names unless the element has mixed content); deeper elements get units of
 * their own; comments and processing instructions are units by themselves. Depth is bounded by
 * the parser's element-depth limit.
 */
final class XmlUnits {
    private final List<TextUnit> units = new ArrayList<>();

    private XmlUnits() {
    }

    static List<TextUnit> collect(Document doc) {
        XmlUnits walker = new XmlUnits();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            walker.visit(n);
        }
        return walker.units;
    }

    private void visit(Node node) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> element((Element) node);
            case Node.COMMENT_NODE -> units.add(TextUnit.of(comment((Comment) node)));
            case Node.PROCESSING_INSTRUCTION_NODE -> units.add(TextUnit.of(instruction((ProcessingInstruction) node)));
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                if (!node.getNodeValue().isBlank()) {
                    units.add(TextUnit.of(characterData((CharacterData) node)));
                }
            }
            default -> {
            }
        }
    }

    private void element(Element e) {
        TextUnit.Builder unit = TextUnit.builder();
        attributes(e, unit);
        boolean mixed = hasText(e);
        int chars = 0;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            short type = c.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                if (c.getNodeValue().isBlank()) {
                    unit.label(" ");
                } else {
                    unit.segment(characterData((CharacterData) c));
                    chars += c.getNodeValue().length();
                }
            } else if (type == Node.ELEMENT_NODE && isLeaf(c)) {
                if (!mixed) {
                    unit.label(ContextLabels.words(c.getLocalName() == null ? c.getNodeName() : c.getLocalName()) + ": ");
                }
                attributes((Element) c, unit);
                for (Node t = c.getFirstChild(); t != null; t = t.getNextSibling()) {
                    if (t.getNodeType() == Node.TEXT_NODE || t.getNodeType() == Node.CDATA_SECTION_NODE) {
                        unit.segment(characterData((CharacterData) t));
                        chars += t.getNodeValue().length();
                    } else {
                        visit(t);
                    }
                }
                if (!mixed) {
                    unit.label(" | ");
                }
            } else {
                visit(c);
            }
            if (chars > UnitSizes.MAX_CHARS) {
                units.add(unit.build());
                unit = TextUnit.builder();
                chars = 0;
            }
        }
        if (!unit.isEmpty() && unit.build().pieces().stream().anyMatch(p -> p.segment() != null)) {
            units.add(unit.build());
        }
    }

    private static void attributes(Element e, TextUnit.Builder unit) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = a.getName();
            if (name.equals("xmlns") || name.startsWith("xmlns:") || a.getValue().isBlank()) {
                continue;
            }
            unit.label(ContextLabels.words(a.getLocalName() == null ? name : a.getLocalName()) + ": ")
                    .segment(new AttrSegment(a)).label(" | ");
        }
    }

    /**
     * Mixed content: text of its own, or a space between child elements on the same line (as in
     * {@code <text><tspan>Hiroshi</tspan> <tspan>Mori</tspan></text>}); indentation is not text.
     */
    private static boolean hasText(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                String v = c.getNodeValue();
                if (!v.isBlank() || !v.isEmpty() && v.indexOf('\n') < 0 && c.getPreviousSibling() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An element with no element children (its text and attributes join the parent's unit). */
    private static boolean isLeaf(Node e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                return false;
            }
        }
        return true;
    }




    /** An attribute value, seen with percent-escapes decoded. */
    private static final class AttrSegment implements Segment {
        private final Attr attr;
        private String text;

        AttrSegment(Attr attr) {
            this.attr = attr;
            this.text = PercentEncoding.decode(attr.getValue());
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public void replace(String newText) {
            text = newText;
            attr.setValue(newText);
        }
    }

    /** Text or CDATA. */
    private static Segment characterData(CharacterData node) {
        return Segment.of(node::getData, node::setData);
    }

    /** A comment; a replacement cannot end it early or make it invalid. */
    private static Segment comment(Comment node) {
        return Segment.of(node::getData, v -> node.setData(CommentText.safe(v)));
    }

    /** Processing-instruction data; a replacement cannot end the instruction early. */
    private static Segment instruction(ProcessingInstruction node) {
        return Segment.of(node::getData, v -> node.setData(v.replace("?>", "? >")));
    }
}
