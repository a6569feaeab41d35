package dev.veil.detect.builtin;

/**
 * Where a hand-written detector's match can be: {@code true} at the positions a match must
 * contain, always an ASCII digit (a ZIP code's first digit, a postcode's inward digit).
 */
@FunctionalInterface
interface DigitAnchor {
    boolean at(String text, int i);

    /**
     * {@link #at} where {@code [start, end)} is a whole run of ASCII digits: an anchor that reads
     * the run's length may take it from here instead of counting the digits again.
     */
    default boolean atRun(String text, int start, int end) {
        return at(text, start);
    }

    /**
     * The longest run of digits {@link #atRun} can accept: a detector turns longer runs away
     * without asking (a call per run through this interface is most of what a gate costs on a
     * text of numbers).
     */
    default int longestRun() {
        return Integer.MAX_VALUE;
    }

    /** The characters that may follow a run {@link #atRun} accepts (0 standing for the text's end). */
    default RunIndex.Chars afterRun() {
        return RunIndex.Chars.ANY;
    }

    /**
     * Characters one of which follows every run {@link #atRun} accepts, at most
     * {@link #followedWithin} characters after the run's end, with nothing but ASCII digits, dots,
     * spaces and hyphens between; {@code null} when the anchor declares none. A shared pass may then start from those characters instead of visiting every
     * run ({@link DigitAnchoredDetector#startsPassing}): an age's unit starts with a "y", and a
     * text has far fewer of those near a number than it has runs of digits.
     */
    default String followedBy() {
        return null;
    }

    /** How far after a run's end {@link #followedBy}'s character can be (0: right at the end). */
    default int followedWithin() {
        return 0;
    }
}
