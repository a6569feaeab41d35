package dev.veil.document.text;

import dev.veil.document.Segment;

/**
 * A range of a document's decoded text that can take a replacement; the replacement is kept
 * until the document is saved, when {@link #edit()} turns it into an {@link EncodedText.Edit}
 * in the format's own syntax (quoted CSV field, escaped JSON string, raw text).
 */
abstract class TextSegment implements Segment {
    private final int start;
    private final int end;
    private final String text;
    private String replacement;

    TextSegment(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
    }

    @Override
    public final String text() {
        return replacement == null ? text : replacement;
    }

    @Override
    public final void replace(String newText) {
        replacement = newText;
    }

    /** The text as the document holds it, whatever replaces it. */
    final String original() {
        return text;
    }

    boolean changed() {
        return replacement != null && !replacement.equals(text);
    }

    /** The edit that writes the replacement into the source, in the format's syntax. */
    EncodedText.Edit edit() {
        return new EncodedText.Edit(start, end, encode(replacement));
    }

    /**
     * The smallest edit that turns the original text into the replacement, for raw text: only the
     * characters that changed are re-encoded, so untouched bytes stay exactly as they were.
     */
    final EncodedText.Edit minimalEdit() {
        int p = 0;
        int max = Math.min(text.length(), replacement.length());
        while (p < max && text.charAt(p) == replacement.charAt(p)) {
            p++;
        }
        if (p > 0 && Character.isHighSurrogate(text.charAt(p - 1))) {
            p--;
        }
        int s = 0;
        while (s < max - p && text.charAt(text.length() - 1 - s) == replacement.charAt(replacement.length() - 1 - s)) {
            s++;
        }
        if (s > 0 && Character.isLowSurrogate(text.charAt(text.length() - s))) {
            s--;
        }
        return new EncodedText.Edit(start + p, end - s, replacement.substring(p, replacement.length() - s));
    }

    /** How the format writes a replacement value. */
    abstract String encode(String value);
}
