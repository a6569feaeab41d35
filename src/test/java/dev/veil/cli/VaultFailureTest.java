package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.transform.LocalTokenVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veil redact --mode tokenise --method vault} when the local vault cannot be used (held by
 * another process, or its file damaged): exit 1, one line saying so without a value, and no output
 * file; the same command works once the vault is free.
 */
class VaultFailureTest {
    static final String TEXT = "Refund for jane.vault@example.com, card 4111 1111 1111 1111.\n";

    @TempDir
    Path dir;
    Path key;
    Path doc;
    Path vault;
    Path out;

    @BeforeEach
    void setUp() throws IOException {
        key = dir.resolve("veil.key");
        assertEquals(0, CliRunner.run("keygen", "--out", key.toString()).exitCode());
        doc = Files.writeString(dir.resolve("in.txt"), TEXT);
        vault = dir.resolve("vault");
        out = dir.resolve("out.txt");
    }

    CliRunner.Result tokenise() {
        return CliRunner.run("redact", "--mode", "tokenise", "--method", "vault", "--key-file", key.toString(),
                "--vault", vault.toString(), "--out", out.toString(), doc.toString());
    }

    void assertRefused(CliRunner.Result r) {
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("cannot open the vault"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("jane.vault") || r.err().contains("4111"), "no value in the reason");
        assertTrue(r.out().isEmpty(), "nothing written to standard output");
        assertFalse(Files.exists(out), "no output file for a failed input");
    }

    @Test
    void aVaultHeldByAnotherProcessRefusesAndTheSameCommandWorksOnceItIsFree() {
        try (LocalTokenVault held = LocalTokenVault.open(vault, Clock.systemUTC())) {
            assertEquals(0, held.size());
            assertRefused(tokenise());
        }
        CliRunner.Result r = tokenise();
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(out));
    }

    @Test
    void aDamagedVaultFileRefuses() throws IOException {
        Files.createDirectories(vault);
        Files.write(vault.resolve(LocalTokenVault.FILE_NAME), "not an MVStore file, just damage".repeat(200).getBytes());
        assertRefused(tokenise());
    }
}
