package dev.veil.detect.builtin;

/**
 * Where a hand-written detector's match can be: {@code true} at the positions a match must
 * contain, always an ASCII digit (a ZIP code's first digit, a postcode's inward digit).
 */
@FunctionalInterface
interface DigitAnchor {
    boolean at(String text, int i);
}
