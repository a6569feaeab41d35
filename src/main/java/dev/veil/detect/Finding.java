package dev.veil.detect;

import java.util.Objects;

/**
 * One piece of personal data in a text: its type and where it is. Offsets are Java {@code char}
 * (UTF-16) indices into the text that was scanned, end exclusive; {@link dev.veil.detect.Offsets}
 * converts them to the Unicode code points of the CLI contract and of Comprehend.
 *
 * <p>Immutable. Holds no value: a finding can be logged, audited and cached.
 */
public record Finding(EntityType type, int start, int end, double score, String detector,
                      Explanation explanation) {
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(explanation, "explanation");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    public Finding withScore(double newScore, String why) {
        return new Finding(type, start, end, newScore, detector, explanation.with(why));
    }

    public Finding withSpan(int newStart, int newEnd, String why) {
        return new Finding(type, newStart, newEnd, score, detector, explanation.with(why));
    }

    /** Shifts the span by {@code delta} characters (to map back from a sub-text). */
    public Finding shifted(int delta) {
        return delta == 0 ? this : new Finding(type, start + delta, end + delta, score, detector, explanation);
    }
}
