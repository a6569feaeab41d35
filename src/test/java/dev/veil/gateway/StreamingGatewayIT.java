package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.pipeline.AuditRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Objects above the streaming threshold (8 MiB) through the gateway: the function streams its
 * WriteGetObjectResponse body (unknown length, chunked) and the gateway streams it on to an AWS
 * SDK client. A body that breaks off part way reaches the client as a failed read.
 */
class StreamingGatewayIT {
    static final int ROWS = 160_000;
    static GatewayRig rig;
    static byte[] csv;

    @BeforeAll
    static void start() {
        rig = new GatewayRig();
        StringBuilder b = new StringBuilder("id,email,note\n");
        for (int i = 0; i < ROWS; i++) {
            b.append(i).append(",member").append(i).append("@example.com,joined the quarterly review\n");
        }
        csv = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] broken = csv.clone();
        broken[csv.length * 2 / 3] = (byte) 0xC3; // an invalid UTF-8 sequence far past the first window
        broken[csv.length * 2 / 3 + 1] = (byte) 0x28;
        try (S3Client s3 = rig.storeClient()) {
            s3.putObject(p -> p.bucket("veil-demo").key("big/members.csv").contentType("text/csv"), RequestBody.fromBytes(csv));
            s3.putObject(p -> p.bucket("veil-demo").key("big/broken.csv").contentType("text/csv"),
                    RequestBody.fromBytes(broken));
        }
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    static ResponseInputStream<GetObjectResponse> open(S3Client c, String key) {
        return c.getObject(b -> b.bucket(rig.alias).key(key)
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(120))));
    }

    @Test
    void redactedLargeCsvIsStreamedWithEveryLine() throws IOException {
        assertTrue(csv.length > 8 << 20, "above the streaming threshold");
        try (S3Client support = rig.client("support"); var in = open(support, "big/members.csv")) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(out.contains("@example.com"), "no address left");
            assertEquals(ROWS + 1, out.lines().count(), "every line kept");
            assertTrue(out.startsWith("id,email,note\n"));
        }
        AuditRecord a = rig.audit.stream().filter(r -> r.key().equals("big/members.csv") && r.mode().equals("redact"))
                .findFirst().orElseThrow();
        assertEquals(ROWS, a.entities().get("EMAIL"), "the audit record counts the whole stream");
    }

    @Test
    void passAndCleanDenyStreamTheOriginal() throws IOException {
        try (S3Client admin = rig.client("admin"); var in = open(admin, "big/members.csv")) {
            assertEquals(csv.length, in.response().contentLength(), "pass keeps the original length");
            assertArrayEquals(csv, in.readAllBytes());
        }
    }

    @Test
    void aBodyThatBreaksOffIsAFailedReadWithNothingUnprocessed() {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        Exception failure = null;
        try (S3Client support = rig.client("support"); InputStream in = open(support, "big/broken.csv")) {
            in.transferTo(got);
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        assertNotNull(failure, "the client's read fails; it does not end as if complete");
        String sent = got.toString(StandardCharsets.UTF_8);
        assertTrue(got.size() < csv.length, "the answer was cut short");
        assertFalse(sent.contains("@example.com"), "what arrived was redacted");
    }
}
