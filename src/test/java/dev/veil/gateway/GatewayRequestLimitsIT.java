package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Size limits on the gateway's S3-facing side ({@link S3RequestLimits}): a GET or HEAD that
 * declares a large body, or streams a chunked one, is refused with an S3 error before anything
 * is read or verified, and the connection is closed rather than drained; a header section over
 * S3's 8 KB is refused with S3's error; larger ones are refused by the HTTP layer. Stalled
 * requests of this kind do not hold the gateway's threads: with more of them open than it has
 * threads, a normal request is still served.
 */
class GatewayRequestLimitsIT {
    /** How long a refusal may take to arrive, or the connection to close, before the test fails. */
    static final int ANSWER_WITHIN_MS = 10_000;
    static GatewayRig rig;
    static RawS3Requests raw;

    @BeforeAll
    static void start() {
        rig = new GatewayRig();
        raw = new RawS3Requests(rig.gateway.endpoint());
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    static String path() {
        return "/" + rig.alias + "/clean.txt";
    }

    /** The request head: method, path, signed headers for admin, then {@code extra} lines. */
    static String head(String method, String extra) {
        StringBuilder sb = new StringBuilder(method).append(' ').append(path()).append(" HTTP/1.1\r\n");
        raw.sign(path(), "admin", "admin-secret", "us-east-1", Clock.systemUTC())
                .forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        return sb.append(extra).append("\r\n").toString();
    }

    /**
     * Sends {@code head} and nothing more (the promised body never comes), reads the answer, and
     * reports whether the server then closed the connection. Fails if either takes longer than
     * {@link #ANSWER_WITHIN_MS}.
     */
    static String answerToStalledRequest(String head) {
        try (Socket s = new Socket(rig.gateway.endpoint().getHost(), rig.gateway.endpoint().getPort())) {
            s.setSoTimeout(ANSWER_WITHIN_MS);
            s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    got.write(buf, 0, n);
                }
            } catch (SocketTimeoutException stillOpen) {
                throw new AssertionError("the gateway kept the connection open, waiting for the body; it had answered: "
                        + got.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElse("nothing"));
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertS3Error(String answer, String code) {
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("<Code>" + code + "</Code>"), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), answer);
        assertTrue(!answer.contains("Quarterly"), "no object in a refusal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Length: 1073741824\r\n", "Content-Length: 1025\r\n",
            "Transfer-Encoding: chunked\r\n"})
    void aGetThatPromisesABodyIsRefusedWithoutReadingIt(String bodyHeader) {
        assertS3Error(answerToStalledRequest(head("GET", bodyHeader)), "MaxMessageLengthExceeded");
    }

    @Test
    void aHeadThatPromisesABodyIsRefusedWithTheCodeInAHeader() {
        String answer = answerToStalledRequest(head("HEAD", "Content-Length: 1073741824\r\n"));
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("x-amz-error-code: maxmessagelengthexceeded"),
                answer);
    }

    @Test
    void theLimitIsCheckedBeforeTheSignature() {
        String unsigned = "GET " + path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1073741824\r\n\r\n";
        assertS3Error(answerToStalledRequest(unsigned), "MaxMessageLengthExceeded");
    }

    @Test
    void aSmallBodyOnAGetIsIgnored() {
        RawS3Requests.Answer a = raw.send((head("GET", "Content-Length: 2\r\nConnection: close\r\n") + "{}")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(200, a.status(), a.head());
    }

    @Test
    void aHeaderSectionOverEightKilobytesIsAnS3Error() {
        String filler = "X-Filler: " + "a".repeat(S3RequestLimits.MAX_HEADER_BYTES) + "\r\n";
        assertS3Error(answerToStalledRequest(head("GET", filler)), "RequestHeaderSectionTooLarge");
    }

    @Test
    void theSdkSeesTheHeaderLimitAsAnS3Error() {
        try (S3Client s3 = rig.client("admin")) {
            S3Exception e = assertThrows(S3Exception.class, () -> s3.getObjectAsBytes(b -> b.bucket(rig.alias)
                    .key("clean.txt").overrideConfiguration(o -> o.putHeader("x-amz-meta-filler", "f".repeat(9000)))));
            assertEquals(400, e.statusCode());
            assertEquals("RequestHeaderSectionTooLarge", e.awsErrorDetails().errorCode());
            assertEquals("Quarterly figures: revenue grew in every region.\n",
                    s3.getObjectAsBytes(b -> b.bucket(rig.alias).key("clean.txt")).asUtf8String(),
                    "the same client is served once its headers fit");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "x"})
    void aLengthTheHttpLayerCannotReadIsRefusedThereAndTheConnectionClosed(String length) {
        String answer = answerToStalledRequest(head("GET", "Content-Length: " + length + "\r\n"));
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
    }

    @Test
    void aHeaderSectionBeyondTheHttpLayersLimitIsRefusedAndTheGatewayKeepsServing() {
        Map<String, String> headers = new LinkedHashMap<>(raw.sign(path(), "admin", "admin-secret", "us-east-1",
                Clock.systemUTC()));
        headers.put("X-Huge", "h".repeat(1024 * 1024));
        RawS3Requests.Answer a = raw.get(path(), headers);
        assertNotEquals(200, a.status(), a.head());
        assertEquals(200, raw.get(path(), raw.sign(path(), "admin", "admin-secret", "us-east-1", Clock.systemUTC()))
                .status(), "the gateway still serves");
    }

    @Test
    void stalledRequestsWithHugeBodiesDoNotHoldTheGatewaysThreads() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            // more than the gateway's 128 request threads, each promising a gigabyte and sending nothing
            for (int i = 0; i < 160; i++) {
                Socket s = new Socket(rig.gateway.endpoint().getHost(), rig.gateway.endpoint().getPort());
                s.getOutputStream().write(head("GET", "Content-Length: 1073741824\r\n").getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            // a client that gives up after ANSWER_WITHIN_MS: a request queued behind held threads fails
            try (S3Client s3 = S3Client.builder().endpointOverride(rig.gateway.endpoint()).region(Region.US_EAST_1)
                    .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("admin", "admin-secret")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMillis(ANSWER_WITHIN_MS))
                            .retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
                assertEquals("Quarterly figures: revenue grew in every region.\n",
                        s3.getObjectAsBytes(b -> b.bucket(rig.alias).key("clean.txt")).asUtf8String());
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }
}
