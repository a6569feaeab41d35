package dev.veil.document.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One glyph code shown on a page, as the extraction pass saw it. Coordinates are in the page's
 * user space (before {@code /Rotate} and independent of the crop box).
 *
 * @param key        where the code is in the content streams
 * @param unicode    the text the code stands for, or null when the font has no Unicode mapping
 * @param font       the font it is shown with
 * @param baseline   origin and end of the glyph's advance on the baseline: x0, y0, x1, y1
 * @param quad       the glyph's box: origin-bottom, end-bottom, end-top, origin-top (x, y pairs),
 *                   following the glyph's direction and any skew
 * @param size       the font size in user space units (for spacing and box heights)
 * @param invisible  shown with text render mode 3 or 7 (an OCR layer, hidden text)
 * @param tjAdvance  the {@code TJ} number that moves the text position as far as this glyph did
 *                   (its width plus character and word spacing), or NaN when none can
 */
record Glyph(GlyphKey key, String unicode, PDFont font, float[] baseline, float[] quad, float size,
             boolean invisible, float tjAdvance) {
}
