package dev.veil.cdk;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app ({@code cdk.json} runs it). Context: {@code veil:config} (config file, default
 * {@code veil.config.json}), {@code veil:front} ({@code object-lambda} or {@code function-url}),
 * {@code veil:lambdaZip} (default {@code ../target/veil-lambda.zip}), {@code veil:stackName}.
 * cdk-nag's AwsSolutions checks run on every synth; an unsuppressed finding fails it.
 */
public final class VeilApp {
    static final String DEFAULT_ZIP = "../target/veil-lambda.zip";
    /** Feature flags the stack relies on, set here so that tests and the CLI synthesize the same. */
    static final Map<String, Object> FEATURE_FLAGS = Map.of(
            // Access-log delivery by bucket policy, not ACLs (the log bucket enforces bucket-owner ownership).
            "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true,
            "@aws-cdk/aws-s3:createDefaultLoggingPolicy", true,
            "@aws-cdk/aws-iam:minimizePolicies", false,
            "@aws-cdk/core:checkSecretUsage", true);

    private VeilApp() {
    }

    public static void main(String[] args) {
        App app = newApp(Map.of());
        try {
            build(app);
        } catch (ConfigException e) {
            System.err.println("veil cdk: " + e.getMessage());
            System.exit(2);
        }
        app.synth();
    }

    /** An app with Veil's feature flags and {@code context} (tests pass theirs here). */
    public static App newApp(Map<String, Object> context) {
        Map<String, Object> all = new LinkedHashMap<>(FEATURE_FLAGS);
        all.putAll(context);
        return new App(AppProps.builder().context(all).build());
    }

    /** Reads the context, builds the stack and adds the cdk-nag checks. */
    public static VeilStack build(App app) {
        Path configFile = Path.of(context(app, "veil:config", "veil.config.json"));
        VeilConfig config = VeilConfig.read(configFile, contextOrNull(app, "veil:front"));
        String zip = lambdaZip(Path.of(context(app, "veil:lambdaZip", DEFAULT_ZIP)));
        String account = System.getenv("CDK_DEFAULT_ACCOUNT");
        String region = System.getenv("CDK_DEFAULT_REGION");
        StackProps props = StackProps.builder()
                .description("Veil: PII filter for Amazon S3 reads (" + config.front().id() + ")")
                .env(account == null || region == null ? null
                        : Environment.builder().account(account).region(region).build())
                .build();
        VeilStack stack = new VeilStack(app, context(app, "veil:stackName", "Veil"), props, config, zip);
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stack;
    }

    /** The function zip, or a message that says how to build it. */
    static String lambdaZip(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new ConfigException("the function package " + zip.toAbsolutePath().normalize()
                    + " does not exist: run mvn package at the repository root first"
                    + " (or point context veil:lambdaZip at it)");
        }
        return zip.toAbsolutePath().normalize().toString();
    }

    private static String context(App app, String key, String fallback) {
        String v = contextOrNull(app, key);
        return v == null ? fallback : v;
    }

    private static String contextOrNull(App app, String key) {
        Object v = app.getNode().tryGetContext(key);
        return v == null ? null : v.toString();
    }
}
