package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.scan.ObjectInspector;
import dev.veil.scan.ScanRecord;
import dev.veil.scan.ScanRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * {@code --tag} against {@link TaggingS3Proxy}: the embedded S3Proxy store behind a front that
 * speaks S3's object-tagging API (S3Proxy has none), with tags kept per object version and S3's
 * limits checked on the wire, so the real AWS SDK client sees what S3 would answer.
 */
class S3TaggingIT {
    private static final String BUCKET = "tag-test";
    private static final String PII_TEXT = "Mary Smith, SSN 536-22-8147, mary.smith@example.com";
    private static TaggingS3Proxy server;
    private static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        server = new TaggingS3Proxy();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET));
        s3.putBucketVersioning(b -> b.bucket(BUCKET).versioningConfiguration(v -> v.status("Enabled")));
        // S3Proxy refuses PutObject's x-amz-tagging header (501), so the tags go on afterwards.
        putObject(BUCKET, "pii.txt", PII_TEXT, Map.of("project", "blue"));
        putObject(BUCKET, "clean.txt", "The meeting moved to the large room.", Map.of("pii-types", "NAME"));
        putObject(BUCKET, "full.txt", PII_TEXT, tagsOf(9, "k", "v"));
    }

    private static void putObject(String bucket, String key, String text, Map<String, String> tags) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(text));
        putTags(bucket, key, tags);
    }

    @AfterAll
    static void stop() {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, ScanRecord> scanAndTag() throws Exception {
        List<ScanRecord> records = new ArrayList<>();
        new ScanRun(new S3ScanSource(s3, BUCKET, ""), ObjectInspector.standard(DetectionEngine.defaults()),
                new S3ObjectTagger(s3, BUCKET), 2).run(null, records::add, new ScanRun.Listener() { });
        return records.stream().collect(Collectors.toMap(ScanRecord::key, r -> r));
    }

    private static Map<String, String> tags(String key, String versionId) {
        return tags(BUCKET, key, versionId);
    }

    private static Map<String, String> tags(String bucket, String key, String versionId) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tag t : s3.getObjectTagging(b -> b.bucket(bucket).key(key).versionId(versionId)).tagSet()) {
            m.put(t.key(), t.value());
        }
        return m;
    }

    @Test
    void tagsAreMergedIdempotentAndLeaveTheBytesAlone() throws Exception {
        String etagBefore = s3.headObject(b -> b.bucket(BUCKET).key("pii.txt")).eTag();
        Map<String, ScanRecord> first = scanAndTag();

        ScanRecord pii = first.get("pii.txt");
        assertNotNull(pii.versionId(), "a versioned bucket's records name the version read");
        assertEquals("written", pii.tagging());
        assertEquals(Map.of("project", "blue", "pii", "true", "pii-level", "high", "pii-types", "EMAIL:NAME:SSN"),
                tags("pii.txt", pii.versionId()));
        ScanRecord clean = first.get("clean.txt");
        assertEquals(Map.of("pii", "false", "pii-level", "none"), tags("clean.txt", clean.versionId()),
                "a stale pii-types tag is removed");
        assertTrue(first.get("full.txt").tagging().startsWith("failed: object has 9 tags"),
                first.get("full.txt").tagging());

        assertEquals(etagBefore, s3.headObject(b -> b.bucket(BUCKET).key("pii.txt")).eTag());
        assertArrayEquals(PII_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("pii.txt")).asByteArray());
        assertEquals(1, s3.listObjectVersions(b -> b.bucket(BUCKET).prefix("pii.txt")).versions().size(),
                "tagging made no new version");

        Map<String, ScanRecord> second = scanAndTag();
        assertEquals("unchanged", second.get("pii.txt").tagging());
        assertEquals("unchanged", second.get("clean.txt").tagging());
    }

    @Test
    void theTaggingFrontAnswersAsS3DoesAtItsLimits() {
        String bucket = "limits";
        s3.createBucket(b -> b.bucket(bucket));
        putObject(bucket, "o.txt", "x", Map.of("old", "tag"));
        assertEquals(Map.of("old", "tag"), tags(bucket, "o.txt", null));
        s3.putObject(b -> b.bucket(bucket).key("o.txt"), RequestBody.fromString("x"));
        assertEquals(Map.of(), tags(bucket, "o.txt", null), "a new upload starts with no tags");

        assertRefused(400, "BadRequest", () -> putTags(bucket, "o.txt", tagsOf(11, "k", "v")));
        assertRefused(400, "InvalidTag", () -> putTags(bucket, "o.txt", Map.of("k".repeat(129), "v")));
        assertRefused(400, "InvalidTag", () -> putTags(bucket, "o.txt", Map.of("k", "v".repeat(257))));
        assertRefused(404, "NoSuchKey", () -> s3.getObjectTagging(b -> b.bucket(bucket).key("missing.txt")));
        assertRefused(404, "NoSuchKey", () -> putTags(bucket, "missing.txt", Map.of("k", "v")));

        Map<String, String> atTheLimits = tagsOf(9, "k", "v");
        atTheLimits.put("\u00e9".repeat(128), "\u00fc <&> ".repeat(42) + "\uD83D\uDD12abc");
        putTags(bucket, "o.txt", atTheLimits);
        assertEquals(atTheLimits, tags(bucket, "o.txt", null), "ten tags, a 128-character key and a 256-character value (counted in code points, as S3 does)");
        s3.deleteObjectTagging(b -> b.bucket(bucket).key("o.txt"));
        assertEquals(Map.of(), tags(bucket, "o.txt", null));
        assertEquals("x", s3.getObjectAsBytes(b -> b.bucket(bucket).key("o.txt")).asUtf8String());

        try (S3Client wrongSecret = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(TaggingS3Proxy.ACCESS_KEY, "not-the-secret"))).build()) {
            assertRefused(403, "SignatureDoesNotMatch", () -> wrongSecret.getObjectTagging(b -> b.bucket(bucket).key("o.txt")));
            assertRefused(403, "SignatureDoesNotMatch", () -> wrongSecret.getObject(b -> b.bucket(bucket).key("o.txt")));
        }
    }

    private static Map<String, String> tagsOf(int n, String keyPrefix, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        IntStream.range(0, n).forEach(i -> m.put(keyPrefix + i, value));
        return m;
    }

    private static void putTags(String bucket, String key, Map<String, String> tags) {
        List<Tag> tagSet = tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
        s3.putObjectTagging(b -> b.bucket(bucket).key(key).tagging(t -> t.tagSet(tagSet)));
    }

    private static void assertRefused(int status, String code, Executable call) {
        S3Exception e = assertThrows(S3Exception.class, call);
        assertEquals(status, e.statusCode());
        assertEquals(code, e.awsErrorDetails().errorCode());
    }
}
