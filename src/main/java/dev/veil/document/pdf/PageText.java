package dev.veil.document.pdf;

import dev.veil.document.Segment;
import dev.veil.document.TextUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one page as detection sees it, built from the glyphs in content order: a space
 * where a gap along the line is wider than a narrow space, a line break where the baseline jumps.
 * Lines are joined in one unit so a name broken over two lines is still found. Every character
 * maps back to the glyph that showed it ({@link #glyphAt}), or to -1 for a separator that was
 * inferred from positions.
 */
final class PageText {
    private static final float SPACE_GAP = 0.15f;
    private static final float LINE_JUMP = 0.5f;

    private final TextUnit unit;
    private final int[] glyphAt;

    private PageText(TextUnit unit, int[] glyphAt) {
        this.unit = unit;
        this.glyphAt = glyphAt;
    }

    TextUnit unit() {
        return unit;
    }

    /** The index of the glyph behind character {@code i} of the unit text, or -1. */
    int glyphAt(int i) {
        return glyphAt[i];
    }

    /**
     * The page's glyph runs as segments. PDF page text is rewritten by glyph removal in
     * {@link PdfDocument#rewrite}, never segment by segment, so {@code replace} refuses loudly
     * instead of silently leaving the value in place.
     */
    private record GlyphRun(String text) implements Segment {
        @Override
        public void replace(String newText) {
            throw new UnsupportedOperationException("PDF page text is rewritten by PdfDocument.rewrite");
        }
    }

    static PageText of(List<Glyph> glyphs) {
        TextUnit.Builder unit = TextUnit.builder();
        List<Integer> map = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        List<Integer> runGlyphs = new ArrayList<>();
        Glyph previous = null;
        boolean endsWithSpace = true;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g.unicode() == null) {
                continue;
            }
            String separator = previous == null ? "" : separator(previous, g, endsWithSpace);
            boolean sameRun = previous != null && separator.isEmpty()
                    && previous.key().operator() == g.key().operator()
                    && previous.key().formPath().equals(g.key().formPath());
            if (!sameRun && run.length() > 0) {
                flush(unit, map, run, runGlyphs);
            }
            if (!separator.isEmpty()) {
                unit.label(separator);
                for (int k = 0; k < separator.length(); k++) {
                    map.add(-1);
                }
            }
            run.append(g.unicode());
            for (int k = 0; k < g.unicode().length(); k++) {
                runGlyphs.add(i);
            }
            endsWithSpace = Character.isWhitespace(g.unicode().charAt(g.unicode().length() - 1));
            previous = g;
        }
        if (run.length() > 0) {
            flush(unit, map, run, runGlyphs);
        }
        return new PageText(unit.build(), map.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void flush(TextUnit.Builder unit, List<Integer> map, StringBuilder run, List<Integer> runGlyphs) {
        unit.segment(new GlyphRun(run.toString()));
        map.addAll(runGlyphs);
        run.setLength(0);
        runGlyphs.clear();
    }

    /** What to put between two consecutive glyphs: nothing, a space or a line break. */
    private static String separator(Glyph a, Glyph b, boolean endsWithSpace) {
        float[] ab = a.baseline();
        float dx = ab[2] - ab[0];
        float dy = ab[3] - ab[1];
        float len = (float) Math.hypot(dx, dy);
        if (len < 1e-4f) {
            dx = 1;
            dy = 0;
        } else {
            dx /= len;
            dy /= len;
        }
        float gx = b.baseline()[0] - ab[2];
        float gy = b.baseline()[1] - ab[3];
        float along = gx * dx + gy * dy;
        float across = -gx * dy + gy * dx;
        float size = Math.max(Math.max(a.size(), b.size()), 1e-3f);
        if (Math.abs(across) > LINE_JUMP * size || along < -2 * size) {
            return "\n";
        }
        boolean startsWithSpace = Character.isWhitespace(b.unicode().charAt(0));
        if (along > SPACE_GAP * size && !endsWithSpace && !startsWithSpace) {
            return " ";
        }
        return "";
    }
}
