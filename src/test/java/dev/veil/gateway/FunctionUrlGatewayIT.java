package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.pipeline.AuditRecord;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The gateway's function-URL front ({@code /fn/{bucket}/{key}}) end to end over HTTP, with requests
 * signed by the AWS SDK's SigV4 signer for service {@code lambda}, next to the Object Lambda front
 * of the same gateway (same store, token key and identities).
 */
class FunctionUrlGatewayIT {
    static final int INLINE_LIMIT = 20_000;
    static final GatewayConfig CONFIG = GatewayConfig.demo();
    static final String ALIAS = CONFIG.accessPoints().get(0).alias();
    static final String ODD_KEY = "text/my letter+1 é.txt";
    static EmbeddedStore store;
    static Gateway gateway;
    static final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = EmbeddedStore.inMemory("veil-store", "veil-store-secret-" + System.nanoTime());
        KeyRing keys = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        try (S3Client s3 = storeClient()) {
            s3.createBucket(b -> b.bucket("veil-demo"));
            s3.createBucket(b -> b.bucket("private-data"));
            for (Path p : dev.veil.testing.LeakAudit.corpus()) {
                s3.putObject(b -> b.bucket("veil-demo").key(GatewayRig.key(p)), RequestBody.fromFile(p));
            }
            s3.putObject(b -> b.bucket("veil-demo").key(ODD_KEY).contentType("text/plain"),
                    RequestBody.fromString("Call Mary Smith on mary.smith@example.com.\n"));
            s3.putObject(b -> b.bucket("private-data").key("text/letter-crlf.txt"),
                    RequestBody.fromFile(Path.of("test-documents/text/letter-crlf.txt")));
        }
        gateway = new Gateway(CONFIG, store, 0, LocalFunctions.inProcess(CONFIG, store, keys, audit::add),
                LocalFunctions.functionUrl(CONFIG, store, keys, audit::add, INLINE_LIMIT));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        store.close();
    }

    static S3Client storeClient() {
        return S3Client.builder().endpointOverride(store.endpoint()).region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .forcePathStyle(true).credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
                        .create(software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(store.accessKey(),
                                store.secretKey())))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build();
    }

    /** A request to {@code /fn/...} signed by the SDK's SigV4 signer, sent with the JDK client (no redirects followed). */
    static HttpResponse<byte[]> call(String method, String encodedPath, String identity, String secret, String service,
                                     Map<String, String> extra) {
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create(gateway.endpoint() + encodedPath));
        extra.forEach(b::putHeader);
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(identity, secret))
                .request(b.build())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(gateway.endpoint() + encodedPath))
                .method(method, HttpRequest.BodyPublishers.noBody());
        signed.request().headers().forEach((k, vs) -> {
            if (!k.equalsIgnoreCase("host")) {
                vs.forEach(v -> req.header(k, v));
            }
        });
        try {
            return http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> get(String identity, String key) {
        return call("GET", "/fn/veil-demo/" + key, identity, identity + "-secret", "lambda", Map.of());
    }

    static byte[] viaObjectLambda(String identity, String key) {
        try (S3Client c = S3Client.builder().endpointOverride(gateway.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(identity, identity + "-secret")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build()) {
            return c.getObjectAsBytes(b -> b.bucket(ALIAS).key(key)).asByteArray();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/letter-crlf.txt", "text/customers.csv", "text/profile.json", "office/customers.xlsx"})
    void bothFrontsOfTheGatewayGiveTheSameBytesPerIdentity(String key) {
        for (String identity : List.of("admin", "analyst", "support")) {
            HttpResponse<byte[]> r = get(identity, key);
            assertEquals(200, r.statusCode(), () -> identity + " " + key + ": " + new String(r.body()));
            assertArrayEquals(viaObjectLambda(identity, key), r.body(), identity + " " + key);
        }
        HttpResponse<byte[]> partner = get("partner", key);
        assertEquals(403, partner.statusCode());
        assertTrue(new String(partner.body()).contains("<Code>AccessDenied</Code>"));
    }

    @Test
    void largeResultsRedirectToAPresignedStoreUrl() throws Exception {
        HttpResponse<byte[]> r = get("analyst", "office/letter.docx");
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(store.endpoint() + "/veil-results/results/"), location);
        assertFalse(location.contains("letter"));
        HttpResponse<byte[]> result = http.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, result.statusCode());
        byte[] tokenised = viaObjectLambda("analyst", "office/letter.docx");
        assertTrue(tokenised.length > INLINE_LIMIT);
        assertArrayEquals(tokenised, result.body());
    }

    @Test
    void rangeAndHeadApplyToTheTransformedDocument() {
        byte[] whole = get("support", "text/letter-crlf.txt").body();
        HttpResponse<byte[]> part = call("GET", "/fn/veil-demo/text/letter-crlf.txt", "support", "support-secret", "lambda",
                Map.of("Range", "bytes=10-49"));
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(whole, 10, 50), part.body());
        HttpResponse<byte[]> head = call("HEAD", "/fn/veil-demo/text/letter-crlf.txt", "support", "support-secret",
                "lambda", Map.of());
        assertEquals(200, head.statusCode());
        assertEquals(Long.toString(whole.length), head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void keysWithSpacesPlusSignsAndAccentsAreSignedAndReadExactly() {
        HttpResponse<byte[]> r = get("support", "text/my%20letter%2B1%20%C3%A9.txt");
        assertEquals(200, r.statusCode(), () -> new String(r.body()));
        String text = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("[NAME]") && !text.contains("mary.smith@example.com"), text);
        assertEquals(ODD_KEY, audit.stream().filter(a -> a.frontDoor().equals("function-url"))
                .reduce((a, b) -> b).orElseThrow().key());
    }

    @Test
    void bucketsOutsideTheReadRulesAreRefused() {
        audit.clear();
        HttpResponse<byte[]> r = call("GET", "/fn/private-data/text/letter-crlf.txt", "admin", "admin-secret", "lambda",
                Map.of());
        assertEquals(403, r.statusCode());
        assertTrue(new String(r.body()).contains("<Code>AccessDenied</Code>"));
        assertEquals("forbidden", audit.get(0).decision());
        assertEquals("private-data", audit.get(0).bucket());
    }

    @Test
    void onlySignaturesForTheLambdaServiceByKnownKeysAreAccepted() throws Exception {
        HttpResponse<byte[]> s3Scope = call("GET", "/fn/veil-demo/text/letter-crlf.txt", "admin", "admin-secret", "s3",
                Map.of());
        assertEquals(400, s3Scope.statusCode());
        assertTrue(new String(s3Scope.body()).contains("AuthorizationHeaderMalformed"));
        HttpResponse<byte[]> forged = call("GET", "/fn/veil-demo/text/letter-crlf.txt", "admin", "wrong", "lambda",
                Map.of());
        assertEquals(403, forged.statusCode());
        assertTrue(new String(forged.body()).contains("SignatureDoesNotMatch"));
        HttpResponse<byte[]> stranger = call("GET", "/fn/veil-demo/text/letter-crlf.txt", "mallory", "x", "lambda",
                Map.of());
        assertEquals(403, stranger.statusCode());
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(
                URI.create(gateway.endpoint() + "/fn/veil-demo/text/letter-crlf.txt")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, unsigned.statusCode());
    }
}
