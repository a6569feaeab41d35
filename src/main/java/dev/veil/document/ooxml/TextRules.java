package dev.veil.document.ooxml;

import static dev.veil.document.ooxml.OoxmlNames.A;
import static dev.veil.document.ooxml.OoxmlNames.C;
import static dev.veil.document.ooxml.OoxmlNames.P;
import static dev.veil.document.ooxml.OoxmlNames.S;
import static dev.veil.document.ooxml.OoxmlNames.THREADED_COMMENTS;
import static dev.veil.document.ooxml.OoxmlNames.W;

import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Which elements and attributes of the OOXML vocabularies hold text, and which elements group
 * text into one unit (a worksheet row is one unit, so a header cell gives context to its
 * neighbour). One table for WordprocessingML, SpreadsheetML, PresentationML and DrawingML,
 * so the three formats share one code path.
 */
final class TextRules {
    /** How an element's text is read and written. */
    enum TextKind {
        /** Visible text of a run ({@code w:t}, {@code a:t}, {@code t} of shared/inline strings). */
        RUN,
        /** Deleted text of a tracked change. */
        DELETED,
        /** A field code such as {@code HYPERLINK "mailto:…"} or {@code MERGEFIELD}. */
        FIELD,
        /** The cached value of a worksheet cell. */
        CELL_VALUE,
        /** The formula of a worksheet cell. */
        CELL_FORMULA,
        /** A defined name's formula: removed whole when touched. */
        DEFINED_NAME,
        /** Other text of the vocabularies: chart caches, headers/footers, validation lists. */
        PLAIN,
        /** A leaf element of a data vocabulary (properties, custom XML). */
        DATA
    }

    /** How an attribute's value is written back. */
    enum AttrKind { NONE, TEXT, SHEET_NAME, REMOVES_ELEMENT }

    private static final Set<String> SPREADSHEET_PLAIN = Set.of("oddHeader", "oddFooter", "evenHeader",
            "evenFooter", "firstHeader", "firstFooter", "formula1", "formula2", "formula", "author", "v", "f");
    private static final Set<String> WORD_VAL_HOLDERS = Set.of("alias", "tag", "default", "listEntry",
            "helpText", "statusText", "docVar");

    private TextRules() {
    }

    static boolean isGroup(Element e) {
        String ns = e.getNamespaceURI();
        String n = e.getLocalName();
        return (W.equals(ns) && n.equals("p")) || (A.equals(ns) && n.equals("p"))
                || (S.equals(ns) && (n.equals("si") || n.equals("row") || n.equals("text")
                    || (n.equals("is") && !isCell(e.getParentNode()))));
    }

    private static boolean isCell(Node n) {
        return n instanceof Element p && S.equals(p.getNamespaceURI()) && "c".equals(p.getLocalName());
    }

    /** The label that stands for a layout element inside a group ("\t" for a tab), or null. */
    static String separatorFor(Element e) {
        String ns = e.getNamespaceURI();
        String n = e.getLocalName();
        if (W.equals(ns)) {
            return switch (n) {
                case "tab", "ptab" -> "\t";
                case "br", "cr" -> "\n";
                default -> null;
            };
        }
        return A.equals(ns) && n.equals("br") ? "\n" : null;
    }

    /** The kind of text {@code e} holds, or null if its text (if any) is not content. */
    static TextKind textKind(Element e) {
        String ns = e.getNamespaceURI();
        String n = e.getLocalName();
        if (W.equals(ns)) {
            return switch (n) {
                case "t" -> TextKind.RUN;
                case "delText" -> TextKind.DELETED;
                case "instrText", "delInstrText" -> TextKind.FIELD;
                default -> null;
            };
        }
        if (A.equals(ns)) {
            return n.equals("t") ? TextKind.RUN : null;
        }
        if (S.equals(ns)) {
            boolean inCell = isCell(e.getParentNode());
            if (n.equals("t")) {
                return TextKind.RUN;
            }
            if (inCell && n.equals("v")) {
                return TextKind.CELL_VALUE;
            }
            if (inCell && n.equals("f")) {
                return TextKind.CELL_FORMULA;
            }
            if (n.equals("definedName")) {
                return TextKind.DEFINED_NAME;
            }
            return SPREADSHEET_PLAIN.contains(n) ? TextKind.PLAIN : null;
        }
        if (C.equals(ns)) {
            return n.equals("v") || n.equals("f") ? TextKind.PLAIN : null;
        }
        if ((P.equals(ns) || THREADED_COMMENTS.equals(ns)) && n.equals("text")) {
            return TextKind.RUN;
        }
        if (!OoxmlNames.isStructural(ns) && !hasElementChildren(e)) {
            return TextKind.DATA;
        }
        return null;
    }

    static AttrKind attrKind(Element e, Attr a) {
        String an = a.getLocalName() == null ? a.getName() : a.getLocalName();
        if (a.getName().startsWith("xmlns")) {
            return AttrKind.NONE;
        }
        String ns = e.getNamespaceURI();
        String el = e.getLocalName();
        if (an.equals("author") || an.equals("initials")) {
            return AttrKind.TEXT;
        }
        boolean text = switch (el) {
            case "docPr", "cNvPr" -> an.equals("descr") || an.equals("title") || an.equals("name");
            case "cmAuthor", "author", "person" -> an.equals("name") || an.equals("userId")
                    || an.equals("displayName");
            case "presenceInfo" -> an.equals("userId");
            case "fldSimple" -> an.equals("instr");
            case "hyperlink" -> an.equals("tooltip") || an.equals("display");
            case "hlinkClick", "hlinkHover" -> an.equals("tooltip");
            case "dataValidation" -> an.equals("promptTitle") || an.equals("prompt") || an.equals("errorTitle")
                    || an.equals("error");
            case "section", "cSld", "cacheField", "tableColumn", "property" -> an.equals("name");
            case "s" -> S.equals(ns) && an.equals("v");
            case "item" -> S.equals(ns) && an.equals("n");
            case "sheetName" -> an.equals("val");
            case "imagedata" -> an.equals("title");
            case "shape" -> an.equals("alt");
            default -> W.equals(ns) && WORD_VAL_HOLDERS.contains(el) && (an.equals("val") || an.equals("name"));
        };
        if (text) {
            return AttrKind.TEXT;
        }
        if (S.equals(ns) && el.equals("sheet") && an.equals("name")) {
            return AttrKind.SHEET_NAME;
        }
        if (S.equals(ns) && el.equals("definedName") && an.equals("name")) {
            return AttrKind.REMOVES_ELEMENT;
        }
        return AttrKind.NONE;
    }

    private static boolean hasElementChildren(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }
}
