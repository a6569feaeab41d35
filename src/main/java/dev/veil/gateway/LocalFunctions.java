package dev.veil.gateway;

import dev.veil.lambda.FunctionParts;
import dev.veil.lambda.FunctionUrlHandler;
import dev.veil.lambda.FunctionUrlParts;
import dev.veil.lambda.S3ResultStore;
import dev.veil.lambda.ObjectLambdaHandler;
import dev.veil.lambda.PresignedFetcher;
import dev.veil.lambda.SdkOwnReader;
import dev.veil.lambda.SdkResponseWriter;
import dev.veil.pipeline.AuditLog;
import dev.veil.pipeline.AuditSink;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.ResultCache;
import dev.veil.pipeline.TransformFactory;
import dev.veil.policy.PrincipalTags;
import dev.veil.transform.KeyRing;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The function as the local gateway runs it in process: the real handler, reading the store with
 * the store's credentials (the "function role") and calling WriteGetObjectResponse on the
 * gateway's endpoint with the real SDK client. IAM tags come from the gateway's identities.
 */
public final class LocalFunctions {
    private LocalFunctions() {
    }

    /** A factory for {@link Gateway}: the in-process function once the gateway's endpoint is known. */
    public static Function<URI, FunctionInvoker> inProcess(GatewayConfig config, EmbeddedStore store, KeyRing keys,
                                                           AuditSink audit) {
        return inProcess(config, store, keys, audit, null);
    }

    /**
     * As {@link #inProcess(GatewayConfig, EmbeddedStore, KeyRing, AuditSink)}, with requests allowed
     * to work up to {@code maxWork} (null: the Object Lambda limit), for local benchmarks of
     * objects larger than S3 Object Lambda's 60 seconds allow.
     */
    public static Function<URI, FunctionInvoker> inProcess(GatewayConfig config, EmbeddedStore store, KeyRing keys,
                                                           AuditSink audit, java.time.Duration maxWork) {
        return endpoint -> new InProcessFunction(handler(config, store, keys, audit, endpoint, maxWork));
    }

    /**
     * A factory for {@link Gateway}: the function in child JVMs through the real Lambda runtime
     * interface client ({@code poolSize} environments), configured by environment variables as in
     * AWS, with the store as its S3 and the gateway as its WriteGetObjectResponse endpoint.
     */
    public static Function<URI, FunctionInvoker> ric(GatewayConfig config, EmbeddedStore store, Path keyFile,
                                                     int poolSize, java.io.OutputStream logSink) {
        return endpoint -> {
            Map<String, String> env = new java.util.LinkedHashMap<>();
            env.put("AWS_ACCESS_KEY_ID", store.accessKey());
            env.put("AWS_SECRET_ACCESS_KEY", store.secretKey());
            env.put(FunctionParts.S3_ENDPOINT_ENV, store.endpoint().toString());
            env.put(FunctionParts.WGOR_ENDPOINT_ENV, endpoint.toString());
            env.put(FunctionParts.KEY_FILE_ENV, keyFile.toAbsolutePath().toString());
            env.put(FunctionParts.CACHE_ENV, "64");
            Map<String, Map<String, String>> tags = new java.util.LinkedHashMap<>();
            config.identities().forEach(i -> tags.put(i.arn(), i.tags()));
            try {
                env.put(FunctionParts.LOCAL_TAGS_ENV, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(tags));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            RicFunction f = RicFunction.builder(RicFunction.ownClasspath(), RicFunction.OBJECT_LAMBDA_HANDLER)
                    .environment(env).region(config.region()).poolSize(poolSize).logSink(logSink).build();
            f.warmUp();
            return f;
        };
    }

    static ObjectLambdaHandler handler(GatewayConfig config, EmbeddedStore store, KeyRing keys, AuditSink audit,
                                       URI gatewayEndpoint, java.time.Duration maxWork) {
        Region region = Region.of(config.region());
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create(store.accessKey(), store.secretKey()));
        S3Client wgor = FunctionParts.s3(region, gatewayEndpoint.toString(), creds);
        S3Client own = FunctionParts.s3(region, store.endpoint().toString(), creds);
        ObjectPipeline pipeline = new ObjectPipeline(tags(config), new TransformFactory(() -> keys), null, audit,
                Clock.systemUTC(), new ResultCache(64L << 20));
        FunctionParts parts = new FunctionParts(pipeline, PresignedFetcher.standard(),
                new SdkResponseWriter(wgor), new SdkOwnReader(own), Clock.systemUTC(), Duration.ofSeconds(2));
        return maxWork == null ? new ObjectLambdaHandler(parts) : new ObjectLambdaHandler(parts, maxWork);
    }

    /**
     * The function-URL front of {@code config}, or null when it has none: the real
     * {@link FunctionUrlHandler} in process, reading the store with the store's credentials (the
     * "function role"); large results go to the configured output bucket (created when missing),
     * and the redirect is a presigned store URL.
     *
     * @param inlineLimit the largest body answered inline (the deployed limit unless a test forces less)
     */
    public static FunctionUrlFront functionUrl(GatewayConfig config, EmbeddedStore store, KeyRing keys, AuditSink audit,
                                               long inlineLimit) {
        GatewayConfig.FunctionUrl fn = config.functionUrl();
        if (fn == null) {
            return null;
        }
        Region region = Region.of(config.region());
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create(store.accessKey(), store.secretKey()));
        S3Client own = FunctionParts.s3(region, store.endpoint().toString(), creds);
        if (own.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(fn.outputBucket()))) {
            own.createBucket(b -> b.bucket(fn.outputBucket()));
        }
        S3Presigner presigner = S3Presigner.builder().endpointOverride(store.endpoint()).region(region)
                .credentialsProvider(creds)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
        ObjectPipeline pipeline = new ObjectPipeline(tags(config), new TransformFactory(() -> keys), audit,
                Clock.systemUTC());
        FunctionUrlParts parts = new FunctionUrlParts(pipeline, fn.payload(), new SdkOwnReader(own),
                new S3ResultStore(own, presigner, fn.outputBucket(), "results/", null),
                FunctionUrlParts.DEFAULT_RESULT_VALIDITY, audit, Clock.systemUTC(), Duration.ofSeconds(2));
        return new FunctionUrlFront(config, new InProcessFunction(new FunctionUrlHandler(parts, inlineLimit)));
    }

    /**
     * The local audit trail: the JSON audit lines. (The deployed function also writes CloudWatch
     * EMF metric lines; locally there is no CloudWatch to read them.)
     */
    public static AuditSink standardAudit() {
        return new AuditLog();
    }

    /** The tags of the gateway's identities, by principal ARN. */
    static PrincipalTags tags(GatewayConfig config) {
        return caller -> config.identities().stream().filter(i -> i.arn().equals(caller.arn()))
                .map(GatewayConfig.Identity::tags).findFirst().orElse(Map.of());
    }
}
