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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Custom patterns, so these tests do not depend on the built-in detectors. */
    private static final String CONFIG = """
            {"entities": ["PIN", "CREDIT_DEBIT_NUMBER"], "customPatterns": [
              {"name": "employee-id", "type": "PIN", "pattern": "EMP-[0-9]{6}", "score": 0.8},
              {"name": "card", "type": "CREDIT_DEBIT_NUMBER", "pattern": "4[0-9]{3}( [0-9]{4}){3}", "score": 0.8}]}
            """;

    @TempDir
    Path dir;
    private Path config;
    private Path doc;

    @BeforeEach
    void files() throws IOException {
        config = Files.writeString(dir.resolve("config.json"), CONFIG);
        doc = Files.writeString(dir.resolve("in.txt"), "Employee EMP-123456 paid with 4111 1111 1111 1111.\n");
    }

    @Test
    void redactsWithLabelsToStdoutAndSummarisesOnStderr() throws IOException {
        CliRunner.Result r = CliRunner.run("redact", "--config", config.toString(), doc.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("Employee [PIN] paid with [CREDIT_DEBIT_NUMBER].\n", r.out());
        JsonNode summary = JSON.readTree(r.err());
        assertEquals(2, summary.get("replaced").asInt());
        assertEquals(1, summary.get("types").get("PIN").asInt());
        assertTrue(summary.get("keyId").isNull());
    }

    @Test
    void masksWithAPerTypeLastFour() {
        CliRunner.Result r = CliRunner.run("redact", "--config", config.toString(), "--style", "mask",
                "--type-style", "CREDIT_DEBIT_NUMBER=last4", doc.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("Employee ***-****** paid with **** **** **** 1111.\n", r.out());
    }

    @Test
    void tokenisesWithTheKeyAndReportsItsId() throws IOException {
        Path key = dir.resolve("veil.key");
        CliRunner.Result gen = CliRunner.run("keygen", "--out", key.toString());
        assertEquals(0, gen.exitCode(), gen.err());
        String keyId = JSON.readTree(gen.out()).get("keyId").asText();
        Path out = dir.resolve("out.txt");
        CliRunner.Result r = CliRunner.run("redact", "--mode", "tokenise", "--key-file", key.toString(),
                "--config", config.toString(), "--out", out.toString(), doc.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(out);
        assertTrue(text.matches("Employee [A-Z]{3}-\\d{6} paid with \\d{4} \\d{4} \\d{4} \\d{4}\\.\n"), text);
        assertFalse(text.contains("4111 1111 1111 1111") || text.contains("EMP-123456"), text);
        assertEquals(keyId, JSON.readTree(r.out()).get("keyId").asText());
        // same key, same input: same output
        Path again = dir.resolve("again.txt");
        CliRunner.run("redact", "--mode", "tokenise", "--key-file", key.toString(),
                "--config", config.toString(), "--out", again.toString(), doc.toString());
        assertEquals(text, Files.readString(again));
    }

    @Test
    void tokeniseWithoutAKeyFailsWithOneLine() {
        CliRunner.Result r = CliRunner.run("redact", "--mode", "tokenise", "--config", config.toString(), doc.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--key-file"), r.err());
    }

    @Test
    void aFailedInputLeavesNoOutputAndTheOthersAreWritten() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "EMP-654321\n");
        Files.write(in.resolve("bad.bin"), new byte[] {1, 0, 2, 0, 3});
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("redact", "--config", config.toString(), "--out", out.toString(), in.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("bad.bin") && r.err().contains("unsupported document type"), r.err());
        assertEquals("[PIN]\n", Files.readString(out.resolve("good.txt")));
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(1, written.count(), "only the good file (and no temporary file) is left");
        }
    }

    @Test
    void refusesToOverwriteItsInputOrWriteSeveralFilesToStdout() {
        CliRunner.Result same = CliRunner.run("redact", "--config", config.toString(), "--out", doc.toString(), doc.toString());
        assertEquals(2, same.exitCode());
        CliRunner.Result dirToStdout = CliRunner.run("redact", "--config", config.toString(), dir.toString());
        assertEquals(2, dirToStdout.exitCode());
        assertTrue(dirToStdout.err().contains("--out"), dirToStdout.err());
    }

    @Test
    void keepsTheInputCharsetAndByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Zoë EMP-000001\n".getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, in, 0, 3);
        System.arraycopy(body, 0, in, 3, body.length);
        Path file = Files.write(dir.resolve("bom.txt"), in);
        Path out = dir.resolve("bom.out.txt");
        assertEquals(0, CliRunner.run("redact", "--config", config.toString(), "--out", out.toString(), file.toString()).exitCode());
        byte[] written = Files.readAllBytes(out);
        assertEquals((byte) 0xEF, written[0]);
        assertEquals("Zoë [PIN]\n", new String(written, 3, written.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void unknownStyleIsAUsageError() {
        CliRunner.Result r = CliRunner.run("redact", "--config", config.toString(), "--type-style", "PIN=blur", doc.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown style"), r.err());
    }

    @Test
    void fpeAndVaultTokensNeedTheirInputsAndWork() throws IOException {
        Path key = dir.resolve("veil.key");
        CliRunner.run("keygen", "--out", key.toString());
        CliRunner.Result fpe = CliRunner.run("redact", "--mode", "tokenise", "--method", "fpe", "--key-file",
                key.toString(), "--config", config.toString(), doc.toString());
        assertEquals(0, fpe.exitCode(), fpe.err());
        assertTrue(fpe.out().matches("Employee [A-Z]{3}-\\d{6} paid with \\d{4} \\d{4} \\d{4} \\d{4}\\.\n"), fpe.out());
        CliRunner.Result noVault = CliRunner.run("redact", "--mode", "tokenise", "--method", "vault", "--key-file",
                key.toString(), "--config", config.toString(), doc.toString());
        assertEquals(2, noVault.exitCode());
        assertTrue(noVault.err().contains("--vault"), noVault.err());
        CliRunner.Result vault = CliRunner.run("redact", "--mode", "tokenise", "--method", "vault", "--key-file",
                key.toString(), "--vault", dir.resolve("vault").toString(), "--config", config.toString(), doc.toString());
        assertEquals(0, vault.exitCode(), vault.err());
        assertEquals(2, JSON.readTree(vault.err()).get("methods").get("vault").asInt());
    }
}
