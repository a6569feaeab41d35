package dev.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.detect.EntityType;
import dev.veil.transform.Detokeniser;
import dev.veil.transform.KeyRing;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil detokenise}: the original values behind FF3-1 or vault tokens, for a caller holding
 * the key file (and the vault). One JSON line per token; exit 1 if any token did not reverse.
 * HMAC tokens are one-way: asking for them is a usage error.
 */
@Command(name = "detokenise", aliases = "detokenize",
        description = "Reverse FF3-1 or vault tokens (TOKEN arguments, or one per line on stdin).")
final class DetokeniseCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    KeyOptions keys = new KeyOptions();

    @Mixin
    VaultOptions vault = new VaultOptions();

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "Entity type the tokens were made as.")
    String type;

    @Option(names = "--method", paramLabel = "fpe|vault", defaultValue = "fpe",
            description = "How the tokens were made: fpe (the default) or vault.")
    String method;

    @Option(names = "--key-id", paramLabel = "ID",
            description = "Key the FF3-1 tokens were made with (the keyId of the redact summary; default: the primary).")
    String keyId;

    @Parameters(paramLabel = "TOKEN", arity = "0..*")
    List<String> tokens = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        EntityType t = DetectOptions.parseTypes(List.of(type)).iterator().next();
        String m = method.toLowerCase(Locale.ROOT);
        if (m.equals("hmac")) {
            throw new CliException("HMAC tokens are one-way: they cannot be reversed, by design", 2);
        }
        if (!m.equals("fpe") && !m.equals("vault")) {
            throw new CliException("--method must be fpe or vault", 2);
        }
        KeyRing ring = keys.ring("to detokenise");
        String id = keyId == null ? ring.primary().id() : keyId;
        if (ring.byId(id).isEmpty()) {
            throw new CliException("no key " + id + " in the key file", 2);
        }
        List<String> input = tokens.isEmpty() ? stdinLines() : tokens;
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        try (Resources resources = new Resources()) {
            Detokeniser d = new Detokeniser(ring, m.equals("vault") ? resources.add(vault.open()) : null);
            for (String token : input) {
                Optional<String> value = m.equals("vault") ? d.fromVault(t, token) : d.fromFpe(t, token, id);
                ObjectNode o = JSON.createObjectNode().put("type", t.name()).put("token", token);
                if (value.isPresent()) {
                    o.put("value", value.get());
                } else {
                    failed++;
                    o.putNull("value").put("reason", m.equals("vault")
                            ? "no live vault entry for this token under these keys"
                            : "not an FF3-1 token of this type (too short, wrong characters, or an HMAC fallback)");
                }
                out.println(o);
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static List<String> stdinLines() throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
