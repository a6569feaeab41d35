package dev.veil.document.pdf;

import java.util.List;

/**
 * Every glyph code a page shows, in content-stream order, and what the extraction pass learnt
 * about the page that decides whether glyph removal alone can be trusted for it.
 *
 * @param glyphs     the codes shown, Form XObjects included
 * @param usesType3  a Type3 font is used (glyphs drawn by arbitrary procedures)
 * @param unmapped   some code has no Unicode mapping, so detection could not read it
 * @param hasImages  the page draws images (which may show text that has no text layer)
 */
record PageGlyphs(List<Glyph> glyphs, boolean usesType3, boolean unmapped, boolean hasImages) {
    PageGlyphs {
        glyphs = List.copyOf(glyphs);
    }
}
