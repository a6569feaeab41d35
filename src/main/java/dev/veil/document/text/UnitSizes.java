package dev.veil.document.text;

/**
 * Bounds on the size of a detection unit: big enough that a name broken across lines or a label
 * in the previous cell is seen, small enough that detection over one unit stays fast and a
 * document of one huge line or one huge row is still split into many units.
 */
final class UnitSizes {
    /** Characters after which a unit is closed at the next boundary (line, field, value). */
    static final int MAX_CHARS = 16 * 1024;
    /** Lines per unit of plain text when a paragraph has no blank line. */
    static final int MAX_LINES = 64;
    /** Pieces (segments and labels) per unit of structured formats. */
    static final int MAX_PIECES = 512;

    private UnitSizes() {
    }
}
