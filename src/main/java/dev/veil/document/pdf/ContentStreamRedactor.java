package dev.veil.document.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Removes glyph codes from a page's content streams, token by token. In {@code Tj}, {@code TJ},
 * {@code '} and {@code "} each removed code becomes a {@code TJ} number of the same advance, so
 * the rest of the line stays where it was; {@code '} and {@code "} become {@code T*} (with
 * {@code Tw}/{@code Tc}) followed by {@code TJ}. A Form XObject with removals is copied and the
 * copy edited, so other pages (or other placements) that draw the original keep their own text
 * and no edit leaks into them; the original is dropped from the page's resources when the page
 * no longer draws it.
 */
final class ContentStreamRedactor {
    private record OperatorEdit(PDFont font, Map<Integer, Float> removedCodes) {
    }

    private final PDDocument document;
    private final Map<List<Integer>, Map<Integer, OperatorEdit>> editsByStream = new HashMap<>();
    private final Set<List<Integer>> pathsLeadingToEdits = new HashSet<>();

    private ContentStreamRedactor(PDDocument document, List<Glyph> removed) {
        this.document = document;
        for (Glyph g : removed) {
            GlyphKey k = g.key();
            editsByStream.computeIfAbsent(k.formPath(), p -> new HashMap<>())
                    .computeIfAbsent(k.operator(), o -> new OperatorEdit(g.font(), new HashMap<>()))
                    .removedCodes().put(k.code(), Float.isNaN(g.tjAdvance()) ? 0f : g.tjAdvance());
            for (int n = 1; n <= k.formPath().size(); n++) {
                pathsLeadingToEdits.add(List.copyOf(k.formPath().subList(0, n)));
            }
        }
    }

    /** Removes the given glyphs (all of this page) from the page's content. */
    static void redact(PDDocument document, PDPage page, List<Glyph> removed) throws IOException {
        if (removed.isEmpty()) {
            return;
        }
        ContentStreamRedactor r = new ContentStreamRedactor(document, removed);
        PDResources resources = page.getResources();
        if (!r.pathsLeadingToEdits.isEmpty()) {
            resources = privateCopy(resources == null ? new PDResources() : resources);
            page.setResources(resources);
        }
        List<Object> tokens = r.rewrite(parse(page), List.of(), resources);
        PDStream stream = new PDStream(document);
        write(tokens, stream.getCOSObject());
        page.setContents(stream);
    }

    static List<Object> parse(PDContentStream content) throws IOException {
        return new PDFStreamParser(content).parse();
    }

    static void write(List<Object> tokens, COSStream target) throws IOException {
        try (OutputStream os = target.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(tokens);
        }
    }

    /** A resources dictionary of one's own, so names can be added and removed safely. */
    static PDResources privateCopy(PDResources shared) {
        COSDictionary dict = new COSDictionary(shared.getCOSObject());
        COSDictionary xobjects = dict.getCOSDictionary(COSName.XOBJECT);
        if (xobjects != null) {
            dict.setItem(COSName.XOBJECT, new COSDictionary(xobjects));
        }
        return new PDResources(dict);
    }

    private List<Object> rewrite(List<Object> tokens, List<Integer> path, PDResources resources) throws IOException {
        Map<Integer, OperatorEdit> mine = editsByStream.getOrDefault(path, Map.of());
        List<Object> out = new ArrayList<>(tokens.size());
        List<COSBase> args = new ArrayList<>();
        Set<COSName> replacedForms = new HashSet<>();
        Set<COSName> drawn = new HashSet<>();
        int index = -1;
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                args.add((COSBase) token);
                continue;
            }
            index++;
            String name = op.getName();
            OperatorEdit edit = mine.get(index);
            List<Integer> childPath = child(path, index);
            if (edit != null && isTextShowing(name)) {
                out.addAll(rewriteShow(name, args, edit));
            } else if (OperatorName.DRAW_OBJECT.equals(name) && pathsLeadingToEdits.contains(childPath)
                    && args.size() == 1 && args.get(0) instanceof COSName form) {
                out.add(editedCopy(form, childPath, resources));
                out.add(op);
                replacedForms.add(form);
            } else {
                if (OperatorName.DRAW_OBJECT.equals(name) && !args.isEmpty() && args.get(0) instanceof COSName n) {
                    drawn.add(n);
                }
                out.addAll(args);
                out.add(op);
            }
            args = new ArrayList<>();
        }
        out.addAll(args);
        COSDictionary xobjects = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        for (COSName form : replacedForms) {
            if (!drawn.contains(form) && xobjects != null) {
                xobjects.removeItem(form); // the unedited original must not stay reachable from here
            }
        }
        return out;
    }

    private static List<Integer> child(List<Integer> path, int index) {
        List<Integer> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(index);
        return p;
    }

    private static boolean isTextShowing(String name) {
        return OperatorName.SHOW_TEXT.equals(name) || OperatorName.SHOW_TEXT_ADJUSTED.equals(name)
                || OperatorName.SHOW_TEXT_LINE.equals(name) || OperatorName.SHOW_TEXT_LINE_AND_SPACE.equals(name);
    }

    private COSName editedCopy(COSName name, List<Integer> path, PDResources parentResources) throws IOException {
        PDXObject xobject = parentResources.getXObject(name);
        if (!(xobject instanceof PDFormXObject form)) {
            throw new IOException("a form with text to remove is not a Form XObject");
        }
        COSStream original = form.getCOSObject();
        COSStream copy = document.getDocument().createCOSStream();
        for (var e : original.entrySet()) {
            COSName key = e.getKey();
            if (!key.equals(COSName.LENGTH) && !key.equals(COSName.FILTER) && !key.equals(COSName.DECODE_PARMS)
                    && !key.equals(COSName.DL)) {
                copy.setItem(key, e.getValue());
            }
        }
        PDResources resources = parentResources;
        if (form.getResources() != null) {
            resources = privateCopy(form.getResources());
            copy.setItem(COSName.RESOURCES, resources.getCOSObject());
        }
        write(rewrite(parse(form), path, resources), copy);
        return parentResources.add(new PDFormXObject(copy), "VeilFm");
    }

    /** The operator with the removed codes turned into kerning numbers. */
    private static List<Object> rewriteShow(String name, List<COSBase> args, OperatorEdit edit) throws IOException {
        List<Object> out = new ArrayList<>();
        COSArray elements = new COSArray();
        if (OperatorName.SHOW_TEXT_ADJUSTED.equals(name) && args.size() == 1 && args.get(0) instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                elements.add(a.getObject(i));
            }
        } else if (!args.isEmpty() && args.get(args.size() - 1) instanceof COSString s) {
            elements.add(s);
            if (OperatorName.SHOW_TEXT_LINE_AND_SPACE.equals(name) && args.size() == 3) {
                out.add(args.get(0));
                out.add(Operator.getOperator(OperatorName.SET_WORD_SPACING));
                out.add(args.get(1));
                out.add(Operator.getOperator(OperatorName.SET_CHAR_SPACING));
            }
            if (!OperatorName.SHOW_TEXT.equals(name)) {
                out.add(Operator.getOperator(OperatorName.NEXT_LINE));
            }
        } else {
            throw new IOException("text operator with unexpected operands");
        }
        COSArray rewritten = new COSArray();
        int code = 0;
        for (int i = 0; i < elements.size(); i++) {
            COSBase element = elements.getObject(i);
            if (!(element instanceof COSString s)) {
                rewritten.add(element);
                continue;
            }
            byte[] bytes = s.getBytes();
            InputStream in = new ByteArrayInputStream(bytes);
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            while (in.available() > 0) {
                int start = bytes.length - in.available();
                edit.font().readCode(in);
                int end = bytes.length - in.available();
                Float advance = edit.removedCodes().get(code++);
                if (advance == null) {
                    kept.write(bytes, start, end - start);
                } else {
                    flush(kept, rewritten);
                    rewritten.add(new COSFloat(advance));
                }
            }
            flush(kept, rewritten);
        }
        out.add(rewritten);
        out.add(Operator.getOperator(OperatorName.SHOW_TEXT_ADJUSTED));
        return out;
    }

    private static void flush(ByteArrayOutputStream kept, COSArray target) {
        if (kept.size() > 0) {
            target.add(new COSString(kept.toByteArray()));
            kept.reset();
        }
    }
}
