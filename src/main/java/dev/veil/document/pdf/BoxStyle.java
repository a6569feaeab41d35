package dev.veil.document.pdf;

/**
 * How a removed value is marked on the page: {@link #BLACK} for redaction, {@link #TEXT} (a white
 * box with the replacement written in it) for tokenisation, so the token can be read and joined.
 */
public enum BoxStyle {
    BLACK,
    TEXT
}
