package dev.veil.document.pdf;

import dev.veil.document.TextUnit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * The text a PDF holds outside its pages' content streams, as units: the Info dictionary,
 * outline (bookmark) titles, annotation texts and link targets, and form field values. Each
 * string is a {@link CosStringSegment}; keys and field names are context labels. Rewriting an
 * annotation drops its appearance and rich text (viewers rebuild it from the cleaned
 * {@code /Contents}); rewriting a field value drops its widgets' appearances and asks viewers to
 * regenerate them.
 */
final class PdfTextFields {
    private static final COSName[] ANNOTATION_TEXT = {COSName.T, COSName.SUBJ, COSName.CONTENTS};
    private static final int MAX_OUTLINE_ITEMS = 100_000;

    private PdfTextFields() {
    }

    static List<TextUnit> units(PDDocument document) throws IOException {
        List<TextUnit> units = new ArrayList<>();
        info(document, units);
        outline(document, units);
        annotations(document, units);
        fields(document, units);
        return units;
    }

    private static void info(PDDocument document, List<TextUnit> units) {
        COSDictionary info = document.getDocumentInformation().getCOSObject();
        TextUnit.Builder b = TextUnit.builder();
        for (COSName key : info.keySet()) {
            if (info.getDictionaryObject(key) instanceof COSString) {
                b.label(key.getName() + ": ");
                b.segment(new CosStringSegment(info, key, () -> { }));
                b.label("\n");
            }
        }
        add(b, units);
    }

    private static void outline(PDDocument document, List<TextUnit> units) {
        COSDictionary outlines = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.OUTLINES);
        if (outlines == null) {
            return;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<COSDictionary> todo = new ArrayList<>();
        todo.add(outlines);
        while (!todo.isEmpty() && seen.size() < MAX_OUTLINE_ITEMS) {
            COSDictionary item = todo.remove(todo.size() - 1);
            if (!seen.add(item)) {
                continue; // outlines with cycles exist in the wild
            }
            if (item.getDictionaryObject(COSName.TITLE) instanceof COSString) {
                add(TextUnit.builder().label("Bookmark: ").segment(new CosStringSegment(item, COSName.TITLE, () -> { })),
                        units);
            }
            uriOf(item.getCOSDictionary(COSName.A), units);
            for (COSName link : new COSName[] {COSName.FIRST, COSName.NEXT}) {
                COSDictionary next = item.getCOSDictionary(link);
                if (next != null) {
                    todo.add(next);
                }
            }
        }
    }

    private static void annotations(PDDocument document, List<TextUnit> units) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                COSDictionary a = annotation.getCOSObject();
                Runnable dropAppearance = () -> {
                    a.removeItem(COSName.AP);
                    a.removeItem(COSName.RC);
                };
                TextUnit.Builder b = TextUnit.builder();
                for (COSName key : ANNOTATION_TEXT) {
                    if (a.getDictionaryObject(key) instanceof COSString) {
                        b.label(key.getName() + ": ");
                        b.segment(new CosStringSegment(a, key, dropAppearance));
                        b.label("\n");
                    }
                }
                add(b, units);
                uriOf(a.getCOSDictionary(COSName.A), units);
            }
        }
    }

    private static void uriOf(COSDictionary action, List<TextUnit> units) {
        if (action != null && action.getDictionaryObject(COSName.URI) instanceof COSString) {
            add(TextUnit.builder().label("Link: ").segment(new CosStringSegment(action, COSName.URI, () -> { })),
                    units);
        }
    }

    private static void fields(PDDocument document, List<TextUnit> units) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        COSDictionary formDict = form.getCOSObject();
        for (PDField field : form.getFieldTree()) {
            if (!(field instanceof PDTerminalField terminal)) {
                continue;
            }
            COSDictionary f = field.getCOSObject();
            Runnable regenerate = () -> {
                for (var widget : terminal.getWidgets()) {
                    widget.getCOSObject().removeItem(COSName.AP);
                }
                formDict.setItem(COSName.NEED_APPEARANCES, COSBoolean.TRUE);
            };
            TextUnit.Builder b = TextUnit.builder();
            String name = field.getPartialName();
            for (COSName key : new COSName[] {COSName.V, COSName.DV}) {
                if (f.getDictionaryObject(key) instanceof COSString) {
                    b.label((name == null ? "field" : name) + ": ");
                    b.segment(new CosStringSegment(f, key, regenerate));
                    b.label("\n");
                }
            }
            optionsOf(f, b, regenerate);
            add(b, units);
        }
    }

    /** Choice fields list their options as strings or [export, display] pairs. */
    private static void optionsOf(COSDictionary field, TextUnit.Builder b, Runnable regenerate) {
        if (!(field.getDictionaryObject(COSName.OPT) instanceof COSArray options)) {
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            COSBase o = options.getObject(i);
            if (o instanceof COSString) {
                b.label("option: ").segment(new ArrayStringSegment(options, i, regenerate)).label("\n");
            } else if (o instanceof COSArray pair) {
                for (int k = 0; k < pair.size(); k++) {
                    if (pair.getObject(k) instanceof COSString) {
                        b.label("option: ").segment(new ArrayStringSegment(pair, k, regenerate)).label("\n");
                    }
                }
            }
        }
    }

    private static void add(TextUnit.Builder b, List<TextUnit> units) {
        if (!b.isEmpty()) {
            units.add(b.build());
        }
    }
}
