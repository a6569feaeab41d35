package dev.veil.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.EmbeddedStore;
import dev.veil.pipeline.AuditRecord;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.TransformFactory;
import dev.veil.policy.PrincipalTags;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The Object Lambda function wired to real parts: an embedded S3Proxy serving presigned URLs, a
 * local endpoint receiving the real SDK's WriteGetObjectResponse, a real S3 client for the
 * function's own reads, and a captured audit trail.
 */
final class LambdaRig implements AutoCloseable {
    static final String BUCKET = "veil-docs";
    static final AwsBasicCredentials CREDS = AwsBasicCredentials.create("AKIDVEILTEST", "veil-test-secret");

    final EmbeddedStore store = EmbeddedStore.inMemory(CREDS.accessKeyId(), CREDS.secretAccessKey());
    final WgorReceiver receiver;
    final S3Client s3;
    final S3Presigner presigner;
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    final ObjectLambdaHandler handler;
    final ObjectPipeline pipeline;
    /** The token key ring, or null for a rig without one. */
    final KeyRing ring;

    LambdaRig(PrincipalTags tags, boolean withKey) {
        try {
            receiver = new WgorReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s3 = S3Client.builder().endpointOverride(store.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(CREDS))
                .httpClient(UrlConnectionHttpClient.create()).build();
        s3.createBucket(b -> b.bucket(BUCKET));
        presigner = S3Presigner.builder().endpointOverride(store.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(CREDS))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
        ring = withKey ? KeyRing.of(TokenKey.generate(new java.security.SecureRandom(), java.time.Instant.now())) : null;
        pipeline = new ObjectPipeline(tags, new TransformFactory(() -> ring), audit::add, Clock.systemUTC());
        S3Client writerClient = FunctionParts.s3(Region.US_EAST_1, receiver.endpoint().toString(),
                StaticCredentialsProvider.create(CREDS));
        S3Client ownClient = S3Client.builder().endpointOverride(store.endpoint()).region(Region.US_EAST_1)
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(CREDS))
                .httpClient(UrlConnectionHttpClient.create()).build();
        handler = new ObjectLambdaHandler(new FunctionParts(pipeline, PresignedFetcher.standard(),
                new SdkResponseWriter(writerClient), new SdkOwnReader(ownClient), Clock.systemUTC(),
                Duration.ofMillis(500)));
    }

    void put(String key, byte[] bytes, String contentType) {
        s3.putObject(b -> b.bucket(BUCKET).key(key).contentType(contentType).metadata(java.util.Map.of("owner", "x")),
                RequestBody.fromBytes(bytes));
    }

    String presignGet(String key, Consumer<GetObjectRequest.Builder> extra, Duration validity) {
        GetObjectRequest.Builder g = GetObjectRequest.builder().bucket(BUCKET).key(key);
        extra.accept(g);
        return presigner.presignGetObject(p -> p.signatureDuration(validity).getObjectRequest(g.build())).url().toString();
    }

    String presignGet(String key) {
        return presignGet(key, g -> { }, Duration.ofMinutes(5));
    }

    String presignHead(String key) {
        return presigner.presignHeadObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                .headObjectRequest(h -> h.bucket(BUCKET).key(key))).url().toString();
    }

    /** A presigned ListObjectsV2 URL (the SDK's presigner has none; the SigV4 signer presigns it). */
    String presignList() {
        var signer = software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.create();
        var request = software.amazon.awssdk.http.SdkHttpFullRequest.builder()
                .method(software.amazon.awssdk.http.SdkHttpMethod.GET)
                .uri(URI.create(store.endpoint() + "/" + BUCKET + "/"))
                .putRawQueryParameter("list-type", "2").build();
        var signed = signer.sign(r -> r.identity(software.amazon.awssdk.identity.spi.AwsCredentialsIdentity.create(
                        CREDS.accessKeyId(), CREDS.secretAccessKey()))
                .request(request)
                .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.AUTH_LOCATION,
                        software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.EXPIRATION_DURATION,
                        Duration.ofMinutes(5))
                .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
        return signed.request().getUri().toString();
    }

    /** Runs the handler in process and returns what it wrote to its output stream. */
    JsonNode invoke(ObjectNode event, int remainingMillis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(Events.JSON.writeValueAsBytes(event)), out,
                    dev.veil.gateway.InProcessFunction.LocalContext.remaining("test", remainingMillis));
            return Events.JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode invokeRaw(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), out,
                    dev.veil.gateway.InProcessFunction.LocalContext.remaining("test", 30_000));
            return Events.JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI storeEndpoint() {
        return store.endpoint();
    }

    @Override
    public void close() {
        pipeline.close();
        receiver.close();
        presigner.close();
        s3.close();
        store.close();
    }
}
