package dev.veil.document.text;

import dev.veil.document.Segment;
import dev.veil.document.TextUnit;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Walks a jsoup document and groups its text-bearing places into units: running text per block
 * element (cells of a table row joined with {@code " | "}), one unit per attribute value labelled
 * with the attribute's name, one per comment and per script or style body.
 */
final class HtmlUnits implements NodeVisitor {
    private final List<TextUnit> units = new ArrayList<>();
    private TextUnit.Builder text = TextUnit.builder();
    private int textChars;

    private HtmlUnits() {
    }

    /**
     * The units of a parsed page. jsoup walks and writes the tree iteratively, so deep nesting
     * costs no stack and is not refused (real pages nest deeper than JSON or XML records do).
     */
    static List<TextUnit> collect(Document doc) {
        HtmlUnits walker = new HtmlUnits();
        doc.traverse(walker);
        walker.flushText();
        return walker.units;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element e) {
            enter(e);
        } else if (node instanceof TextNode t) {
            if (t.isBlank()) {
                text.label(" ");
            } else {
                addText(Segment.of(t::getWholeText, t::text));
            }
        } else if (node instanceof DataNode d) {
            // The body of a script or style is scanned as plain text; a replacement cannot close the element.
            units.add(TextUnit.of(Segment.of(d::getWholeData, v -> d.setWholeData(v.replace("</", "<\\/")))));
        } else if (node instanceof Comment c) {
            units.add(TextUnit.of(Segment.of(c::getData, v -> c.setData(CommentText.safe(v)))));
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && breaksText(e)) {
            flushText();
        }
    }

    private void enter(Element e) {
        String name = e.normalName();
        if (name.equals("td") || name.equals("th")) {
            text.label(" | ");
        } else if (name.equals("br")) {
            text.label("\n");
        } else if (breaksText(e)) {
            flushText();
        }
        String metaName = name.equals("meta") ? firstNonEmpty(e.attr("name"), e.attr("property"), e.attr("http-equiv")) : "";
        for (Attribute a : e.attributes()) {
            if (a.getValue().isBlank()) {
                continue;
            }
            String label = a.getKey().equals("content") && !metaName.isEmpty() ? metaName : a.getKey();
            units.add(TextUnit.builder().label(ContextLabels.words(label) + ": ")
                    .segment(new AttributeSegment(e, a.getKey(), a.getValue())).build());
        }
    }

    /** Elements whose start and end separate text: blocks other than table cells. */
    private static boolean breaksText(Element e) {
        String name = e.normalName();
        return e.isBlock() && !name.equals("td") && !name.equals("th");
    }

    private void addText(Segment s) {
        text.segment(s);
        textChars += s.text().length();
        if (textChars > UnitSizes.MAX_CHARS) {
            flushText();
        }
    }

    private void flushText() {
        if (!text.isEmpty()) {
            TextUnit unit = text.build();
            if (unit.pieces().stream().anyMatch(p -> p.segment() != null)) {
                units.add(unit);
            }
        }
        text = TextUnit.builder();
        textChars = 0;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }




    /** An attribute value, seen with percent-escapes decoded. */
    private static final class AttributeSegment implements Segment {
        private final Element element;
        private final String key;
        private String text;

        AttributeSegment(Element element, String key, String raw) {
            this.element = element;
            this.key = key;
            this.text = PercentEncoding.decode(raw);
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public void replace(String newText) {
            text = newText;
            element.attr(key, newText);
        }
    }
}
