package dev.veil.document.pdf;

import java.util.List;

/**
 * Where one shown glyph code lives in a page's content: the chain of {@code Do} operator indices
 * that leads from the page's content stream into nested Form XObjects ({@code formPath}, empty for
 * the page itself), the index of the text-showing operator in that stream, and the index of the
 * code among the codes that operator shows (across all strings of a {@code TJ} array).
 */
record GlyphKey(List<Integer> formPath, int operator, int code) {
    GlyphKey {
        formPath = List.copyOf(formPath);
    }
}
