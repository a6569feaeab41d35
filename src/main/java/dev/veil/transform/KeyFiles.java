package dev.veil.transform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads and writes key files: JSON holding a key ring.
 * <pre>
 * {"format": "veil-keys/1", "primary": "k20261128-3fa9c2d1",
 *  "keys": [{"id": "k20261128-3fa9c2d1", "created": "2026-11-28T17:00:00Z", "secret": "&lt;base64 of 32 bytes&gt;"}]}
 * </pre>
 * The same JSON is what an SSM SecureString parameter or a Secrets Manager secret holds.
 * Error messages never quote the file's content (a parser's message would).
 */
public final class KeyFiles {
    public static final String FORMAT = "veil-keys/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyFiles() {
    }

    public static KeyRing read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses key-file JSON. @throws IllegalArgumentException naming what is wrong, never quoting it */
    public static KeyRing parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("key file is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a key file: expected \"format\": \"" + FORMAT + "\"");
        }
        List<TokenKey> keys = new ArrayList<>();
        for (JsonNode k : root.path("keys")) {
            keys.add(key(k));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("key file holds no keys");
        }
        String primary = root.path("primary").asText(keys.get(keys.size() - 1).id());
        return new KeyRing(keys, primary);
    }

    private static TokenKey key(JsonNode k) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(k.path("secret").asText(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key secret is not base64");
        }
        Instant created;
        try {
            created = Instant.parse(k.path("created").asText("1970-01-01T00:00:00Z"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("key created time is not ISO-8601");
        }
        return new TokenKey(k.path("id").asText(""), secret, created);
    }

    public static String format(KeyRing ring) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("primary", ring.primary().id());
        ArrayNode keys = root.putArray("keys");
        for (TokenKey k : ring.keys()) {
            ObjectNode o = keys.addObject();
            o.put("id", k.id());
            o.put("created", k.created().toString());
            o.put("secret", Base64.getEncoder().encodeToString(k.secret()));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot format key file", e);
        }
    }

    /**
     * Writes {@code ring} to {@code file}, readable by its owner only where the file system has
     * POSIX permissions; the file appears complete or not at all.
     *
     * @param replace whether an existing file may be replaced (rotation) or must not exist
     */
    public static void write(Path file, KeyRing ring, boolean replace) throws IOException {
        Path abs = file.toAbsolutePath();
        if (!replace && Files.exists(abs)) {
            throw new FileAlreadyExistsException(file.toString(), null, "key file exists");
        }
        Path dir = abs.getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, ".veil-key-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            tmp = Files.createTempFile(dir, ".veil-key-", ".tmp");
        }
        try {
            Files.writeString(tmp, format(ring), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
