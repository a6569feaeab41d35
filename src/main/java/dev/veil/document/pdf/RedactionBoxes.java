package dev.veil.document.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the boxes over the places glyphs were removed from, on top of the page's content (which
 * is wrapped in {@code q}/{@code Q} so its graphics state cannot move the boxes). A box follows
 * the glyphs' direction, so rotated text and rotated pages are covered. {@link BoxStyle#BLACK}
 * fills black; {@link BoxStyle#TEXT} draws a white box with a border and the replacement (the
 * token) in Helvetica, written along the text's direction.
 */
final class RedactionBoxes {
    private RedactionBoxes() {
    }

    /** One removed value: its glyphs in content order and what replaces it. */
    record Redaction(List<Glyph> glyphs, String replacement) {
    }

    static void draw(PDDocument document, PDPage page, List<Redaction> redactions, BoxStyle style) throws IOException {
        if (redactions.isEmpty()) {
            return;
        }
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            for (Redaction r : redactions) {
                boolean first = true;
                for (float[] q : quads(r.glyphs())) {
                    path(cs, q);
                    if (style == BoxStyle.BLACK) {
                        cs.setNonStrokingColor(0f);
                        cs.fill();
                    } else {
                        cs.setNonStrokingColor(1f);
                        cs.setStrokingColor(0f);
                        cs.setLineWidth(0.5f);
                        cs.fillAndStroke();
                        if (first) {
                            label(cs, font, q, r.replacement());
                        }
                    }
                    first = false;
                }
            }
        }
    }

    /** Quads of consecutive glyphs merged per line (a value broken over lines gives one per line). */
    static List<float[]> quads(List<Glyph> glyphs) {
        List<float[]> out = new ArrayList<>();
        Glyph start = null;
        Glyph last = null;
        for (Glyph g : glyphs) {
            if (start != null && !continues(last, g)) {
                out.add(merge(start, last));
                start = null;
            }
            if (start == null) {
                start = g;
            }
            last = g;
        }
        if (start != null) {
            out.add(merge(start, last));
        }
        return out;
    }

    private static boolean continues(Glyph a, Glyph b) {
        float gap = (float) Math.hypot(b.baseline()[0] - a.baseline()[2], b.baseline()[1] - a.baseline()[3]);
        return gap <= 1.5f * Math.max(a.size(), b.size());
    }

    private static float[] merge(Glyph first, Glyph last) {
        float[] a = first.quad();
        float[] b = last.quad();
        return new float[] {a[0], a[1], b[2], b[3], b[4], b[5], a[6], a[7]};
    }

    private static void path(PDPageContentStream cs, float[] q) throws IOException {
        cs.moveTo(q[0], q[1]);
        cs.lineTo(q[2], q[3]);
        cs.lineTo(q[4], q[5]);
        cs.lineTo(q[6], q[7]);
        cs.closePath();
    }

    private static void label(PDPageContentStream cs, PDType1Font font, float[] q, String text) throws IOException {
        String printable = winAnsiSafe(text);
        if (printable.isEmpty()) {
            return;
        }
        double width = Math.hypot(q[2] - q[0], q[3] - q[1]);
        double height = Math.hypot(q[6] - q[0], q[7] - q[1]);
        if (width < 1 || height < 1) {
            return;
        }
        float textWidth = font.getStringWidth(printable) / 1000f;
        float size = (float) Math.min(height * 0.7, width / Math.max(textWidth, 1e-3f));
        size = Math.max(size, 1f);
        double angle = Math.atan2(q[3] - q[1], q[2] - q[0]);
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        // lift the baseline a little above the box's bottom edge, across the text direction
        float lift = (float) (height * 0.2);
        cs.beginText();
        cs.setNonStrokingColor(0f);
        cs.setFont(font, size);
        cs.setTextMatrix(new Matrix(cos, sin, -sin, cos, q[0] - sin * lift, q[1] + cos * lift));
        cs.showText(printable);
        cs.endText();
    }

    /** Helvetica's WinAnsi encoding holds printable ASCII for certain; anything else becomes '?'. */
    private static String winAnsiSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
        return b.toString();
    }
}
