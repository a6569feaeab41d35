package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.scan.ObjectInspector;
import dev.veil.scan.ScanRecord;
import dev.veil.scan.ScanRun;
import java.io.File;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * {@code --tag} against Moto's S3 server (Python {@code moto}, started as a child process on a
 * loopback port), because S3Proxy does not implement object tagging. Moto keeps tags per object
 * version and checks the ten-tag limit as S3 does. The Python is {@code VEIL_MOTO_PYTHON}
 * ({@code .ci/run} finds one with moto) or {@code python3}.
 */
class S3TaggingMotoIT {
    private static final String BUCKET = "tag-test";
    private static final String PII_TEXT = "Mary Smith, SSN 536-22-8147, mary.smith@example.com";
    private static Process moto;
    private static S3Client s3;

    @BeforeAll
    static void startMoto() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File log = new File("target/moto-server.log");
        String python = System.getenv().getOrDefault("VEIL_MOTO_PYTHON", "python3");
        moto = new ProcessBuilder(python, "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log).start();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!answers(endpoint)) {
            if (!moto.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("moto server did not start (" + python + " -m moto.server; see " + log + ")");
            }
            Thread.sleep(100);
        }
        s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).endpointOverride(endpoint)
                .forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
        s3.createBucket(b -> b.bucket(BUCKET));
        s3.putBucketVersioning(b -> b.bucket(BUCKET).versioningConfiguration(v -> v.status("Enabled")));
        s3.putObject(b -> b.bucket(BUCKET).key("pii.txt").tagging("project=blue"), RequestBody.fromString(PII_TEXT));
        s3.putObject(b -> b.bucket(BUCKET).key("clean.txt").tagging("pii-types=NAME"),
                RequestBody.fromString("The meeting moved to the large room."));
        String nine = java.util.stream.IntStream.range(0, 9).mapToObj(i -> "k" + i + "=v").collect(Collectors.joining("&"));
        s3.putObject(b -> b.bucket(BUCKET).key("full.txt").tagging(nine), RequestBody.fromString(PII_TEXT));
    }

    private static boolean answers(URI endpoint) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            int code = c.getResponseCode();
            c.disconnect();
            return code > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @AfterAll
    static void stopMoto() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (moto != null) {
            moto.destroy();
            if (!moto.waitFor(10, TimeUnit.SECONDS)) {
                moto.destroyForcibly();
            }
        }
    }

    private static Map<String, ScanRecord> scanAndTag() throws Exception {
        List<ScanRecord> records = new ArrayList<>();
        new ScanRun(new S3ScanSource(s3, BUCKET, ""), ObjectInspector.standard(DetectionEngine.defaults()),
                new S3ObjectTagger(s3, BUCKET), 2).run(null, records::add, new ScanRun.Listener() { });
        return records.stream().collect(Collectors.toMap(ScanRecord::key, r -> r));
    }

    private static Map<String, String> tags(String key, String versionId) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tag t : s3.getObjectTagging(b -> b.bucket(BUCKET).key(key).versionId(versionId)).tagSet()) {
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
}
