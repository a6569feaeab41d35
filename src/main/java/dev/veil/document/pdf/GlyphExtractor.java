package dev.veil.document.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The extraction pass: walks a page's content (and the Form XObjects it draws) and records every
 * glyph code shown, numbered by stream, operator and code so that {@link ContentStreamRedactor}
 * can find the same code again when it rewrites the streams. Counting is done here rather than
 * through PDFBox's text stripper, which skips unmapped codes of composite fonts and merges
 * overlapping duplicates. One instance per page; not thread-safe.
 */
final class GlyphExtractor extends PDFStreamEngine {
    /** Form nesting deeper than this is not followed (and the page is not trusted). */
    static final int MAX_FORM_DEPTH = 24;
    private static final float ASCENT = 0.85f;
    private static final float DESCENT = -0.22f;

    /** The stream being walked: its path from the page and its operator and code counters. */
    private static final class Frame {
        final List<Integer> path;
        int operator = -1;
        int depth;
        int code;

        Frame(List<Integer> path) {
            this.path = path;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private boolean usesType3;
    private boolean unmapped;
    private boolean hasImages;

    private GlyphExtractor() {
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
        addOperator(new NextLine(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetTextRenderingMode(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
    }

    /** Walks one page and returns its glyphs. */
    static PageGlyphs extract(PDPage page) throws IOException {
        GlyphExtractor x = new GlyphExtractor();
        x.frames.push(new Frame(List.of()));
        x.processPage(page);
        return new PageGlyphs(x.glyphs, x.usesType3, x.unmapped, x.hasImages);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        Frame f = frames.peek();
        if (f.depth == 0) {
            // only operators read from the stream count; ' and " call T* and Tj internally
            f.operator++;
            f.code = 0;
            noteImages(operator, operands);
        }
        f.depth++;
        try {
            super.processOperator(operator, operands);
        } finally {
            f.depth--;
        }
    }

    private void noteImages(Operator operator, List<COSBase> operands) {
        String name = operator.getName();
        if (OperatorName.BEGIN_INLINE_IMAGE.equals(name)) {
            hasImages = true;
        } else if (OperatorName.DRAW_OBJECT.equals(name) && !operands.isEmpty()
                && operands.get(0) instanceof COSName xobject) {
            PDResources res = getResources();
            if (res != null && res.isImageXObject(xobject)) {
                hasImages = true;
            }
        }
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        inChildFrame(() -> super.showForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        inChildFrame(() -> super.showTransparencyGroup(form));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void inChildFrame(IoAction action) throws IOException {
        Frame parent = frames.peek();
        if (parent.path.size() >= MAX_FORM_DEPTH) {
            unmapped = true; // content we did not read: the page cannot be trusted
            return;
        }
        List<Integer> path = new ArrayList<>(parent.path);
        path.add(parent.operator);
        frames.push(new Frame(List.copyOf(path)));
        try {
            action.run();
        } finally {
            frames.pop();
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        Frame f = frames.peek();
        GlyphKey key = new GlyphKey(f.path, f.operator, f.code++);
        if (font instanceof PDType3Font) {
            usesType3 = true;
        }
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unicode = null;
            unmapped = true;
        } else if (unicode.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB4F)) {
            unicode = Normalizer.normalize(unicode, Normalizer.Form.NFKC); // ligatures: "ﬁ" -> "fi"
        }
        PDTextState ts = getGraphicsState().getTextState();
        boolean vertical = font.isVertical();
        float w = vertical ? displacement.getY() : displacement.getX();
        float[] baseline;
        float[] quad;
        if (vertical) {
            baseline = points(trm, 0, 0, 0, w);
            quad = points(trm, -0.5f, 0, -0.5f, w, 0.5f, w, 0.5f, 0);
        } else {
            baseline = points(trm, 0, 0, w, 0);
            quad = points(trm, 0, DESCENT, w, DESCENT, w, ASCENT, 0, ASCENT);
        }
        RenderingMode mode = ts.getRenderingMode();
        boolean invisible = mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP;
        float fontSize = ts.getFontSize();
        float spacing = ts.getCharacterSpacing();
        if (code == 32 && !(font instanceof PDType0Font)) {
            spacing += ts.getWordSpacing(); // PDF applies Tw to single-byte code 32 only
        }
        float tj = fontSize == 0 ? Float.NaN : -(w * 1000f + spacing * 1000f / fontSize);
        float size = Math.max(trm.getScalingFactorX(), trm.getScalingFactorY());
        glyphs.add(new Glyph(key, unicode, font, baseline, quad, size, invisible, tj));
    }

    private static float[] points(Matrix m, float... xy) {
        float[] out = new float[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            var p = m.transformPoint(xy[i], xy[i + 1]);
            out[i] = (float) p.getX();
            out[i + 1] = (float) p.getY();
        }
        return out;
    }
}
