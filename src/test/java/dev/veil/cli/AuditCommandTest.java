package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aDocumentWhosePersonalDataIsFoundPassesInBothModes() throws IOException {
        Files.writeString(dir.resolve("letter.txt"), "Contact mary.smith@example.com, SSN 536-22-8145.\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"letter.txt\": [\"mary.smith@example.com\", \"536-22-8145\"]}");
        CliRunner.Result r = CliRunner.run("audit", "--jsonl", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode row = JSON.readTree(r.out().strip());
        assertEquals("text", row.get("format").asText());
        assertEquals(2, row.get("values").asInt());
        assertEquals(0, row.get("leaks").get("redact").asInt());
        assertEquals(0, row.get("leaks").get("tokenise").asInt());
        assertTrue(row.get("reopens").asBoolean());
        assertTrue(r.err().contains("1 documents: 1 audited in both modes, 0 with leaks"), r.err());
    }

    @Test
    void aSeededValueTheDetectorsMissIsReportedAsALeakWithoutItsValue() throws IOException {
        // A made-up customer code no detector knows: the audit must see it survive both answers.
        Files.writeString(dir.resolve("note.txt"), "Customer code QX7-ZEBRA-41 wrote from mary.smith@example.com\n");
        Path manifest = Files.writeString(dir.resolve("seeded.json"), "{\"note.txt\": [\"QX7-ZEBRA-41\"]}");
        CliRunner.Result r = CliRunner.run("audit", "--manifest", manifest.toString(), dir.resolve("note.txt").toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().contains("note.txt: redact: seeded found verbatim"), r.out());
        assertTrue(r.out().contains("note.txt: tokenise: seeded found verbatim"), r.out());
        assertFalse(r.out().contains("QX7-ZEBRA-41"), "values stay hidden without --show-values");
        assertTrue(CliRunner.run("audit", "--show-values", "--manifest", manifest.toString(),
                dir.resolve("note.txt").toString()).out().contains("'QX7-ZEBRA-41'"));
    }

    @Test
    void separatorsChangedOrUrlEncodedStillCountAsALeak() throws IOException {
        // The answer keeps the value with other separators and URL-encoded; neither the engine nor
        // the format sees it, and the audit must.
        Files.writeString(dir.resolve("page.txt"), "ref QX7 ZEBRA 41 and QX7%2DZEBRA%2D41\n");
        Path manifest = Files.writeString(dir.resolve("seeded.json"), "{\"page.txt\": [\"QX7-ZEBRA-41\"]}");
        CliRunner.Result r = CliRunner.run("audit", "--manifest", manifest.toString(), dir.resolve("page.txt").toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().contains("page.txt: redact: seeded found separators changed"), r.out());
    }

    @Test
    void aDocumentVeilCannotReadIsListedAsCannotInspectAndDoesNotFailTheRun() throws IOException {
        Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 9});
        CliRunner.Result r = CliRunner.run("audit", "--jsonl", dir.resolve("blob.bin").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(JSON.readTree(r.out().strip()).has("cannotInspect"), r.out());
    }

    @Test
    void theCorpusRtfLetterPassesNowThatTableCellsStayApart() {
        CliRunner.Result r = CliRunner.run("audit", "--jsonl", "test-documents/legacy/letter.rtf");
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }
}
