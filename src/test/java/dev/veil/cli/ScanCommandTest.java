package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.scan.ScanRecord;
import dev.veil.scan.ScanStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
    private static final String LETTER = "Dear Mary Smith, your card 4539 1488 0343 6467 is blocked. mary.smith@example.com";

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("letter.txt"), LETTER);
        Files.writeString(in.resolve("sub/clean.txt"), "The meeting is moved to the large room.");
        Files.write(in.resolve("sub/archive.zip"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        return in;
    }

    private static Map<String, ScanRecord> parse(String jsonl) {
        return jsonl.lines().map(ScanRecord::parse).collect(Collectors.toMap(ScanRecord::key, r -> r));
    }

    @Test
    void scansAFolderToJsonLinesWithoutValues() throws Exception {
        CliRunner.Result r = CliRunner.run("scan", "--threads", "2", corpus().toString());
        assertEquals(0, r.exitCode(), r.err());
        Map<String, ScanRecord> records = parse(r.out());
        assertEquals(List.of("letter.txt", "sub/archive.zip", "sub/clean.txt"), records.keySet().stream().sorted().toList());
        ScanRecord letter = records.get("letter.txt");
        assertEquals("high", letter.level().label());
        assertEquals(3, letter.findings());
        assertEquals(ScanStatus.CANNOT_INSPECT, records.get("sub/archive.zip").status());
        assertEquals("none", records.get("sub/clean.txt").level().label());
        assertFalse(r.out().contains("4539") || r.out().contains("Smith") || r.out().contains("example.com"),
                "no value in the output");
        assertTrue(r.err().contains("3 objects, 2 scanned, 1 cannot inspect, 0 errors; 1 with personal data (1 high)"),
                r.err());
    }

    @Test
    void writesOutputAndReportFilesAndResumesFromState() throws Exception {
        Path in = corpus();
        Path out = dir.resolve("scan.jsonl");
        Path state = dir.resolve("state.jsonl");
        Path report = dir.resolve("report.html");
        CliRunner.Result first = CliRunner.run("scan", "--out", out.toString(), "--state", state.toString(),
                "--report", report.toString(), in.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(3, Files.readAllLines(out).size());
        assertTrue(Files.readString(report).contains("id=\"total-objects\">3<"));

        Files.writeString(in.resolve("new.txt"), "Call +44 20 7946 0958 for Mary Smith.");
        CliRunner.Result second = CliRunner.run("scan", "--out", out.toString(), "--state", state.toString(),
                in.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("3 objects already in"), second.err());
        assertEquals(4, parse(Files.readString(out)).size(), "the output lists every object");
        assertEquals(4, Files.readAllLines(state).size(), "only the new object was appended");
    }

    @Test
    void refusesBadArguments() throws Exception {
        Path in = corpus();
        assertEquals(2, CliRunner.run("scan", "--tag", in.toString()).exitCode());
        assertEquals(2, CliRunner.run("scan", "--threads", "0", in.toString()).exitCode());
        Path same = dir.resolve("x.jsonl");
        assertEquals(2, CliRunner.run("scan", "--out", same.toString(), "--state", same.toString(), in.toString())
                .exitCode());
        CliRunner.Result missing = CliRunner.run("scan", dir.resolve("nope").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
    }
}
