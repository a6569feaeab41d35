package dev.veil.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.SourceObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Function-URL handlers over a {@link LambdaRig}'s store and pipeline (so the token key and the
 * audit trail are the Object Lambda front's): the function role is the store's credentials, large
 * results go to the {@code veil-results} bucket, and every S3 read is counted.
 */
final class FunctionUrlRig implements AutoCloseable {
    static final String RESULTS = "veil-results";

    final LambdaRig lambda;
    final AtomicInteger reads = new AtomicInteger();
    final OwnReader reader;
    private final S3Client own;

    FunctionUrlRig(LambdaRig lambda) {
        this.lambda = lambda;
        lambda.s3.createBucket(b -> b.bucket(RESULTS));
        own = S3Client.builder().endpointOverride(lambda.storeEndpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(LambdaRig.CREDS))
                .httpClient(UrlConnectionHttpClient.create()).build();
        SdkOwnReader sdk = new SdkOwnReader(own);
        reader = (bucket, key, versionId, ifMatch, max, deadline) -> count(sdk, bucket, key, versionId, ifMatch, max, deadline);
    }

    private SourceObject count(OwnReader r, String bucket, String key, String versionId, String ifMatch, long max,
                               Deadline d) {
        reads.incrementAndGet();
        return r.get(bucket, key, versionId, ifMatch, max, d);
    }

    /** A handler with {@code policy}, returning bodies up to {@code inlineLimit} inline. */
    FunctionUrlHandler handler(String policy, long inlineLimit, boolean withResults) {
        ResultStore results = withResults
                ? new S3ResultStore(lambda.s3, lambda.presigner, RESULTS, "results/", null) : null;
        return new FunctionUrlHandler(new FunctionUrlParts(lambda.pipeline, policy, reader, results,
                Duration.ofMinutes(5), lambda.audit::add, Clock.systemUTC(), Duration.ofMillis(500)), inlineLimit);
    }

    FunctionUrlHandler handler(String policy) {
        return handler(policy, Long.MAX_VALUE, true);
    }

    static JsonNode invoke(FunctionUrlHandler handler, ObjectNode event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(Events.JSON.writeValueAsBytes(event)), out,
                    dev.veil.gateway.InProcessFunction.LocalContext.remaining("test", 30_000L));
            return Events.JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        own.close();
    }
}
