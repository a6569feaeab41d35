package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetokeniseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFIG = """
            {"entities": ["CREDIT_DEBIT_NUMBER"], "customPatterns": [
              {"name": "card", "type": "CREDIT_DEBIT_NUMBER", "pattern": "4[0-9]{3}( [0-9]{4}){3}", "score": 0.8}]}
            """;
    private static final Pattern CARD = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}");

    @TempDir
    Path dir;
    private Path key;
    private Path config;
    private Path doc;

    @BeforeEach
    void files() throws Exception {
        key = dir.resolve("veil.key");
        assertEquals(0, CliRunner.run("keygen", "--out", key.toString()).exitCode());
        config = Files.writeString(dir.resolve("config.json"), CONFIG);
        doc = Files.writeString(dir.resolve("in.txt"), "Card 4111 1111 1111 1111 on file.\n");
    }

    private String tokenise(String... extra) {
        String[] base = {"redact", "--mode", "tokenise", "--key-file", key.toString(), "--config", config.toString()};
        String[] args = new String[base.length + extra.length + 1];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        args[args.length - 1] = doc.toString();
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        Matcher m = CARD.matcher(r.out());
        assertTrue(m.find(), r.out());
        return m.group();
    }

    @Test
    void reversesFf3Tokens() throws Exception {
        String token = tokenise("--method", "fpe");
        CliRunner.Result r = CliRunner.run("detokenise", "--key-file", key.toString(), "--type", "CREDIT_DEBIT_NUMBER", token);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode line = JSON.readTree(r.out());
        assertEquals("4111 1111 1111 1111", line.get("value").asText());
    }

    @Test
    void reversesVaultTokensFromStdin() throws Exception {
        Path vault = dir.resolve("vault");
        String token = tokenise("--method", "vault", "--vault", vault.toString());
        CliRunner.Result r = CliRunner.runWithStdin(token + "\n", "detokenise", "--method", "vault", "--vault", vault.toString(),
                "--key-file", key.toString(), "--type", "CREDIT_DEBIT_NUMBER");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("4111 1111 1111 1111", JSON.readTree(r.out()).get("value").asText());
        CliRunner.Result unknown = CliRunner.run("detokenise", "--method", "vault", "--vault", vault.toString(),
                "--key-file", key.toString(), "--type", "CREDIT_DEBIT_NUMBER", "0000 0000 0000 0000");
        assertEquals(1, unknown.exitCode());
        assertTrue(JSON.readTree(unknown.out()).get("value").isNull());
    }

    @Test
    void hmacTokensAreOneWay() {
        CliRunner.Result r = CliRunner.run("detokenise", "--method", "hmac", "--key-file", key.toString(),
                "--type", "NAME", "Bakolu Temira");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("one-way"), r.err());
    }

    @Test
    void benchTransformPrintsARateForEachMethod() {
        CliRunner.Result r = CliRunner.run("bench", "transform", "--values", "30", "--iterations", "1");
        assertEquals(0, r.exitCode(), r.err());
        for (String method : new String[] {"label", "hmac", "fpe", "vault"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(method + " ") && l.matches(".*\\d+$")), r.out());
        }
    }
}
