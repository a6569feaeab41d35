package dev.veil.gateway;

import dev.veil.pipeline.AuditRecord;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The demo gateway (in-process function) over an in-memory store holding {@code test-documents/}. */
final class GatewayRig implements AutoCloseable {
    final GatewayConfig config = GatewayConfig.demo();
    final EmbeddedStore store = EmbeddedStore.inMemory("veil-store", "veil-store-secret-" + System.nanoTime());
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    final Gateway gateway;
    final String alias = config.accessPoints().get(0).alias();
    final KeyRing keys;

    GatewayRig() {
        keys = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        try {
            gateway = new Gateway(config, store, 0, LocalFunctions.inProcess(config, store, keys, audit::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (S3Client s3 = storeClient()) {
            s3.createBucket(b -> b.bucket("veil-demo"));
            for (Path p : dev.veil.testing.LeakAudit.corpus()) {
                s3.putObject(b -> b.bucket("veil-demo").key(key(p)), RequestBody.fromFile(p));
            }
            s3.putObject(b -> b.bucket("veil-demo").key("clean.txt").contentType("text/plain"),
                    RequestBody.fromString("Quarterly figures: revenue grew in every region.\n"));
        }
    }

    static String key(Path p) {
        return Path.of("test-documents").relativize(p).toString().replace('\\', '/');
    }

    S3Client storeClient() {
        return S3Client.builder().endpointOverride(store.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(store.accessKey(), store.secretKey())))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** An S3 client of one identity, pointed at the gateway. */
    S3Client client(String accessKey, String secret) {
        return S3Client.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    S3Client client(String identity) {
        return client(identity, identity + "-secret");
    }

    byte[] original(String key) {
        try {
            return Files.readAllBytes(Path.of("test-documents").resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        gateway.close();
        store.close();
    }
}
