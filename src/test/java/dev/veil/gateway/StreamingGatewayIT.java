package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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
 * Streamed answers through the gateway: the function streams its WriteGetObjectResponse body
 * (SigV4 aws-chunked, signed chunk by chunk) and the gateway decodes it as it arrives and streams
 * it on to an AWS SDK client.
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
        try (S3Client s3 = rig.storeClient()) {
            s3.putObject(p -> p.bucket("veil-demo").key("big/members.csv").contentType("text/csv"), RequestBody.fromBytes(csv));
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
    void passStreamsTheOriginalWithItsLength() throws IOException {
        assertEquals(true, csv.length > 8 << 20, "above the streaming threshold");
        try (S3Client admin = rig.client("admin"); var in = open(admin, "big/members.csv")) {
            assertEquals(csv.length, in.response().contentLength(), "pass keeps the original length");
            assertArrayEquals(csv, in.readAllBytes());
        }
    }
}
