package dev.veil.document.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Removes what a redacted PDF must not carry, because Veil cannot clean it value by value or
 * because it duplicates text that was cleaned elsewhere: XMP metadata (everywhere), page labels,
 * the structure tree (alt texts, actual texts, expansions), page-piece data, thumbnails, embedded
 * files and file-attachment or media annotations, JavaScript and additional actions, XFA forms,
 * article threads, and {@code /ActualText}, {@code /Alt} and {@code /E} of marked content, both in
 * resource property lists and inline in content streams.
 */
final class PdfSanitiser {
    private static final Set<String> DROPPED_ANNOTATIONS = Set.of("FileAttachment", "Sound", "Movie", "Screen",
            "RichMedia", "3D");
    private static final COSName[] DROPPED_CATALOG_KEYS = {COSName.METADATA, COSName.PAGE_LABELS,
            COSName.STRUCT_TREE_ROOT, COSName.MARK_INFO, COSName.PIECE_INFO, COSName.AA, COSName.THREADS,
            COSName.getPDFName("Collection"), COSName.getPDFName("SpiderInfo"), COSName.getPDFName("Perms"),
            COSName.getPDFName("Legal"), COSName.getPDFName("AF")};
    private static final COSName[] DROPPED_EVERYWHERE = {COSName.METADATA, COSName.PIECE_INFO, COSName.AA,
            COSName.getPDFName("Thumb"), COSName.JS, COSName.ACTUAL_TEXT, COSName.ALT,
            COSName.getPDFName("AF")};
    private static final COSName EXPANSION = COSName.E;

    private PdfSanitiser() {
    }

    static void sanitise(PDDocument document) throws IOException {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        for (COSName key : DROPPED_CATALOG_KEYS) {
            catalog.removeItem(key);
        }
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null) {
            for (String key : List.of("JavaScript", "EmbeddedFiles", "Templates", "Pages", "AlternatePresentations")) {
                names.removeItem(COSName.getPDFName(key));
            }
        }
        if (catalog.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary) {
            catalog.removeItem(COSName.OPEN_ACTION); // an action, not a destination: may run script
        }
        COSDictionary acroForm = catalog.getCOSDictionary(COSName.ACRO_FORM);
        if (acroForm != null) {
            acroForm.removeItem(COSName.XFA);
        }
        Set<COSStream> seenForms = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            sanitisePage(document, page, seenForms);
        }
        stripReachable(document.getDocument().getTrailer());
    }

    private static void sanitisePage(PDDocument document, PDPage page, Set<COSStream> seenForms) throws IOException {
        COSDictionary p = page.getCOSObject();
        p.removeItem(COSName.STRUCT_PARENTS);
        p.removeItem(COSName.getPDFName("B")); // article beads
        List<PDAnnotation> kept = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (DROPPED_ANNOTATIONS.contains(a.getSubtype())) {
                continue;
            }
            COSDictionary action = a.getCOSObject().getCOSDictionary(COSName.A);
            if (action != null && !"URI".equals(action.getNameAsString(COSName.S))
                    && !"GoTo".equals(action.getNameAsString(COSName.S))) {
                a.getCOSObject().removeItem(COSName.A); // JavaScript, Launch, SubmitForm, GoToE...
            }
            a.getCOSObject().removeItem(COSName.STRUCT_PARENT);
            if (!"Widget".equals(a.getSubtype()) && showsText(a.getCOSObject().getDictionaryObject(COSName.AP), 0)) {
                // a comment's or stamp's picture of its text; viewers rebuild it from the cleaned /Contents
                a.getCOSObject().removeItem(COSName.AP);
            }
            kept.add(a);
        }
        if (!kept.isEmpty() || p.containsKey(COSName.ANNOTS)) {
            page.setAnnotations(kept.isEmpty() ? null : kept);
        }
        stripInlineMarkedContent(document, page, seenForms);
    }

    /** Whether an appearance dictionary (or any of its state streams) begins a text object. */
    private static boolean showsText(COSBase appearance, int depth) throws IOException {
        if (appearance instanceof COSObject o) {
            appearance = o.getObject();
        }
        if (depth > 4 || appearance == null) {
            return false;
        }
        if (appearance instanceof COSStream stream) {
            for (Object t : new PDFStreamParser(new PDFormXObject(stream)).parse()) {
                if (t instanceof Operator op && OperatorName.BEGIN_TEXT.equals(op.getName())) {
                    return true;
                }
            }
            return false;
        }
        if (appearance instanceof COSDictionary d) {
            for (COSBase v : d.getValues()) {
                if (showsText(v, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Inline BDC/DP property dictionaries carry ActualText/Alt/E: rewrite the page's content, and
     * that of every Form XObject it can draw, where any does.
     */
    private static void stripInlineMarkedContent(PDDocument document, PDPage page, Set<COSStream> seenForms)
            throws IOException {
        if (page.hasContents()) {
            List<Object> tokens = withoutMarkedText(page, page.getContents());
            if (tokens != null) {
                PDStream fresh = new PDStream(document);
                ContentStreamRedactor.write(tokens, fresh.getCOSObject());
                page.setContents(fresh);
            }
        }
        stripInForms(page.getResources(), seenForms, 0);
    }

    private static void stripInForms(PDResources resources, Set<COSStream> seen, int depth) throws IOException {
        if (resources == null || depth > GlyphExtractor.MAX_FORM_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                List<Object> tokens = withoutMarkedText(form, form.getContents());
                if (tokens != null) {
                    ContentStreamRedactor.write(tokens, form.getCOSObject());
                }
                stripInForms(form.getResources(), seen, depth + 1);
            }
        }
    }

    /** The stream's tokens with marked-content texts removed, or null when it has none. */
    private static List<Object> withoutMarkedText(PDContentStream content, InputStream raw) throws IOException {
        String s;
        try (InputStream in = raw) {
            s = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        if (!s.contains("/ActualText") && !s.contains("/Alt") && !s.contains("/E")) {
            return null;
        }
        List<Object> tokens = new PDFStreamParser(content).parse();
        boolean changed = false;
        COSBase previous = null;
        for (Object t : tokens) {
            if (t instanceof Operator op && previous instanceof COSDictionary props
                    && (OperatorName.BEGIN_MARKED_CONTENT_SEQ.equals(op.getName())
                    || OperatorName.MARKED_CONTENT_POINT_WITH_PROPS.equals(op.getName()))) {
                changed |= stripMarkedText(props);
            }
            previous = t instanceof COSBase b ? b : null;
        }
        return changed ? tokens : null;
    }

    private static boolean stripMarkedText(COSDictionary props) {
        boolean had = props.containsKey(COSName.ACTUAL_TEXT) || props.containsKey(COSName.ALT)
                || props.getDictionaryObject(EXPANSION) instanceof COSString;
        props.removeItem(COSName.ACTUAL_TEXT);
        props.removeItem(COSName.ALT);
        if (props.getDictionaryObject(EXPANSION) instanceof COSString) {
            props.removeItem(EXPANSION);
        }
        return had;
    }

    /**
     * Walks every object reachable from the trailer and removes metadata streams, piece info,
     * thumbnails, script and marked-content texts wherever they are (forms, images, annotations,
     * resource property lists).
     */
    private static void stripReachable(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer.getCOSDictionary(COSName.ROOT));
        while (!todo.isEmpty()) {
            COSBase b = todo.pop();
            if (b instanceof COSObject o) {
                b = o.getObject();
            }
            if (b == null || !seen.add(b)) {
                continue;
            }
            if (b instanceof COSDictionary d) {
                for (COSName key : DROPPED_EVERYWHERE) {
                    d.removeItem(key);
                }
                if (d.getDictionaryObject(EXPANSION) instanceof COSString && !d.containsKey(COSName.TYPE)) {
                    d.removeItem(EXPANSION);
                }
                for (COSName key : d.keySet()) {
                    if (!COSName.PARENT.equals(key) && !COSName.P.equals(key)) {
                        todo.push(d.getItem(key));
                    }
                }
            } else if (b instanceof COSArray a) {
                for (int i = 0; i < a.size(); i++) {
                    todo.push(a.get(i));
                }
            }
        }
    }
}
