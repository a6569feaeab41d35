package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeygenCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesAKeyFileAndPrintsOnlyItsId() throws Exception {
        Path key = dir.resolve("k.json");
        CliRunner.Result r = CliRunner.run("keygen", "--out", key.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode file = JSON.readTree(key.toFile());
        String secret = file.get("keys").get(0).get("secret").asText();
        assertEquals(32, java.util.Base64.getDecoder().decode(secret).length);
        assertFalse(r.out().contains(secret));
        assertEquals(file.get("primary").asText(), JSON.readTree(r.out()).get("keyId").asText());
    }

    @Test
    void refusesToOverwriteAndRotatesOnRequest() throws Exception {
        Path key = dir.resolve("k.json");
        CliRunner.run("keygen", "--out", key.toString());
        String first = JSON.readTree(key.toFile()).get("primary").asText();
        CliRunner.Result again = CliRunner.run("keygen", "--out", key.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("--rotate"), again.err());
        CliRunner.Result rotated = CliRunner.run("keygen", "--rotate", "--out", key.toString());
        assertEquals(0, rotated.exitCode(), rotated.err());
        JsonNode file = JSON.readTree(Files.readString(key));
        assertEquals(2, file.get("keys").size());
        assertNotEquals(first, file.get("primary").asText());
    }
}
