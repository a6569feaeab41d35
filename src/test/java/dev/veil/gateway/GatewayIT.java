package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.LeakAudit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The demo gateway end to end with the AWS SDK for Java v2 as the client: four identities, four behaviours. */
class GatewayIT {
    static GatewayRig rig;
    static S3Client admin;
    static S3Client analyst;
    static S3Client support;
    static S3Client partner;

    @BeforeAll
    static void start() {
        rig = new GatewayRig();
        admin = rig.client("admin");
        analyst = rig.client("analyst");
        support = rig.client("support");
        partner = rig.client("partner");
    }

    @AfterAll
    static void stop() {
        List.of(admin, analyst, support, partner).forEach(S3Client::close);
        rig.close();
    }

    static List<Path> corpus() {
        return LeakAudit.corpus();
    }

    private static byte[] get(S3Client c, String key) {
        return c.getObjectAsBytes(b -> b.bucket(rig.alias).key(key)).asByteArray();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void fourIdentitiesGetFourBehaviours(Path file) {
        String key = GatewayRig.key(file);
        byte[] original = rig.original(key);
        String name = file.getFileName().toString();
        assertArrayEquals(original, get(admin, key), "admin reads the original");
        if (!LeakAudit.readable(original, name)) {
            S3Exception e = assertThrows(S3Exception.class, () -> get(support, key));
            assertEquals(400, e.statusCode());
            return;
        }
        Set<String> values = LeakAudit.detectedValues(original, name);
        byte[] redacted = get(support, key);
        byte[] tokenised = get(analyst, key);
        assertEquals(List.of(), LeakAudit.leaks(redacted, name, values), key + " redacted");
        assertEquals(List.of(), LeakAudit.leaks(tokenised, name, values), key + " tokenised");
        if (values.isEmpty()) {
            assertArrayEquals(original, get(partner, key), "clean documents pass in deny mode");
        } else {
            assertFalse(Arrays.equals(original, redacted));
            S3Exception e = assertThrows(S3Exception.class, () -> get(partner, key));
            assertEquals(403, e.statusCode());
            assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void tokensAreConsistentAcrossReads() {
        assertArrayEquals(get(analyst, "text/customers.csv"), get(analyst, "text/customers.csv"));
    }

    @Test
    void rangesApplyToTheRedactedDocument() {
        byte[] whole = get(support, "text/letter-crlf.txt");
        byte[] part = support.getObjectAsBytes(b -> b.bucket(rig.alias).key("text/letter-crlf.txt").range("bytes=10-49"))
                .asByteArray();
        assertArrayEquals(Arrays.copyOfRange(whole, 10, 50), part);
        var response = support.getObject(b -> b.bucket(rig.alias).key("text/letter-crlf.txt").range("bytes=10-49"))
                .response();
        assertEquals("bytes 10-49/" + whole.length, response.contentRange());
        S3Exception e = assertThrows(S3Exception.class, () -> support.getObjectAsBytes(
                b -> b.bucket(rig.alias).key("text/letter-crlf.txt").range("bytes=" + (whole.length + 10) + "-")));
        assertEquals(416, e.statusCode());
    }

    @Test
    void headLengthEqualsGetLength() {
        for (S3Client c : List.of(admin, analyst, support)) {
            long head = c.headObject(b -> b.bucket(rig.alias).key("office/letter.docx")).contentLength();
            assertEquals(get(c, "office/letter.docx").length, head);
        }
        S3Exception e = assertThrows(S3Exception.class,
                () -> partner.headObject(b -> b.bucket(rig.alias).key("office/letter.docx")));
        assertEquals(403, e.statusCode());
    }

    @Test
    void listingPassesThrough() {
        var keys = support.listObjectsV2(b -> b.bucket(rig.alias).prefix("office/")).contents().stream()
                .map(o -> o.key()).toList();
        assertTrue(keys.contains("office/letter.docx"), keys::toString);
        assertTrue(keys.stream().allMatch(k -> k.startsWith("office/")));
    }

    @Test
    void unknownKeysAndBadSignaturesAreRefused() {
        try (S3Client stranger = rig.client("mallory", "whatever"); S3Client forger = rig.client("admin", "wrong")) {
            S3Exception unknown = assertThrows(S3Exception.class, () -> get(stranger, "text/letter-crlf.txt"));
            assertEquals(403, unknown.statusCode());
            assertEquals("InvalidAccessKeyId", unknown.awsErrorDetails().errorCode());
            S3Exception forged = assertThrows(S3Exception.class, () -> get(forger, "text/letter-crlf.txt"));
            assertEquals(403, forged.statusCode());
            assertEquals("SignatureDoesNotMatch", forged.awsErrorDetails().errorCode());
        }
    }

    @Test
    void wrongRegionIsRefused() {
        try (S3Client eu = S3Client.builder().endpointOverride(rig.gateway.endpoint()).region(Region.EU_WEST_1)
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("admin", "admin-secret")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build()) {
            S3Exception e = assertThrows(S3Exception.class, () -> get(eu, "text/letter-crlf.txt"));
            assertEquals(400, e.statusCode());
        }
    }

    @Test
    void presignedUrlsWorkUntilTheyExpire() throws Exception {
        try (S3Presigner p = S3Presigner.builder().endpointOverride(rig.gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("support", "support-secret")))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build()) {
            String url = p.presignGetObject(b -> b.signatureDuration(Duration.ofSeconds(2))
                    .getObjectRequest(g -> g.bucket(rig.alias).key("text/letter-crlf.txt"))).url().toString();
            var http = java.net.http.HttpClient.newHttpClient();
            var ok = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, ok.statusCode());
            assertArrayEquals(get(support, "text/letter-crlf.txt"), ok.body());
            Thread.sleep(3100);
            var expired = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(403, expired.statusCode());
            assertTrue(expired.body().contains("<Code>AccessDenied</Code>"));
            var unsigned = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    rig.gateway.endpoint() + "/" + rig.alias + "/text/letter-crlf.txt")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(403, unsigned.statusCode());
        }
    }

    @Test
    void unknownAccessPointAndKeysAreS3Errors() {
        S3Exception noAp = assertThrows(S3Exception.class,
                () -> admin.getObjectAsBytes(b -> b.bucket("nope-1234567890--ol-s3").key("x")));
        assertEquals(404, noAp.statusCode());
        S3Exception noKey = assertThrows(S3Exception.class, () -> get(support, "no/such/key.txt"));
        assertEquals(404, noKey.statusCode());
        assertEquals("NoSuchKey", noKey.awsErrorDetails().errorCode());
    }

    @Test
    void everyRequestIsAudited() {
        rig.audit.clear();
        get(support, "text/letter-crlf.txt");
        assertEquals(1, rig.audit.size());
        assertEquals("arn:aws:iam::111122223333:user/support", rig.audit.get(0).principal());
        assertEquals("redact", rig.audit.get(0).decision());
        assertEquals("callers[0]", rig.audit.get(0).rule());
    }
}
