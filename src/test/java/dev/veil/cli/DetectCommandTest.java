package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A config whose custom pattern finds employee ids, so these tests do not depend on built-ins. */
    private static final String CONFIG = """
            {"entities": ["PIN"], "customPatterns": [
              {"name": "employee-id", "type": "PIN", "pattern": "EMP-[0-9]{6}", "score": 0.8}]}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void printsOneJsonObjectPerFindingWithCodePointOffsetsAndNoValue() throws IOException {
        Path cfg = write("c.json", CONFIG);
        Path file = write("a.txt", "\uD83D\uDE00 id EMP-123456 done");
        CliRunner.Result r = CliRunner.run("detect", "--config", cfg.toString(), file.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode f = JSON.readTree(r.out().strip());
        assertEquals("PIN", f.get("type").asText());
        assertEquals(5, f.get("start").asInt()); // the emoji is one code point
        assertEquals(15, f.get("end").asInt());
        assertEquals("custom:employee-id", f.get("detector").asText());
        assertEquals(file.toString(), f.get("file").asText());
        assertFalse(f.has("value"));
        assertFalse(r.out().contains("EMP-123456"));
    }

    @Test
    void showValuesPrintsTheValue() throws IOException {
        Path cfg = write("c.json", CONFIG);
        Path file = write("a.txt", "id EMP-123456");
        CliRunner.Result r = CliRunner.run("detect", "--show-values", "--config", cfg.toString(), file.toString());
        assertEquals("EMP-123456", JSON.readTree(r.out().strip()).get("value").asText());
    }

    @Test
    void jsonlModeAddsFindingsToEachLine() throws IOException {
        Path cfg = write("c.json", CONFIG);
        CliRunner.Result r = CliRunner.runWithStdin(
                "{\"id\":1,\"text\":\"EMP-000001 and EMP-000002\"}\n{\"id\":2,\"text\":\"nothing\"}\n",
                "detect", "--jsonl", "--config", cfg.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = JSON.readTree(lines[0]);
        assertEquals(1, first.get("id").asInt());
        assertEquals(2, first.get("findings").size());
        assertEquals(15, first.get("findings").get(1).get("start").asInt());
        assertEquals(0, JSON.readTree(lines[1]).get("findings").size());
    }

    @Test
    void jsonlRejectsALineWithoutText() {
        CliRunner.Result r = CliRunner.runWithStdin("{\"x\":1}\n", "detect", "--jsonl");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("line 1"), r.err());
    }

    @Test
    void unknownConfigKeyIsAnError() throws IOException {
        Path cfg = write("c.json", "{\"minScore\": 0.5, \"allowlist\": []}");
        Path file = write("a.txt", "x");
        CliRunner.Result r = CliRunner.run("detect", "--config", cfg.toString(), file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown key 'allowlist'"), r.err());
    }

    @Test
    void invalidCustomRegexIsAnErrorAtLoad() throws IOException {
        Path cfg = write("c.json", "{\"customPatterns\": [{\"name\": \"x\", \"type\": \"PIN\", \"pattern\": \"(a\"}]}");
        Path file = write("a.txt", "x");
        CliRunner.Result r = CliRunner.run("detect", "--config", cfg.toString(), file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("invalid regex"), r.err());
    }

    @Test
    void allowListedValueIsNotReported() throws IOException {
        Path cfg = write("c.json", "{\"entities\": [\"PIN\"], \"allowList\": [\"emp-123456\"], \"customPatterns\": "
                + "[{\"name\": \"e\", \"type\": \"PIN\", \"pattern\": \"EMP-[0-9]{6}\", \"score\": 0.8}]}");
        Path file = write("a.txt", "EMP-123456 EMP-654321");
        CliRunner.Result r = CliRunner.run("detect", "--show-values", "--config", cfg.toString(), file.toString());
        assertEquals(1, r.out().strip().split("\n").length);
        assertTrue(r.out().contains("EMP-654321"));
    }

    @Test
    void unknownTypeAndMissingFileFailWithOneLine() throws IOException {
        Path file = write("a.txt", "x");
        CliRunner.Result bad = CliRunner.run("detect", "--types", "NOPE", file.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("unknown entity type 'NOPE'"), bad.err());
        CliRunner.Result missing = CliRunner.run("detect", dir.resolve("none.txt").toString());
        assertEquals(1, missing.exitCode());
        assertEquals(1, missing.err().strip().split("\n").length, missing.err());
        assertTrue(missing.err().contains("no such file"));
    }

    @Test
    void binaryInputIsRefusedNotReportedClean() throws IOException {
        Path file = dir.resolve("b.txt");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        CliRunner.Result r = CliRunner.run("detect", file.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("unsupported document type application/zip"), r.err());
    }

    @Test
    void findingsInADocumentPointIntoItsTextOutput() throws IOException {
        String docx = "test-documents/office/letter.docx";
        CliRunner.Result text = CliRunner.run("text", docx);
        assertEquals(0, text.exitCode(), text.err());
        CliRunner.Result found = CliRunner.run("detect", "--show-values", docx);
        assertEquals(0, found.exitCode(), found.err());
        String[] lines = found.out().strip().split("\n");
        assertTrue(lines.length >= 5, found.out());
        for (String line : lines) {
            JsonNode f = JSON.readTree(line);
            int s = text.out().offsetByCodePoints(0, f.get("start").asInt());
            int e = text.out().offsetByCodePoints(0, f.get("end").asInt());
            assertEquals(f.get("value").asText(), text.out().substring(s, e));
        }
    }

    @Test
    void textPrintsTheDecodedText() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Jos\u00e9 M\u00fcller".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner.Result r = CliRunner.run("text", file.toString());
        assertEquals(0, r.exitCode());
        assertEquals("Jos\u00e9 M\u00fcller", r.out());
    }
}
