package dev.veil.document.ooxml;

import static dev.veil.document.ooxml.OoxmlNames.S;
import static dev.veil.document.ooxml.OoxmlNames.W;

import dev.veil.document.Segment;
import dev.veil.document.TextUnit;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.document.ooxml.TextRules.AttrKind;
import dev.veil.document.ooxml.TextRules.TextKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Walks one XML part and turns every text-bearing element and attribute into segments, grouped
 * into units per paragraph ({@code w:p}, {@code a:p}), string item, comment text or worksheet row.
 * Within a row, shared-string cells appear as labels so that a header such as "SSN" gives context
 * to the number in the next cell; the shared string itself is rewritten through its own unit
 * ({@link SharedStrings} projects findings there). The shared-string part must be walked first.
 */
final class PartWalker {
    private static final String CELL_SEPARATOR = "\n";

    private final XmlPart part;
    private final SharedStrings sharedStrings;
    private final Set<String> sheetNames;
    private final int maxDepth;
    private final List<TextUnit> units;
    private final Deque<Group> groups = new ArrayDeque<>();
    /** Column letters → the text of that column's cell in the first row of this worksheet. */
    private Map<String, String> columnHeaders;

    /** A unit being built, and the kind of its last segment (a change of kind adds a space). */
    private static final class Group {
        final Element element;
        final TextUnit.Builder builder = TextUnit.builder();
        final List<SharedStrings.Ref> refs = new ArrayList<>();
        int length;
        TextKind lastKind;
        boolean hasSegment;
        boolean lastWasLabel;

        Group(Element element) {
            this.element = element;
        }
    }

    private PartWalker(XmlPart part, SharedStrings sharedStrings, Set<String> sheetNames, int maxDepth,
                       List<TextUnit> units) {
        this.part = part;
        this.sharedStrings = sharedStrings;
        this.sheetNames = sheetNames;
        this.maxDepth = maxDepth;
        this.units = units;
    }

    /** Adds the units of {@code part} to {@code units}. */
    static void collect(XmlPart part, SharedStrings sharedStrings, Set<String> sheetNames, int maxDepth,
                        List<TextUnit> units) {
        new PartWalker(part, sharedStrings, sheetNames, maxDepth, units).walk(part.dom().getDocumentElement(), 0);
    }

    private void walk(Element e, int depth) {
        if (depth > maxDepth) {
            throw new UnreadableDocumentException("XML nested deeper than " + maxDepth + " levels");
        }
        boolean group = TextRules.isGroup(e);
        if (group) {
            groups.push(new Group(e));
        }
        attributes(e);
        TextKind kind = TextRules.textKind(e);
        if (kind != null) {
            text(e, kind);
        } else {
            String separator = TextRules.separatorFor(e);
            if (separator != null) {
                label(separator);
            }
            if (S.equals(e.getNamespaceURI()) && "c".equals(e.getLocalName())) {
                cellStart(e);
            }
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element child) {
                    walk(child, depth + 1);
                }
            }
        }
        if (group) {
            close(groups.pop());
        }
    }

    private void close(Group g) {
        boolean item = S.equals(g.element.getNamespaceURI()) && "si".equals(g.element.getLocalName());
        if (columnHeaders == null && S.equals(g.element.getNamespaceURI()) && "row".equals(g.element.getLocalName())) {
            columnHeaders = headersOf(g.element);
        }
        if (g.hasSegment || !g.refs.isEmpty()) {
            units.add(g.builder.build());
            if (!g.refs.isEmpty()) {
                sharedStrings.addRefs(units.size() - 1, g.refs);
            }
        }
        if (item) {
            sharedStrings.addItem(g.hasSegment ? units.size() - 1 : -1);
        }
    }

    private void attributes(Element e) {
        NamedNodeMap attrs = e.getAttributes();
        List<Attr> found = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (!a.getValue().isBlank() && TextRules.attrKind(e, a) != AttrKind.NONE) {
                found.add(a);
            }
        }
        for (Attr a : found) {
            Segment s = switch (TextRules.attrKind(e, a)) {
                case SHEET_NAME -> {
                    sheetNames.add(a.getValue().toLowerCase());
                    yield new XmlSegments.SheetName(part, a, sheetNames);
                }
                case REMOVES_ELEMENT -> new XmlSegments.RemovesElement(part, e, a.getValue());
                default -> new XmlSegments.AttributeText(part, a);
            };
            units.add(TextUnit.of(s));
        }
    }

    /**
     * The first row's short texts by column: each later cell is preceded by its column's header
     * ("SSN: "), as CSV cells are, so a number far below its header still has context.
     */
    private Map<String, String> headersOf(Element row) {
        Map<String, String> headers = new HashMap<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element cell) || !"c".equals(cell.getLocalName())) {
                continue;
            }
            String column = column(cell);
            String text = cellText(cell);
            if (column != null && text != null && text.length() <= 40 && text.chars().anyMatch(Character::isLetter)) {
                headers.put(column, text.strip());
            }
        }
        return headers;
    }

    private String cellText(Element cell) {
        String type = cell.getAttribute("t");
        if (type.equals("inlineStr")) {
            Element is = XmlSegments.Cells.child(cell, "is");
            return is == null ? null : is.getTextContent();
        }
        Element v = XmlSegments.Cells.child(cell, "v");
        if (v == null || type.equals("b") || type.equals("e")) {
            return null;
        }
        if (!type.equals("s")) {
            return v.getTextContent();
        }
        try {
            int unit = sharedStrings.unitOfItem(Integer.parseInt(v.getTextContent().strip()));
            return unit < 0 ? null : units.get(unit).text();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String column(Element cell) {
        String ref = cell.getAttribute("r");
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return i == 0 ? null : ref.substring(0, i);
    }

    /**
     * A cell in a row: a line break between cells (so that numbers in neighbouring cells do not
     * read as one), its column's header, and a shared string's text as a context label.
     */
    private void cellStart(Element cell) {
        label(CELL_SEPARATOR);
        String header = columnHeaders == null ? null : columnHeaders.get(column(cell));
        if (header != null) {
            label(header + ": ");
        }
        if ("s".equals(cell.getAttribute("t"))) {
            Element v = XmlSegments.Cells.child(cell, "v");
            if (v != null) {
                try {
                    int unit = sharedStrings.unitOfItem(Integer.parseInt(v.getTextContent().strip()));
                    Group g = groups.peek();
                    if (unit >= 0 && g != null) {
                        String text = units.get(unit).text();
                        g.refs.add(new SharedStrings.Ref(g.length, g.length + text.length(), unit));
                        label(text);
                    }
                } catch (NumberFormatException ignored) {
                    // a malformed index is left to the spreadsheet application; nothing to read
                }
            }
        }
    }

    private void text(Element e, TextKind kind) {
        String value = e.getTextContent();
        if (value.isEmpty()) {
            return;
        }
        Segment s = switch (kind) {
            case CELL_VALUE -> cellValue(e);
            case CELL_FORMULA -> new XmlSegments.CellFormula(part, (Element) e.getParentNode(), e);
            case DEFINED_NAME -> new XmlSegments.RemovesElement(part, e, value);
            case RUN, DELETED, FIELD -> new XmlSegments.ElementText(part, e,
                    W.equals(e.getNamespaceURI()) || S.equals(e.getNamespaceURI()));
            case PLAIN, DATA -> new XmlSegments.ElementText(part, e, false);
        };
        if (s == null) {
            return;
        }
        Group g = groups.peek();
        if (g == null) {
            units.add(TextUnit.of(s));
            return;
        }
        add(g, s, kind);
        if (kind == TextKind.CELL_FORMULA) {
            String literals = XmlSegments.FormulaLiterals.join(value);
            if (!literals.isBlank()) {
                label(" ");
                add(g, new XmlSegments.FormulaLiterals(part, (Element) e.getParentNode(), literals), kind);
            }
        }
    }

    private void add(Group g, Segment s, TextKind kind) {
        if (g.lastKind != null && g.lastKind != kind && !g.lastWasLabel) {
            label(" ");
        }
        g.builder.segment(s);
        g.length += s.text().length();
        g.lastKind = kind;
        g.hasSegment = true;
        g.lastWasLabel = false;
    }

    /** The value of a cell unless it is a shared-string index, a boolean or an error code. */
    private XmlSegments.CellValue cellValue(Element v) {
        Element cell = (Element) v.getParentNode();
        String type = cell.getAttribute("t");
        if (type.equals("s") || type.equals("b") || type.equals("e")) {
            return null;
        }
        return new XmlSegments.CellValue(part, cell, v);
    }

    private void label(String text) {
        Group g = groups.peek();
        if (g != null) {
            g.builder.label(text);
            g.length += text.length();
            g.lastWasLabel = true;
        }
    }
}
