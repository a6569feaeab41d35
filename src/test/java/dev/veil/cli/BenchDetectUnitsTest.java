package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code veil bench detect --unit-chars}: the text detected in units of whole lines, as documents are. */
class BenchDetectUnitsTest {
    @Test
    void unitsAreWholeLinesThatJoinToTheText() {
        String text = "one\ntwo two\nthree three three\nfour\n\nfive";
        assertArrayEquals(new String[] {text}, BenchDetectCommand.units(text, 0));
        assertArrayEquals(new String[] {"one\n", "two two\n", "three three three\n", "four\n", "\n", "five"},
                BenchDetectCommand.units(text, 1));
        assertArrayEquals(new String[] {"one\ntwo two\n", "three three three\n", "four\n\n", "five"},
                BenchDetectCommand.units(text, 6));
        assertArrayEquals(new String[] {text}, BenchDetectCommand.units(text, 1000));
        String generated = SyntheticCorpus.generate(200_000, 7L, SyntheticCorpus.Kind.MIXED);
        for (int n : new int[] {1, 80, 500, 4096}) {
            String[] units = BenchDetectCommand.units(generated, n);
            assertEquals(generated, String.join("", units));
            for (int k = 0; k < units.length - 1; k++) {
                assertTrue(units[k].length() >= n && units[k].endsWith("\n"), "unit " + k + " of " + n);
                // cut at the first line end that reaches n: no earlier line end would do
                assertEquals(units[k].length() - 1, units[k].indexOf('\n', n - 1), "unit " + k + " of " + n);
            }
        }
    }

    @Test
    void measuresTheEngineUnitByUnit() {
        CliRunner.Result r = CliRunner.run("bench", "detect", "--mb", "1", "--iterations", "2", "--warmup", "1",
                "--warmup-seconds", "0", "--unit-chars", "200");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s).*text: 1\\.0 MB generated \\(mixed\\) in \\d+ units of about 200 characters.*"),
                r.out());
        Matcher findings = Pattern.compile("over 2 runs; (\\d+) findings").matcher(r.out());
        assertTrue(findings.find(), r.out());
        assertNotEquals("0", findings.group(1), r.out());
    }

    @Test
    void perDetectorTimesTheWholeTextOnly() {
        CliRunner.Result r = CliRunner.run("bench", "detect", "--mb", "1", "--unit-chars", "200", "--per-detector");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("it takes no --unit-chars"), r.err());
    }
}
