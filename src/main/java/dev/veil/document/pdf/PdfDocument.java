package dev.veil.document.pdf;

import dev.veil.detect.Finding;
import dev.veil.document.OpenDocument;
import dev.veil.document.RepeatedValues;
import dev.veil.document.Replacer;
import dev.veil.document.TextUnit;
import dev.veil.document.UnitRewriter;
import dev.veil.document.UnreadableDocumentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * An open PDF. Units are the pages' text (one unit per page, in page order, Form XObjects
 * included) followed by the text outside pages ({@link PdfTextFields}). {@link #rewrite} removes
 * the found glyphs from the content streams, and every other occurrence of a removed value on any
 * page, draws the boxes, rewrites the other strings, sanitises ({@link PdfSanitiser}), saves as a
 * full rewrite and verifies the result ({@link PdfVerifier}); pages that cannot be trusted are
 * rasterised. Not thread-safe.
 */
final class PdfDocument implements OpenDocument {
    private final PDDocument document;
    private final BoxStyle style;
    private final List<PageGlyphs> pages;
    private final List<PageText> texts;
    private final List<TextUnit> units;
    private Set<Integer> rasterisedPages = Set.of();

    private PdfDocument(PDDocument document, BoxStyle style, List<PageGlyphs> pages, List<PageText> texts,
                        List<TextUnit> units) {
        this.document = document;
        this.style = style;
        this.pages = pages;
        this.texts = texts;
        this.units = units;
    }

    static PdfDocument open(PDDocument document, BoxStyle style) throws IOException {
        List<PageGlyphs> pages = new ArrayList<>();
        List<PageText> texts = new ArrayList<>();
        List<TextUnit> units = new ArrayList<>();
        boolean anyText = false;
        boolean anyImages = false;
        for (PDPage page : document.getPages()) {
            PageGlyphs glyphs = GlyphExtractor.extract(page);
            PageText text = PageText.of(glyphs.glyphs());
            pages.add(glyphs);
            texts.add(text);
            units.add(text.unit());
            anyText |= !text.unit().text().isBlank();
            anyImages |= glyphs.hasImages();
        }
        if (!anyText && anyImages) {
            throw new UnreadableDocumentException(PdfFormat.NO_TEXT_LAYER);
        }
        units.addAll(PdfTextFields.units(document));
        return new PdfDocument(document, style, pages, texts, List.copyOf(units));
    }

    @Override
    public String mediaType() {
        return PdfFormat.MEDIA_TYPE;
    }

    @Override
    public List<TextUnit> units() {
        return units;
    }

    /** Pages (0-based) the last {@link #rewrite} replaced by pictures. */
    Set<Integer> rasterisedPages() {
        return rasterisedPages;
    }

    @Override
    public byte[] rewrite(List<List<Finding>> findingsPerUnit, Replacer replacer) {
        if (findingsPerUnit.size() != units.size()) {
            throw new IllegalArgumentException("findings for " + findingsPerUnit.size() + " units, document has "
                    + units.size());
        }
        Map<String, Finding> removed = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            String text = units.get(i).text();
            for (Finding f : findingsPerUnit.get(i)) {
                removed.putIfAbsent(text.substring(f.start(), f.end()), f);
            }
        }
        try {
            for (int i = pages.size(); i < units.size(); i++) {
                UnitRewriter.apply(units.get(i), findingsPerUnit.get(i), replacer);
            }
            RepeatedValues elsewhere = repeatedValues(removed);
            Set<Integer> untrusted = new TreeSet<>();
            for (int p = 0; p < pages.size(); p++) {
                List<RedactionBoxes.Redaction> redactions = redactions(p, findingsPerUnit.get(p), elsewhere, replacer);
                List<Glyph> glyphs = new ArrayList<>();
                redactions.forEach(r -> glyphs.addAll(r.glyphs()));
                PDPage page = document.getPage(p);
                ContentStreamRedactor.redact(document, page, glyphs);
                RedactionBoxes.draw(document, page, redactions, style);
                PageGlyphs pg = pages.get(p);
                boolean hiddenHit = glyphs.stream().anyMatch(g -> g.invisible() || Float.isNaN(g.tjAdvance()));
                if (pg.usesType3() || pg.unmapped() || hiddenHit) {
                    untrusted.add(p);
                }
            }
            PdfSanitiser.sanitise(document);
            PdfVerifier.Verified verified = PdfVerifier.verify(PdfVerifier.save(document), removed.keySet(), untrusted);
            rasterisedPages = verified.rasterisedPages();
            return verified.pdf();
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException("PDF could not be rewritten (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The page's findings plus every other occurrence on the page of any value removed anywhere in
     * the document (a name found in the letter's body is also removed from its footer and title).
     */
    private List<RedactionBoxes.Redaction> redactions(int page, List<Finding> findings, RepeatedValues elsewhere,
                                                      Replacer replacer) {
        PageText text = texts.get(page);
        String s = text.unit().text();
        boolean[] covered = new boolean[s.length()];
        List<RedactionBoxes.Redaction> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(redaction(page, f, replacer.replacementFor(f, s.substring(f.start(), f.end())), covered));
        }
        for (Finding f : elsewhere.occurrencesIn(s)) {
            if (!anyCovered(covered, f.start(), f.end())) {
                out.add(redaction(page, f, replacer.replacementFor(f, s.substring(f.start(), f.end())), covered));
            }
        }
        out.removeIf(r -> r.glyphs().isEmpty());
        return out;
    }

    private RedactionBoxes.Redaction redaction(int page, Finding f, String replacement, boolean[] covered) {
        PageText text = texts.get(page);
        List<Glyph> all = pages.get(page).glyphs();
        List<Glyph> glyphs = new ArrayList<>();
        int last = -1;
        for (int i = f.start(); i < f.end(); i++) {
            covered[i] = true;
            int g = text.glyphAt(i);
            if (g >= 0 && g != last) {
                glyphs.add(all.get(g));
                last = g;
            }
        }
        return new RedactionBoxes.Redaction(glyphs, replacement);
    }

    private static boolean anyCovered(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** The removed values (three letters or digits or more) to look for on every page; any run of spaces matches any other. */
    private static RepeatedValues repeatedValues(Map<String, Finding> removed) {
        RepeatedValues out = new RepeatedValues(1);
        removed.forEach((value, f) -> {
            if (PdfVerifier.compact(value.strip()).length() >= 3) {
                out.add(value, f);
            }
        });
        return out;
    }

    @Override
    public byte[] save() {
        try {
            return PdfVerifier.save(document);
        } catch (IOException e) {
            throw new UnreadableDocumentException("PDF could not be saved (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing was written; the bytes were in memory
        }
    }
}
