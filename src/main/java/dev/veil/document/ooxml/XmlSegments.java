package dev.veil.document.ooxml;

import static dev.veil.document.ooxml.OoxmlNames.S;
import static dev.veil.document.ooxml.OoxmlNames.XML;

import dev.veil.document.Segment;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The segments of an XML part: element text, attribute values, and the spreadsheet special cases. */
final class XmlSegments {
    private XmlSegments() {
    }

    /** The text of a leaf element; {@code preserveSpace} sets {@code xml:space="preserve"} on write. */
    record ElementText(XmlPart owner, Element element, boolean preserveSpace) implements Segment {
        @Override
        public String text() {
            return element.getTextContent();
        }

        @Override
        public void replace(String newText) {
            element.setTextContent(newText);
            if (preserveSpace) {
                element.setAttributeNS(XML, "xml:space", "preserve");
            }
            owner.markChanged();
        }
    }

    /** An attribute value: an author, alt text, a tooltip, a field instruction. */
    record AttributeText(XmlPart owner, Attr attr) implements Segment {
        @Override
        public String text() {
            return attr.getValue();
        }

        @Override
        public void replace(String newText) {
            attr.setValue(newText);
            owner.markChanged();
        }
    }

    /**
     * Text whose element is removed whole when any of it changes: a defined name, whose formula
     * would no longer parse with a replacement inside it.
     */
    record RemovesElement(XmlPart owner, Element element, String text) implements Segment {
        @Override
        public void replace(String newText) {
            if (element.getParentNode() != null) {
                element.getParentNode().removeChild(element);
            }
            owner.markChanged();
        }
    }

    /**
     * A sheet name. Excel refuses names longer than 31 characters, with {@code []:*?/\}, or
     * repeated in the workbook, so the replacement is made to fit; {@code taken} holds the names
     * of the workbook (shared by its sheet segments).
     */
    record SheetName(XmlPart owner, Attr attr, Set<String> taken) implements Segment {
        @Override
        public String text() {
            return attr.getValue();
        }

        @Override
        public void replace(String newText) {
            String base = newText.replaceAll("[\\[\\]:*?/\\\\]", "_").replace('\'', '_').strip();
            if (base.isEmpty()) {
                base = "Sheet";
            }
            base = base.length() > 28 ? base.substring(0, 28) : base;
            String name = base;
            for (int i = 2; taken.contains(name.toLowerCase()); i++) {
                name = base + " " + i;
            }
            taken.remove(attr.getValue().toLowerCase());
            taken.add(name.toLowerCase());
            attr.setValue(name);
            owner.markChanged();
        }
    }

    /**
     * The cached value of a worksheet cell. A rewritten cell becomes an inline string holding the
     * new text, and loses its formula: the formula would recompute the original value.
     */
    record CellValue(XmlPart owner, Element cell, Element value) implements Segment {
        @Override
        public String text() {
            return value.getTextContent();
        }

        @Override
        public void replace(String newText) {
            Cells.dropFormula(owner, cell);
            Cells.toInlineString(cell, newText);
            owner.markChanged();
        }
    }

    /** A cell's formula; a touched formula is dropped and the cell keeps its (rewritten) value. */
    record CellFormula(XmlPart owner, Element cell, Element formula) implements Segment {
        @Override
        public String text() {
            return formula.getTextContent();
        }

        @Override
        public void replace(String newText) {
            Cells.dropFormula(owner, cell);
            owner.markChanged();
        }
    }

    /**
     * The string literals of a formula joined, as a recalculation would join them:
     * {@code CONCATENATE("Robert"," Chen")} reads "Robert Chen". Detection sees the name that the
     * formula would rebuild; rewriting it drops the formula (a cell without a cached value is left
     * empty).
     */
    record FormulaLiterals(XmlPart owner, Element cell, String text) implements Segment {
        /** Scans once: inside quotes, {@code ""} is an escaped quote. */
        static String join(String formula) {
            StringBuilder sb = new StringBuilder();
            boolean inside = false;
            for (int i = 0; i < formula.length(); i++) {
                char c = formula.charAt(i);
                if (c != '"') {
                    if (inside) {
                        sb.append(c);
                    }
                } else if (inside && i + 1 < formula.length() && formula.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else {
                    inside = !inside;
                }
            }
            return sb.toString();
        }

        @Override
        public void replace(String newText) {
            Cells.dropFormula(owner, cell);
            owner.markChanged();
        }
    }

    /** Edits of worksheet cells. */
    static final class Cells {
        private Cells() {
        }

        static Element child(Element cell, String name) {
            for (Node c = cell.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && S.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                    return e;
                }
            }
            return null;
        }

        static void dropFormula(XmlPart owner, Element cell) {
            Element f = child(cell, "f");
            if (f == null) {
                return;
            }
            if ("shared".equals(f.getAttribute("t")) && f.hasAttribute("ref") && f.hasAttribute("si")) {
                owner.droppedSharedFormulas().add(f.getAttribute("si"));
            }
            cell.removeChild(f);
        }

        static void toInlineString(Element cell, String text) {
            for (String name : new String[] {"v", "is"}) {
                Element old = child(cell, name);
                if (old != null) {
                    cell.removeChild(old);
                }
            }
            String prefix = cell.getPrefix() == null ? "" : cell.getPrefix() + ":";
            Element is = cell.getOwnerDocument().createElementNS(S, prefix + "is");
            Element t = cell.getOwnerDocument().createElementNS(S, prefix + "t");
            t.setAttributeNS(XML, "xml:space", "preserve");
            t.setTextContent(text);
            is.appendChild(t);
            cell.insertBefore(is, child(cell, "extLst"));
            cell.setAttribute("t", "inlineStr");
        }
    }
}
