package dev.veil.lambda;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.aws.PrimingHttpClient;
import dev.veil.document.DocumentTypes;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.ObjectRequest;
import dev.veil.pipeline.ObjectResponse;
import dev.veil.pipeline.ObjectSource;
import dev.veil.pipeline.ResultCache;
import dev.veil.pipeline.SourceObject;
import dev.veil.pipeline.TransformFactory;
import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs the function's hot paths once with synthetic data ({@link PrimingDocuments}) so that the
 * classes and JVM-wide tables they need (the SDK's S3 request path, Jackson's event binding, Tika's
 * type database, the detectors' name lists and phone metadata, the document formats) are loaded
 * before the first real request. It leaves nothing behind that a request could see: the
 * documents go through a pipeline of its own with no audit sink, result cache or shared cache, the S3
 * client answers from memory ({@link PrimingHttpClient}) with made-up credentials, and no
 * connection is opened.
 */
public final class FunctionPrimer {
    /** {@code off}, {@code text} (default: the text path, on a background thread at init) or {@code full}. */
    public static final String PRIME_ENV = "VEIL_PRIME";
    /** Set by Lambda to {@code snap-start} while it initialises a function version for a snapshot. */
    public static final String INIT_TYPE_ENV = "AWS_LAMBDA_INITIALIZATION_TYPE";
    /** Set by Lambda (and the local runtime) in every execution environment. */
    static final String RUNTIME_API_ENV = "AWS_LAMBDA_RUNTIME_API";
    private static final String POLICY = "{\"mode\":\"redact\"}";

    /** How much to prime. */
    public enum Scope {
        /** Nothing. */
        OFF,
        /** A text GET: S3 client, event binding, type detection, detection, the text format. */
        TEXT,
        /** TEXT plus every rewritten format (PDF, DOCX, XLSX, HTML, JSON): SnapStart and provisioned concurrency. */
        FULL;

        /** The scope {@link #PRIME_ENV} names (default {@link #TEXT}); an unknown value is an error. */
        public static Scope of(Map<String, String> env) {
            String v = env.getOrDefault(PRIME_ENV, "text").trim().toUpperCase(Locale.ROOT);
            try {
                return valueOf(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PRIME_ENV + " must be one of " + Arrays.toString(values()));
            }
        }
    }

    /** One priming step: its name, how long it took, and the exception class if it failed. */
    public record Step(String name, long millis, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    private final Region region;
    private final String wgorEndpoint;
    private final Consumer<byte[]> eventParser;

    /**
     * @param env         the function's environment (region, a local WriteGetObjectResponse endpoint)
     * @param eventParser binds an S3 Object Lambda event the way the handler does
     */
    public FunctionPrimer(Map<String, String> env, Consumer<byte[]> eventParser) {
        this.region = Region.of(env.getOrDefault(FunctionParts.REGION_ENV, "us-east-1"));
        this.wgorEndpoint = env.get(FunctionParts.WGOR_ENDPOINT_ENV);
        this.eventParser = eventParser;
    }

    /**
     * In a Lambda execution environment with the default scope, primes the text path on a daemon
     * thread, so that it overlaps with the handler's own initialisation and the runtime's first
     * poll. Called first in the handlers' static initialisation; does nothing elsewhere (tests,
     * the CLI), for {@code full} (primed synchronously by the handler) and in a SnapStart init
     * (primed before the checkpoint).
     */
    static void warmUpInBackground(Map<String, String> env) {
        if (!env.containsKey(RUNTIME_API_ENV) || "snap-start".equals(env.get(INIT_TYPE_ENV))) {
            return;
        }
        Scope scope;
        try {
            scope = Scope.of(env);
        } catch (IllegalStateException e) {
            return; // the handler's constructor reports it
        }
        if (scope == Scope.TEXT) {
            Thread t = new Thread(() -> new FunctionPrimer(env, standardEventParser()).prime(Scope.TEXT),
                    "veil-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Binds events with a mapper configured like the handler's (its deserializer cache stays its own). */
    static Consumer<byte[]> standardEventParser() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return raw -> {
            try {
                json.readValue(raw, ObjectLambdaEvent.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Runs the steps of {@code scope}; a failing step is reported (class name only) and the rest still run. */
    public List<Step> prime(Scope scope) {
        List<Step> steps = new ArrayList<>();
        if (scope == Scope.OFF) {
            return steps;
        }
        steps.add(step("s3-client", this::primeS3));
        steps.add(step("event", () -> eventParser.accept(sampleEvent())));
        try (ObjectPipeline pipeline = new ObjectPipeline(caller -> Map.of(), TransformFactory.withoutKeys(), null,
                record -> { }, Clock.systemUTC(), ResultCache.off())) {
            steps.add(step("text", () -> redact(pipeline, "letter.txt", PrimingDocuments.text())));
            if (scope == Scope.FULL) {
                steps.add(step("json", () -> redact(pipeline, "letter.json", ("{\"letter\":"
                        + new ObjectMapper().valueToTree(PrimingDocuments.LETTER) + "}").getBytes(StandardCharsets.UTF_8))));
                steps.add(step("html", () -> redact(pipeline, "letter.html", ("<html><body><p>"
                        + PrimingDocuments.LETTER + "</p></body></html>").getBytes(StandardCharsets.UTF_8))));
                steps.add(step("pdf", () -> redact(pipeline, "letter.pdf", PrimingDocuments.pdf())));
                steps.add(step("docx", () -> redact(pipeline, "letter.docx", PrimingDocuments.docx())));
                steps.add(step("xlsx", () -> redact(pipeline, "letter.xlsx", PrimingDocuments.xlsx())));
            }
        }
        return steps;
    }

    private static Step step(String name, Runnable work) {
        long t0 = System.nanoTime();
        String failure = null;
        try {
            work.run();
        } catch (RuntimeException | LinkageError e) {
            failure = e.getClass().getSimpleName();
            LoggerFactory.getLogger(FunctionPrimer.class).warn("priming step {} failed ({})", name, failure);
        }
        return new Step(name, (System.nanoTime() - t0) / 1_000_000, failure);
    }

    /** A WriteGetObjectResponse, a success and an error, through an S3 client configured like the function's. */
    private void primeS3() {
        UrlConnectionHttpClient.create().close(); // the real clients' TLS setup
        PrimingHttpClient http = new PrimingHttpClient();
        try (S3Client s3 = FunctionParts.s3(region, wgorEndpoint, StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDVEILPRIMING", "veil-priming-not-a-secret")), http)) {
            SdkResponseWriter writer = new SdkResponseWriter(s3);
            writer.write("veil-priming", "priming-token", ObjectResponse.ok(200,
                    Map.of("Content-Type", "text/plain", "Last-Modified", "Sat, 28 Nov 2026 00:00:00 GMT"),
                    PrimingDocuments.text()));
            writer.write("veil-priming", "priming-token", ObjectResponse.error(403, "AccessDenied", "priming"));
        }
        if (http.requests().size() != 2) {
            throw new IllegalStateException("the S3 client sent " + http.requests().size() + " requests instead of 2");
        }
    }

    private static void redact(ObjectPipeline pipeline, String key, byte[] document) {
        ObjectRequest request = new ObjectRequest("veil-priming", "object-lambda",
                "arn:aws:s3-object-lambda:us-east-1:111122223333:accesspoint/veil-priming",
                Caller.of("arn:aws:iam::111122223333:role/veil-priming", "111122223333"), "veil-priming", key, "", "", 0,
                false);
        Supplier<SourceObject> object = () -> new SourceObject(200, Map.of("content-length",
                Integer.toString(document.length), "etag", "\"" + key.hashCode() + "\""), document);
        // A streaming source, as the presigned fetch is, so the pipeline's streaming decision is primed too.
        ObjectSource source = new ObjectSource() {
            @Override
            public SourceObject fetch(Deadline deadline, long maxBytes) {
                return object.get();
            }

            @Override
            public boolean streams() {
                return true;
            }
        };
        ObjectResponse r = pipeline.handle(request, PolicyParser.parse(POLICY), source,
                Deadline.in(Duration.ofSeconds(60), Clock.systemUTC()));
        if (r.status() != 200 || Arrays.equals(r.body(), document)) {
            throw new IllegalStateException("priming " + key + " answered " + r.status() + " without redacting");
        }
    }

    /** An S3 Object Lambda GetObject event with made-up identifiers and no real URL. */
    static byte[] sampleEvent() {
        return ("{\"xAmzRequestId\":\"veil-priming\",\"getObjectContext\":{\"inputS3Url\":"
                + "\"https://veil-priming.s3.us-east-1.amazonaws.com/letter.txt\",\"outputRoute\":\"veil-priming\","
                + "\"outputToken\":\"priming-token\"},\"configuration\":{\"accessPointArn\":"
                + "\"arn:aws:s3-object-lambda:us-east-1:111122223333:accesspoint/veil-priming\","
                + "\"supportingAccessPointArn\":\"arn:aws:s3:us-east-1:111122223333:accesspoint/veil-priming\","
                + "\"payload\":\"{\\\"mode\\\":\\\"redact\\\"}\"},\"userRequest\":{\"url\":"
                + "\"https://veil-priming-111122223333.s3-object-lambda.us-east-1.amazonaws.com/letter.txt\","
                + "\"headers\":{\"Host\":\"veil-priming-111122223333.s3-object-lambda.us-east-1.amazonaws.com\"}},"
                + "\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"AROAVEILPRIMING:priming\","
                + "\"arn\":\"arn:aws:sts::111122223333:assumed-role/veil-priming/priming\",\"accountId\":\"111122223333\"},"
                + "\"protocolVersion\":\"1.00\"}").getBytes(StandardCharsets.UTF_8);
    }
}
