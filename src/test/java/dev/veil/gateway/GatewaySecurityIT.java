package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The gateway as an attacker sees it, over raw sockets: requests that are unsigned, forged,
 * replayed after the allowed skew or signed for another region are refused; keys built to climb
 * out of the access point's bucket ({@code ..}, encoded slashes and dots) never read another
 * bucket; control characters are refused; too many or too large headers are refused without
 * taking the gateway down.
 */
class GatewaySecurityIT {
    static final String SECRET = "OTHER-BUCKET-SECRET card 4111 1111 1111 1111";
    static GatewayRig rig;
    static RawS3Requests raw;

    @BeforeAll
    static void start() {
        rig = new GatewayRig();
        raw = new RawS3Requests(rig.gateway.endpoint());
        try (S3Client s3 = rig.storeClient()) {
            s3.createBucket(b -> b.bucket("other-bucket"));
            s3.putObject(b -> b.bucket("other-bucket").key("secret.txt").contentType("text/plain"),
                    RequestBody.fromString(SECRET));
            s3.putObject(b -> b.bucket("veil-demo").key("other-bucket/secret.txt").contentType("text/plain"),
                    RequestBody.fromString("a key that merely looks like a path\n"));
        }
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    /** A request signed by {@code identity} (its secret is {@code identity-secret}) for us-east-1, now. */
    static RawS3Requests.Answer signedGet(String identity, String rawPath) {
        return raw.get(rawPath, raw.sign(rawPath, identity, identity + "-secret", "us-east-1", Clock.systemUTC()));
    }

    static String path(String rawKey) {
        return "/" + rig.alias + "/" + rawKey;
    }

    @Test
    void aCorrectlySignedRawRequestIsServed() {
        RawS3Requests.Answer a = signedGet("admin", path("clean.txt"));
        assertEquals(200, a.status(), a.head());
        assertTrue(a.bodyText().contains("Quarterly figures"));
    }

    @Test
    void unsignedForgedReplayedAndWrongRegionRequestsAreRefused() {
        String p = path("text/letter-crlf.txt");
        Map<String, String> unsigned = Map.of("Host", "127.0.0.1");
        assertRefused(raw.get(p, unsigned), 403, "AccessDenied");

        Map<String, String> forged = new LinkedHashMap<>(raw.sign(p, "admin", "admin-secret", "us-east-1", Clock.systemUTC()));
        String auth = forged.get("Authorization");
        char last = auth.charAt(auth.length() - 1);
        forged.put("Authorization", auth.substring(0, auth.length() - 1) + (last == '0' ? '1' : '0'));
        assertRefused(raw.get(p, forged), 403, "SignatureDoesNotMatch");

        Map<String, String> wrongSecret = raw.sign(p, "admin", "not-the-secret", "us-east-1", Clock.systemUTC());
        assertRefused(raw.get(p, wrongSecret), 403, "SignatureDoesNotMatch");

        Clock twentyMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneOffset.UTC);
        Map<String, String> replayed = raw.sign(p, "admin", "admin-secret", "us-east-1", twentyMinutesAgo);
        assertRefused(raw.get(p, replayed), 403, "RequestTimeTooSkewed");

        Map<String, String> otherRegion = raw.sign(p, "admin", "admin-secret", "eu-west-1", Clock.systemUTC());
        assertRefused(raw.get(p, otherRegion), 400, "AuthorizationHeaderMalformed");

        Map<String, String> signedForOtherPath = raw.sign(path("clean.txt"), "admin", "admin-secret", "us-east-1",
                Clock.systemUTC());
        assertRefused(raw.get(p, signedForOtherPath), 403, "SignatureDoesNotMatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../other-bucket/secret.txt", "..%2Fother-bucket%2Fsecret.txt",
            "%2E%2E%2Fother-bucket%2Fsecret.txt", "%2e%2e/other-bucket/secret.txt", "text/../../other-bucket/secret.txt",
            "./../other-bucket/secret.txt", "..%5Cother-bucket%5Csecret.txt", "%2F..%2Fother-bucket%2Fsecret.txt",
            "..%252Fother-bucket%252Fsecret.txt"})
    void keysThatClimbOutOfTheBucketNeverReadAnotherBucket(String rawKey) {
        // admin's mode is pass: a successful escape would hand back the other bucket's bytes unchanged
        RawS3Requests.Answer a = signedGet("admin", path(rawKey));
        assertFalse(a.bodyText().contains("OTHER-BUCKET-SECRET"), rawKey + " read the other bucket: " + a.status());
        assertFalse(a.head().contains("OTHER-BUCKET-SECRET"));
        assertNotEquals(500, a.status(), rawKey + ": " + a.bodyText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../other-bucket/secret.txt", "..%2Fother-bucket%2Fsecret.txt", "%2e%2e/x", "a/./b", "a/..",
            "%2F..%2Fx"})
    void dotSegmentsAreRefusedByTheGatewayItself(String rawKey) {
        RawS3Requests.Answer a = signedGet("admin", path(rawKey));
        assertEquals(400, a.status(), a.head());
        assertTrue(a.bodyText().contains("<Code>InvalidArgument</Code>"), a.bodyText());
    }

    @Test
    void anEncodedSlashIsPartOfTheKeyInsideTheBucket() {
        RawS3Requests.Answer a = signedGet("admin", path("other-bucket%2Fsecret.txt"));
        assertEquals(200, a.status(), a.head());
        assertEquals("a key that merely looks like a path\n", a.bodyText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%00b.txt", "a%0Ab.txt", "a%0D%0AX-Injected:%201", "%7F.txt", "a%1Bb.txt"})
    void keysWithControlCharactersAreRefused(String rawKey) {
        RawS3Requests.Answer a = signedGet("admin", path(rawKey));
        assertEquals(400, a.status(), a.head());
        assertTrue(a.bodyText().contains("<Code>KeyTooLongError</Code>"), a.bodyText());
        assertFalse(a.head().contains("X-Injected"), "no header injection");
    }

    @Test
    void aKeyOverTheS3LimitIsRefused() {
        RawS3Requests.Answer a = signedGet("admin", path("k".repeat(1025)));
        assertEquals(400, a.status(), a.head());
    }

    @Test
    void tooManyOrTooLargeHeadersAreRefusedAndTheGatewayKeepsServing() {
        String p = path("clean.txt");
        Map<String, String> many = new LinkedHashMap<>(raw.sign(p, "admin", "admin-secret", "us-east-1", Clock.systemUTC()));
        for (int i = 0; i < 1_000; i++) {
            many.put("X-Filler-" + i, "v");
        }
        RawS3Requests.Answer a = raw.get(p, many);
        assertNotEquals(200, a.status(), "a thousand headers are not served");

        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        huge.writeBytes(("GET " + p + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Huge: ").getBytes(StandardCharsets.ISO_8859_1));
        byte[] mb = "a".repeat(1024 * 1024).getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 16; i++) {
            huge.writeBytes(mb);
        }
        huge.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        RawS3Requests.Answer b = raw.send(huge.toByteArray());
        assertNotEquals(200, b.status(), "a 16 MB header is not served");

        assertEquals(200, signedGet("admin", p).status(), "the gateway still serves");
    }

    static void assertRefused(RawS3Requests.Answer a, int status, String code) {
        assertEquals(status, a.status(), a.head() + "\n" + a.bodyText());
        assertTrue(a.bodyText().contains("<Code>" + code + "</Code>"), a.bodyText());
        assertFalse(a.bodyText().contains("Dear") || a.bodyText().contains("@"), "no document in a refusal");
    }
}
