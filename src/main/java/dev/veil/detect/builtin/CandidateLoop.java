package dev.veil.detect.builtin;

import dev.veil.detect.TextView;
import java.util.function.IntUnaryOperator;

/**
 * The candidate loop of the hand-written detectors that start from a cheap anchor (a number, a
 * label word): positions come from the passes a {@link TextView} makes once for every detector
 * (its digit runs, its words), so no detector walks the text's characters on its own.
 */
final class CandidateLoop {
    /** Which positions a detector is tried at. */
    enum Positions {
        /** The first digit of every maximal run of ASCII digits. */
        DIGIT_RUN_STARTS,
        /** Every ASCII digit. */
        DIGITS,
        /** The first letter of every word (maximal run of letters). */
        WORD_STARTS
    }

    private CandidateLoop() {
    }

    /**
     * Calls {@code tryAt} at each position of {@code kind}, in text order, skipping positions
     * before the one the previous call returned: {@code tryAt} answers where to go on from
     * (the position after it when nothing was found, the end of a match to skip past it).
     */
    static void scan(TextView view, Positions kind, IntUnaryOperator tryAt) {
        int resume = 0;
        if (kind == Positions.WORD_STARTS) {
            int words = view.wordCount();
            for (int k = 0; k < words; k++) {
                int i = view.wordStart(k);
                if (i >= resume) {
                    resume = tryAt.applyAsInt(i);
                }
            }
            return;
        }
        int runs = view.digitRunCount();
        for (int k = 0; k < runs; k++) {
            int start = view.digitRunStart(k);
            int end = kind == Positions.DIGITS ? view.digitRunEnd(k) : start + 1;
            for (int i = Math.max(start, resume); i < end; i = Math.max(i + 1, resume)) {
                resume = tryAt.applyAsInt(i);
            }
        }
    }
}
