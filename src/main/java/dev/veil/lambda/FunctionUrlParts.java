package dev.veil.lambda;

import dev.veil.pipeline.AuditSink;
import dev.veil.pipeline.ObjectPipeline;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * What the function-URL handler is made of, built once per container.
 *
 * @param policyPayload  the policy JSON ({@code VEIL_POLICY}); parsed by the handler
 * @param reader         reads the requested object with the function's own role
 * @param results        where large results go, or null when no output bucket is configured
 * @param resultValidity how long the redirect link to a large result works
 * @param audit          receives the records the handler writes itself (refused reads)
 * @param margin         time kept back from the Lambda deadline to write the error answer
 */
public record FunctionUrlParts(ObjectPipeline pipeline, String policyPayload, OwnReader reader, ResultStore results,
                               Duration resultValidity, AuditSink audit, Clock clock, Duration margin) {
    /** The policy JSON (the payload format of docs/ARCHITECTURE.md, with {@code read} rules). */
    public static final String POLICY_ENV = "VEIL_POLICY";
    /** The bucket large results are written to. */
    public static final String OUTPUT_BUCKET_ENV = "VEIL_OUTPUT_BUCKET";
    /** The key prefix of large results (the CDK app's lifecycle rule expires it). */
    public static final String OUTPUT_PREFIX_ENV = "VEIL_OUTPUT_PREFIX";
    /** Seconds a redirect link to a large result works (default 300). */
    public static final String OUTPUT_URL_SECONDS_ENV = "VEIL_OUTPUT_URL_SECONDS";
    /** A KMS key for SSE-KMS on results; unset: the output bucket's default encryption. */
    public static final String OUTPUT_KMS_KEY_ENV = "VEIL_OUTPUT_KMS_KEY";
    /** Default validity of a result link. */
    public static final Duration DEFAULT_RESULT_VALIDITY = Duration.ofMinutes(5);

    /** The deployed function: the pipeline as {@link FunctionParts#fromEnvironment}, plus the above. */
    public static FunctionUrlParts fromEnvironment(Map<String, String> env) {
        Clock clock = Clock.systemUTC();
        AuditSink audit = FunctionParts.standardAudit(clock);
        FunctionParts base = FunctionParts.fromEnvironment(env, audit);
        Region region = Region.of(env.getOrDefault(FunctionParts.REGION_ENV, "us-east-1"));
        String endpoint = env.get(FunctionParts.S3_ENDPOINT_ENV);
        String bucket = env.get(OUTPUT_BUCKET_ENV);
        ResultStore results = null;
        if (bucket != null && !bucket.isBlank()) {
            S3Client s3 = FunctionParts.s3(region, endpoint);
            S3Presigner.Builder p = S3Presigner.builder().region(region)
                    .credentialsProvider(DefaultCredentialsProvider.builder().build());
            if (endpoint != null && !endpoint.isBlank()) {
                p.endpointOverride(URI.create(endpoint))
                        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
            }
            results = new S3ResultStore(s3, p.build(), bucket, env.getOrDefault(OUTPUT_PREFIX_ENV, ""),
                    env.get(OUTPUT_KMS_KEY_ENV));
        }
        Duration validity = Duration.ofSeconds(Long.parseLong(
                env.getOrDefault(OUTPUT_URL_SECONDS_ENV, Long.toString(DEFAULT_RESULT_VALIDITY.toSeconds()))));
        return new FunctionUrlParts(base.pipeline(), env.get(POLICY_ENV), base.ownReader(), results, validity, audit,
                clock, base.margin());
    }
}
