package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.testing.LeakAudit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo gateway read with the real AWS CLI v2 ({@code /usr/bin/aws}, Debian's awscli): the
 * four identities, HEAD, listing, {@code aws s3 cp}; the files it writes pass the leak audit.
 * Runs where /usr/bin/aws exists (pom profile {@code awscli}); CI installs it.
 */
class AwsCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static GatewayRig rig;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        rig = new GatewayRig();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    record Run(int exit, String stdout, String stderr) {
    }

    private Run aws(String identity, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/aws", "--endpoint-url", rig.gateway.endpoint().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", identity);
        env.put("AWS_SECRET_ACCESS_KEY", identity + "-secret");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", tmp.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", tmp.resolve("no-credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        Path out = tmp.resolve("stdout-" + System.nanoTime());
        Path err = tmp.resolve("stderr-" + System.nanoTime());
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "aws finished");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/customers.csv", "office/letter.docx", "office/customers.xlsx", "office/refunds.pptx",
            "pdf/letter.pdf", "text/profile.json", "text/page.html"})
    void fourIdentitiesThroughTheAwsCli(String key) throws Exception {
        byte[] original = rig.original(key);
        String name = Path.of(key).getFileName().toString();
        Set<String> values = LeakAudit.detectedValues(original, name);
        assertFalse(values.isEmpty(), key + " holds personal data the audit can see");
        for (String who : List.of("admin", "support", "analyst")) {
            Path file = tmp.resolve(who + "-" + name);
            Run r = aws(who, "s3api", "get-object", "--bucket", rig.alias, "--key", key, file.toString());
            assertEquals(0, r.exit(), () -> who + ": " + r.stderr());
            byte[] got = Files.readAllBytes(file);
            JsonNode meta = JSON.readTree(r.stdout());
            assertEquals(got.length, meta.path("ContentLength").asLong());
            if (who.equals("admin")) {
                assertArrayEquals(original, got);
            } else {
                assertEquals(List.of(), LeakAudit.leaks(got, name, values), who + " " + key);
                assertNotEquals(original.length + ":" + new String(original, StandardCharsets.ISO_8859_1).hashCode(),
                        got.length + ":" + new String(got, StandardCharsets.ISO_8859_1).hashCode());
            }
        }
        Run denied = aws("partner", "s3api", "get-object", "--bucket", rig.alias, "--key", key,
                tmp.resolve("partner-" + name).toString());
        assertNotEquals(0, denied.exit());
        assertTrue(denied.stderr().contains("AccessDenied"), denied.stderr());
        assertFalse(Files.exists(tmp.resolve("partner-" + name)) && Files.size(tmp.resolve("partner-" + name)) > 0,
                "nothing written for a denied read");
    }

    @Test
    void headObjectReportsTheTransformedLength() throws Exception {
        Path file = tmp.resolve("support-letter.docx");
        assertEquals(0, aws("support", "s3api", "get-object", "--bucket", rig.alias, "--key", "office/letter.docx",
                file.toString()).exit());
        Run head = aws("support", "s3api", "head-object", "--bucket", rig.alias, "--key", "office/letter.docx");
        assertEquals(0, head.exit(), head.stderr());
        assertEquals(Files.size(file), JSON.readTree(head.stdout()).path("ContentLength").asLong());
    }

    @Test
    void s3CpUsesHeadThenGetAndGetsTheRedactedDocument() throws Exception {
        Path file = tmp.resolve("cp-customers.csv");
        Run r = aws("support", "s3", "cp", "s3://" + rig.alias + "/text/customers.csv", file.toString());
        assertEquals(0, r.exit(), r.stderr());
        String text = Files.readString(file);
        assertTrue(text.contains("[NAME]") && !text.contains("mary.smith@example.com"), "redacted");
    }

    @Test
    void listObjectsV2ThroughTheAccessPoint() throws Exception {
        Run r = aws("support", "s3api", "list-objects-v2", "--bucket", rig.alias, "--prefix", "pdf/");
        assertEquals(0, r.exit(), r.stderr());
        List<String> keys = new ArrayList<>();
        JSON.readTree(r.stdout()).path("Contents").forEach(c -> keys.add(c.path("Key").asText()));
        assertTrue(keys.contains("pdf/letter.pdf"), keys::toString);
    }

    @Test
    void wrongSecretIsRefused() throws Exception {
        List<String> cmd = List.of("s3api", "get-object", "--bucket", rig.alias, "--key", "text/customers.csv",
                tmp.resolve("x").toString());
        Run stranger = aws("mallory", cmd.toArray(String[]::new));
        assertNotEquals(0, stranger.exit());
        assertTrue(stranger.stderr().contains("InvalidAccessKeyId"), stranger.stderr());
    }
}
