package dev.veil.detect.builtin;

import dev.veil.detect.PatternDetector;
import dev.veil.detect.TextView;

/**
 * A {@link PatternDetector}'s match starts taken from a {@link RunIndex}: the starts of the runs
 * of some lengths that pass a hand-written test. Declaring one is a promise that every match of
 * every pattern of the detector starts at such a run (the test sees the whole run, and may look
 * at the characters around it); the patterns then run only there, with {@code lookingAt}.
 *
 * @param pass    which runs: {@link RunIndex#ALNUM} or {@link RunIndex#DIGITS}
 * @param lengths the lengths a first run can have, ascending
 * @param test    what else every first run passes
 */
record RunCandidates(TextView.SharedPass<RunIndex> pass, int[] lengths, RunIndex.RunTest test)
        implements PatternDetector.Candidates {

    /** Runs of ASCII letters and digits of the given lengths (ascending) that pass {@code test}. */
    static RunCandidates alnum(RunIndex.RunTest test, int... lengths) {
        return new RunCandidates(RunIndex.ALNUM, lengths.clone(), test);
    }

    /** Runs of ASCII digits of the given lengths (ascending) that pass {@code test}. */
    static RunCandidates digits(RunIndex.RunTest test, int... lengths) {
        return new RunCandidates(RunIndex.DIGITS, lengths.clone(), test);
    }

    @Override
    public int[] starts(TextView view) {
        return view.shared(pass).starts(view.text(), lengths, test);
    }
}
