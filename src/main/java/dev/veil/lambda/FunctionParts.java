package dev.veil.lambda;

import dev.veil.aws.AwsKeyRings;
import dev.veil.aws.ComprehendDetector;
import dev.veil.aws.ComprehendSettings;
import dev.veil.aws.IamPrincipalTags;
import dev.veil.aws.SharedCaches;
import dev.veil.detect.BatchDetector;
import dev.veil.policy.CachedPrincipalTags;
import dev.veil.aws.EmfMetrics;
import dev.veil.pipeline.AuditLog;
import dev.veil.pipeline.AuditSink;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.ResultCache;
import dev.veil.pipeline.TransformFactory;
import dev.veil.policy.PrincipalTags;
import dev.veil.transform.KeyFiles;
import dev.veil.transform.KeyRing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * What the handlers are made of, built once per container.
 *
 * @param margin time kept back from the Lambda deadline to write the error answer
 */
public record FunctionParts(ObjectPipeline pipeline, PresignedFetcher fetcher, ResponseWriter writer,
                            OwnReader ownReader, Clock clock, Duration margin) {
    /** Name of the region variable Lambda sets. */
    public static final String REGION_ENV = "AWS_REGION";
    /** An S3 endpoint override for the function's own reads (the local store); unset in AWS. */
    public static final String S3_ENDPOINT_ENV = "VEIL_S3_ENDPOINT";
    /** A WriteGetObjectResponse endpoint override (the local gateway); unset in AWS. */
    public static final String WGOR_ENDPOINT_ENV = "VEIL_WGOR_ENDPOINT";
    /** A local key file (the local gateway); in AWS the key comes from SSM or Secrets Manager. */
    public static final String KEY_FILE_ENV = "VEIL_KEY_FILE";
    /** {@code on} turns Amazon Comprehend on as a second detector (default off). */
    public static final String COMPREHEND_ENV = "VEIL_COMPREHEND";
    /** Seconds an IAM principal's tags are cached (default 300). */
    public static final String TAG_CACHE_ENV = "VEIL_TAG_CACHE_SECONDS";
    /** Megabytes of answers cached per container (default 64; 0 turns the cache off). */
    public static final String CACHE_ENV = "VEIL_CACHE_MB";
    /**
     * IAM principal tags given as JSON ({@code {"principal ARN": {"key": "value"}}}) instead of
     * read from IAM: the local gateway's identities, for the function in a child JVM. Unset in AWS.
     */
    public static final String LOCAL_TAGS_ENV = "VEIL_LOCAL_TAGS";
    /** Milliseconds kept back from the Lambda deadline (default 2000). */
    public static final String MARGIN_ENV = "VEIL_DEADLINE_MARGIN_MS";

    /** The deployed function: region, key source and endpoints from {@code env}. */
    public static FunctionParts fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, standardAudit(Clock.systemUTC()));
    }

    /** The deployed audit trail: JSON audit lines and CloudWatch EMF metrics. */
    public static AuditSink standardAudit(Clock clock) {
        return AuditSink.all(new AuditLog(), new EmfMetrics(clock));
    }

    /** As {@link #fromEnvironment(Map)}, with the pipeline's audit records going to {@code audit}. */
    public static FunctionParts fromEnvironment(Map<String, String> env, AuditSink audit) {
        Region region = Region.of(env.getOrDefault(REGION_ENV, "us-east-1"));
        S3Client s3 = s3(region, env.get(S3_ENDPOINT_ENV));
        S3Client wgor = env.get(WGOR_ENDPOINT_ENV) == null ? s3 : s3(region, env.get(WGOR_ENDPOINT_ENV));
        Clock clock = Clock.systemUTC();
        BatchDetector comprehend = "on".equalsIgnoreCase(env.getOrDefault(COMPREHEND_ENV, "off"))
                ? new ComprehendDetector(ComprehendDetector.client(region), ComprehendSettings.defaults()) : null;
        long tagSeconds = Long.parseLong(env.getOrDefault(TAG_CACHE_ENV, "300"));
        PrincipalTags tags = env.containsKey(LOCAL_TAGS_ENV) ? localTags(env.get(LOCAL_TAGS_ENV)) : tags(tagSeconds);
        Supplier<KeyRing> keys = keys(env, region);
        boolean keysConfigured = env.containsKey(KEY_FILE_ENV) || env.containsKey(AwsKeyRings.SSM_PARAMETER_ENV)
                || env.containsKey(AwsKeyRings.SECRET_ID_ENV);
        ObjectPipeline pipeline = new ObjectPipeline(tags, new TransformFactory(keys),
                comprehend, audit, clock, new ResultCache(Long.parseLong(env.getOrDefault(CACHE_ENV, "64")) << 20),
                SharedCaches.fromEnvironment(env, region, keys, keysConfigured, clock));
        Duration margin = Duration.ofMillis(Long.parseLong(env.getOrDefault(MARGIN_ENV, "2000")));
        return new FunctionParts(pipeline, PresignedFetcher.standard(), new SdkResponseWriter(wgor),
                new SdkOwnReader(s3), clock, margin);
    }

    /** An S3 client for WriteGetObjectResponse and own reads; with an endpoint, no host prefix. */
    public static S3Client s3(Region region, String endpoint) {
        return s3(region, endpoint, DefaultCredentialsProvider.builder().build());
    }

    /** As {@link #s3(Region, String)} with the given credentials. */
    public static S3Client s3(Region region, String endpoint, AwsCredentialsProvider credentials) {
        return s3(region, endpoint, credentials, UrlConnectionHttpClient.create());
    }

    /**
     * As {@link #s3(Region, String, AwsCredentialsProvider)} over the given HTTP client (a
     * {@link dev.veil.aws.PrimingHttpClient} when priming).
     */
    public static S3Client s3(Region region, String endpoint, AwsCredentialsProvider credentials, SdkHttpClient http) {
        var b = S3Client.builder().region(region).credentialsProvider(credentials).httpClient(http);
        if (endpoint != null && !endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint)).forcePathStyle(true)
                    .overrideConfiguration(c -> c.putAdvancedOption(
                            SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true));
        }
        return b.build();
    }

    private static PrincipalTags localTags(String json) {
        Map<String, Map<String, String>> byArn;
        try {
            byArn = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Map<String, String>>>() { });
        } catch (IOException e) {
            throw new IllegalStateException(LOCAL_TAGS_ENV + " is not valid JSON");
        }
        return caller -> byArn.getOrDefault(caller.arn(), Map.of());
    }

    /** IAM tags through iam:ListRoleTags / ListUserTags, cached; the IAM client is made on first use. */
    private static PrincipalTags tags(long cacheSeconds) {
        PrincipalTags iam = new PrincipalTags() {
            private volatile IamPrincipalTags delegate;

            @Override
            public Map<String, String> tagsOf(dev.veil.policy.Caller caller) {
                IamPrincipalTags d = delegate;
                if (d == null) {
                    synchronized (this) {
                        if (delegate == null) {
                            delegate = new IamPrincipalTags(IamPrincipalTags.client());
                        }
                        d = delegate;
                    }
                }
                return d.tagsOf(caller);
            }
        };
        return CachedPrincipalTags.of(iam, cacheSeconds);
    }

    private static Supplier<KeyRing> keys(Map<String, String> env, Region region) {
        String file = env.get(KEY_FILE_ENV);
        if (file != null) {
            return () -> {
                try {
                    return KeyFiles.parse(Files.readString(Path.of(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException("the key file cannot be read", e);
                }
            };
        }
        if (env.get(AwsKeyRings.SSM_PARAMETER_ENV) == null && env.get(AwsKeyRings.SECRET_ID_ENV) == null) {
            return () -> null;
        }
        return AwsKeyRings.fromEnvironment(env,
                () -> SsmClient.builder().region(region).httpClient(UrlConnectionHttpClient.create()).build(),
                () -> SecretsManagerClient.builder().region(region).httpClient(UrlConnectionHttpClient.create()).build());
    }
}
