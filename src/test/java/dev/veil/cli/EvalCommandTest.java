package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static Finding f(int s, int e) {
        return new Finding(EntityType.EMAIL, s, e, 0.9, "t", Explanation.of("t", 0.9));
    }

    @Test
    void overlapCountsAsHitAndStrayFindingIsFalsePositive() {
        EvalTally t = new EvalTally();
        t.add(EvalTally.score(List.of(new int[] {0, 10}, new int[] {20, 30}), List.of(f(5, 12), f(40, 45))));
        t.add(EvalTally.score(List.of(), List.of(f(0, 3))));
        assertEquals(2, t.expected);
        assertEquals(1, t.truePositives);
        assertEquals(2, t.falsePositives);
        assertEquals(1.0 / 3, t.precision(), 1e-9);
        assertEquals(0.5, t.recall(), 1e-9);
    }

    @Test
    void mapsBenchmarkNamesAndReportsUnsupportedOnes(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("c.jsonl");
        Files.writeString(cases, """
                {"entity": "EMAIL_ADDRESS", "text": "nothing to see", "expected": []}
                {"entity": "KR_RRN", "text": "y", "expected": [[0, 1]]}
                {"entity": "US_SSN", "text": "context only"}
                """);
        CliRunner.Result r = CliRunner.run("eval", cases.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("| EMAIL | 1 | 0 |"), r.out());
        assertTrue(r.out().contains("KR_RRN=1"), r.out());
        assertTrue(r.out().contains("(skipped): 1"), r.out());
    }

    @Test
    void casesPresidioItselfScoresNearZeroCanBeLeftOut(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("c.jsonl");
        Files.writeString(cases, """
                {"entity": "EMAIL_ADDRESS", "text": "a", "expected": [[0, 1]], "meta": {"presidio_score": [[0.0, 0.1]]}}
                {"entity": "EMAIL_ADDRESS", "text": "b", "expected": [], "meta": {"presidio_score": 0.9}}
                """);
        CliRunner.Result all = CliRunner.run("eval", cases.toString());
        assertTrue(all.out().contains("| EMAIL | 2 | 1 |"), all.out());
        CliRunner.Result some = CliRunner.run("eval", "--min-expected-score", "0.5", cases.toString());
        assertTrue(some.out().contains("| EMAIL | 1 | 0 |"), some.out());
        assertTrue(some.out().contains("below 0.5: 1"), some.out());
    }
}
