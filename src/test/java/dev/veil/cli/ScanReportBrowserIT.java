package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.scan.ScanRecord;
import dev.veil.scan.ScanStatus;
import dev.veil.scan.Sensitivity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the scan report of {@code test-documents/} in headless Chromium (Debian's
 * {@code /usr/bin/chromium}, driven by playwright-core from {@code src/test/browser/}) and checks
 * what the page shows against the JSON Lines records: totals, chart bars, table rows, sorting and
 * filtering; that no request leaves the page; and that a hostile object key stays text. The
 * screenshot is left at {@code target/scan-report/scan-report.png}.
 */
class ScanReportBrowserIT {
    private static final Path BROWSER_PROJECT = Path.of("src/test/browser");
    private static final Path OUT = Path.of("target/scan-report");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @BeforeAll
    static void installPlaywrightCore() throws Exception {
        if (!Files.isDirectory(BROWSER_PROJECT.resolve("node_modules/playwright-core"))) {
            run(BROWSER_PROJECT, 300, "npm", "ci", "--no-audit", "--no-fund");
        }
        Files.createDirectories(OUT);
    }

    private static String run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("veil-browser", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false)
                    .redirectError(log.toFile()).start();
            byte[] stdout = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static JsonNode openInBrowser(Path report, Path screenshot, String filterWord) throws Exception {
        String out = run(BROWSER_PROJECT, 120, "node", "check-report.mjs", report.toAbsolutePath().toString(),
                screenshot.toAbsolutePath().toString(), filterWord);
        JsonNode page = JSON.readTree(out);
        assertEquals(List.of(), strings(page.get("requests")), "no request leaves the page");
        assertEquals(List.of(), strings(page.get("consoleErrors")));
        assertEquals(List.of(), strings(page.get("pageErrors")));
        return page;
    }

    private static List<ScanRecord> scan(Path source, Path jsonl, Path report) throws IOException {
        CliRunner.Result r = CliRunner.run("scan", "--out", jsonl.toString(), "--report", report.toString(),
                source.toString());
        assertEquals(0, r.exitCode(), r.err());
        return Files.readAllLines(jsonl).stream().map(ScanRecord::parse).toList();
    }

    @Test
    void reportOfTestDocumentsShowsTheRecordsAndLoadsNothing() throws Exception {
        Path report = OUT.resolve("report.html");
        List<ScanRecord> records = scan(Path.of("test-documents"), OUT.resolve("scan.jsonl"), report);
        Path screenshot = OUT.resolve("scan-report.png");
        JsonNode page = openInBrowser(report, screenshot, "pptx");

        JsonNode totals = page.get("totals");
        assertEquals(Integer.toString(records.size()), totals.get("objects").asText());
        assertEquals(count(records, r -> r.status() == ScanStatus.SCANNED), totals.get("scanned").asText());
        assertEquals(count(records, r -> r.findings() > 0), totals.get("with-pii").asText());
        assertEquals(count(records, r -> r.level() == Sensitivity.HIGH), totals.get("high").asText());
        assertEquals(Long.toString(records.stream().mapToLong(ScanRecord::findings).sum()), totals.get("findings").asText());
        assertEquals(count(records, r -> r.status() == ScanStatus.CANNOT_INSPECT), totals.get("cannot-inspect").asText());

        assertEquals(records.stream().map(ScanRecord::key).sorted().toList(), strings(page.get("rows")));
        Map<String, Long> perType = new TreeMap<>();
        records.forEach(r -> r.counts().forEach((t, n) -> perType.merge(t.name(), (long) n, Long::sum)));
        Map<String, Long> bars = new TreeMap<>();
        page.get("typeBars").forEach(b -> bars.put(b.get(0).asText(), b.get(1).asLong()));
        assertEquals(perType, bars);
        assertTrue(page.get("svgVisible").asBoolean());
        assertEquals(Math.min(10, Integer.parseInt(count(records, r -> r.findings() > 0))), page.get("topCount").asInt());

        List<Integer> sorted = new ArrayList<>();
        page.get("sortedByFindingsDesc").forEach(n -> sorted.add(n.asInt()));
        assertEquals(records.stream().map(ScanRecord::findings).sorted((a, b) -> b - a).toList(), sorted);
        assertEquals(records.stream().filter(r -> "pptx".equals(r.format())).map(ScanRecord::key).sorted().toList(),
                strings(page.get("filteredRows")).stream().sorted().toList());
        assertEquals(records.stream().filter(r -> r.level() == Sensitivity.MEDIUM).map(ScanRecord::key).sorted().toList(),
                strings(page.get("mediumRows")).stream().sorted().toList());
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG screenshot");
    }

    @Test
    void aHostileKeyIsShownAsTextAndRunsNothing() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String hostile = "<img src=x onerror=\"document.title='pwned'\">.txt";
        Files.writeString(in.resolve(hostile), "Mary Smith, SSN 536-22-8147");
        Files.write(in.resolve("archive.zip"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Path report = tmp.resolve("report.html");
        scan(in, tmp.resolve("scan.jsonl"), report);
        JsonNode page = openInBrowser(report, tmp.resolve("shot.png"), "img");
        assertTrue(page.get("title").asText().startsWith("Veil scan: "), page.get("title").asText());
        assertEquals(List.of(hostile, "archive.zip"), strings(page.get("rows")), "key order");
        assertEquals(List.of(hostile), strings(page.get("filteredRows")));
        assertEquals("1", page.get("totals").get("cannot-inspect").asText());
    }

    private static String count(List<ScanRecord> records, java.util.function.Predicate<ScanRecord> p) {
        return Long.toString(records.stream().filter(p).count());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
