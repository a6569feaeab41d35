package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veil bench detect --against}: another build run by turns with this one, compared run by run. */
class BenchDetectAgainstTest {
    private static Path thisBuild() throws Exception {
        return Path.of(DetectionEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void comparesThisBuildWithAnotherRunByRun() throws Exception {
        CliRunner.Result r = CliRunner.run("bench", "detect", "--mb", "1", "--iterations", "3", "--warmup", "1",
                "--warmup-seconds", "0", "--against", thisBuild().toString());
        assertEquals(0, r.exitCode(), r.err());
        Matcher other = Pattern.compile("other build: median [\\d.]+ ms/MB .*; (\\d+) findings").matcher(r.out());
        Matcher mine = Pattern.compile("this build: +median [\\d.]+ ms/MB .*; (\\d+) findings").matcher(r.out());
        assertTrue(other.find() && mine.find(), r.out());
        // the same code on the same text: the same findings, and some of them
        assertEquals(mine.group(1), other.group(1), r.out());
        assertNotEquals("0", mine.group(1), r.out());
        Matcher ratio = Pattern.compile("this / other, run by run: median ([\\d.]+) \\(quartiles").matcher(r.out());
        assertTrue(ratio.find(), r.out());
        double median = Double.parseDouble(ratio.group(1));
        assertTrue(median > 0.2 && median < 5, r.out());
    }

    @Test
    void theOtherBuildIsItsOwnCopyOfTheEngine() throws Exception {
        // loaded again from its location, not handed this build's classes: the classes differ, the counts agree
        Class<?> theirs = OtherBuild.loaderFor(thisBuild()).loadClass(DetectionEngine.class.getName());
        assertNotEquals(DetectionEngine.class, theirs);
        assertEquals(theirs.getClassLoader(), theirs.getClassLoader().loadClass("dev.veil.detect.Finding").getClassLoader());
        assertEquals(DetectionEngine.defaults().detect("Call Mary Smith on +44 20 7946 0958.").size(),
                OtherBuild.load(thisBuild()).applyAsInt("Call Mary Smith on +44 20 7946 0958."));
    }

    @Test
    void aLocationWithoutAnEngineIsAClearError(@TempDir Path empty) {
        IOException e = assertThrows(IOException.class, () -> OtherBuild.load(empty));
        assertTrue(e.getMessage().contains("no Veil detection engine"), e.getMessage());
        CliRunner.Result r = CliRunner.run("bench", "detect", "--mb", "1", "--against", empty.resolve("none.jar").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("no such jar or directory"), r.err());
    }

    @Test
    void settingsThatOnlyThisBuildWouldApplyAreRefused() throws Exception {
        // both sides run their default engine: a setting applied to one side only would skew the ratio
        CliRunner.Result r = CliRunner.run("bench", "detect", "--mb", "1", "--types", "EMAIL",
                "--against", thisBuild().toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--against compares the two builds' default engines"), r.err());
    }
}
