package dev.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.transform.KeyFiles;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil keygen --out FILE}: writes a key file with a new random 256-bit key; with
 * {@code --rotate} adds a new primary key to an existing file and keeps the old keys (so outputs
 * made with them can still be reversed). Prints the key id, never the secret.
 */
@Command(name = "keygen", description = "Write a key file with a new 256-bit key (or rotate one with --rotate).")
final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The key file to write.")
    Path out;

    @Option(names = "--rotate", description = "Add a new primary key to the existing FILE, keeping its keys.")
    boolean rotate;

    @Override
    public Integer call() throws IOException {
        TokenKey key = TokenKey.generate(new SecureRandom(), Instant.now());
        KeyRing ring;
        if (rotate) {
            if (!Files.exists(out)) {
                throw new CliException(out + ": no such key file to rotate", 2);
            }
            ring = KeyOptions.readRing(out).rotatedTo(key);
        } else {
            ring = KeyRing.of(key);
        }
        try {
            KeyFiles.write(out, ring, rotate);
        } catch (FileAlreadyExistsException e) {
            throw new CliException(out + ": exists (use --rotate to add a key to it)", 2);
        }
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("keyFile", out.toString());
        o.put("keyId", key.id());
        o.put("keys", ring.keys().size());
        spec.commandLine().getOut().println(o);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
