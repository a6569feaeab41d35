package dev.veil.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.pipeline.AuditRecord;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.ObjectRequest;
import dev.veil.pipeline.ObjectResponse;
import dev.veil.pipeline.ObjectSource;
import dev.veil.policy.Caller;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyException;
import dev.veil.policy.PolicyParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda function-URL front door ({@code AWS_IAM} auth): {@code GET} and {@code HEAD} of
 * {@code /{bucket}/{key}}. The function reads S3 with its own role, so Veil authorises the read
 * itself with the policy's {@code read} rules (deny by default) before any S3 call; then the same
 * {@link ObjectPipeline} as the Object Lambda front decides, transforms and audits.
 * <p>
 * Results up to the inline limit come back in the response (base64). Larger ones are written to
 * the output bucket under a random key and the caller gets 303 to a presigned GET that expires in
 * minutes. Range and partNumber apply to the transformed result: inline, the slice is returned;
 * for a large result the whole transformed object is stored, and the Range the client repeats on
 * the redirect is applied by S3 to it. Neither the link nor the stored key is ever logged.
 */
public class FunctionUrlHandler implements RequestStreamHandler {
    static {
        // First, so the warm-up overlaps with logging, Jackson and the parts being set up here.
        FunctionPrimer.warmUpInBackground(System.getenv());
    }

    private static final Logger LOG = LoggerFactory.getLogger(FunctionUrlHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Used when there is no Lambda context (local calls). */
    static final Duration DEFAULT_WORK = Duration.ofSeconds(55);

    /** Replaced once after a SnapStart restore (see {@link SnapStartHooks}). */
    private volatile FunctionUrlParts parts;
    private final long inlineLimit;
    private final Policy policy;
    private final String policyError;
    /** Held here because CRaC holds registered resources weakly; null when built from given parts. */
    private final SnapStartHooks snapStart;

    /**
     * The function as deployed: everything from the environment ({@link FunctionUrlParts#fromEnvironment}),
     * primed as {@link FunctionPrimer#PRIME_ENV} says, with the SnapStart hooks registered.
     */
    public FunctionUrlHandler() {
        this(System.getenv());
    }

    FunctionUrlHandler(Map<String, String> env) {
        this(FunctionUrlParts.fromEnvironment(env), FunctionUrlAnswers.MAX_INLINE_BYTES, env);
    }

    public FunctionUrlHandler(FunctionUrlParts parts) {
        this(parts, FunctionUrlAnswers.MAX_INLINE_BYTES);
    }

    /** @param inlineLimit the largest body returned inline (tests force the large-result path with a small one) */
    public FunctionUrlHandler(FunctionUrlParts parts, long inlineLimit) {
        this(parts, inlineLimit, null);
    }

    /** @param env the environment of a deployed handler (priming, SnapStart hooks), or null */
    private FunctionUrlHandler(FunctionUrlParts parts, long inlineLimit, Map<String, String> env) {
        this.parts = parts;
        this.snapStart = env == null ? null : SnapStartHooks.install(env, FunctionPrimer.standardEventParser(),
                () -> renew(FunctionUrlParts.fromEnvironment(env)));
        this.inlineLimit = Math.min(inlineLimit, FunctionUrlAnswers.MAX_INLINE_BYTES);
        Policy parsed = null;
        String error = null;
        try {
            parsed = PolicyParser.parse(parts.policyPayload());
        } catch (PolicyException e) {
            // Fail closed on every request with the reason, rather than failing the cold start.
            error = e.getMessage();
            LOG.error("{} is invalid: {}", FunctionUrlParts.POLICY_ENV, error);
        }
        this.policy = parsed;
        this.policyError = error;
    }

    /** The SnapStart hooks of a deployed handler (tests call them directly: this JDK has no CRaC). */
    SnapStartHooks snapStart() {
        return snapStart;
    }

    /** The parts requests use now. */
    FunctionUrlParts parts() {
        return parts;
    }

    /** After a restore: fresh parts for every request from now on; the old pipeline's workers end. */
    private void renew(FunctionUrlParts fresh) {
        FunctionUrlParts old = parts;
        parts = fresh;
        old.pipeline().close();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String fallbackId = context == null ? "local" : context.getAwsRequestId();
        ObjectNode answer;
        try {
            FunctionUrlEvent event = JSON.readValue(input.readAllBytes(), FunctionUrlEvent.class);
            answer = answer(event, context, fallbackId);
        } catch (IOException e) {
            LOG.error("request {}: malformed function URL event", fallbackId);
            answer = FunctionUrlAnswers.error(JSON, 400, "InvalidRequest", "malformed function URL event", fallbackId, false);
        } catch (RuntimeException e) {
            LOG.error("request {}: failed ({})", fallbackId, e.getClass().getSimpleName());
            answer = FunctionUrlAnswers.error(JSON, 500, "InternalError", "Veil could not process the object", fallbackId,
                    false);
        }
        output.write(JSON.writeValueAsBytes(answer));
        output.flush();
    }

    private ObjectNode answer(FunctionUrlEvent event, Context context, String fallbackId) {
        String requestId = event.requestContext() != null && event.requestContext().requestId() != null
                ? event.requestContext().requestId() : fallbackId;
        String method = event.method();
        boolean head = method.equals("HEAD");
        if (!method.equals("GET") && !head) {
            return FunctionUrlAnswers.error(JSON, 405, "MethodNotAllowed", "this front serves GET and HEAD only",
                    requestId, false);
        }
        if (policy == null) {
            return FunctionUrlAnswers.error(JSON, 500, "InvalidConfiguration", "the policy is invalid: " + policyError,
                    requestId, head);
        }
        ObjectAddress address;
        try {
            address = ObjectAddress.parse(event.rawPath());
        } catch (ObjectAddress.InvalidPathException e) {
            return FunctionUrlAnswers.error(JSON, 400, "InvalidArgument", e.getMessage(), requestId, head);
        }
        Map<String, String> query = query(event.rawQueryString());
        String versionId = query.getOrDefault("versionId", "");
        String accessPoint = context == null ? "function-url" : context.getFunctionName();
        Optional<Caller> caller = event.caller();
        if (caller.isEmpty() || policy.readRule(caller.get(), address.bucket(), address.key()).isEmpty()) {
            Caller who = caller.orElse(Caller.of("", ""));
            forbidden(requestId, accessPoint, who, address, versionId);
            return FunctionUrlAnswers.error(JSON, 403, "AccessDenied", "Access Denied", requestId, head);
        }
        int partNumber = partNumber(query.get("partNumber"));
        String range = event.header("range");
        // The whole object is transformed first; the range is applied below, to the result.
        ObjectRequest whole = new ObjectRequest(requestId, "function-url", accessPoint, caller.get(), address.bucket(),
                address.key(), versionId, "", 0, head);
        ObjectSource source = (d, max) -> parts.reader().get(address.bucket(), address.key(), versionId, null, max, d);
        ObjectResponse r = parts.pipeline().handle(whole, policy, source, deadline(context));
        if (r.isError()) {
            return FunctionUrlAnswers.error(JSON, r.status(), r.errorCode(), r.errorMessage(), requestId, head);
        }
        if (head) {
            Map<String, String> h = new java.util.LinkedHashMap<>(r.headers());
            h.put("Content-Length", Long.toString(r.contentLength()));
            return FunctionUrlAnswers.inline(JSON, r.status(), h, new byte[0], true);
        }
        ObjectRequest ranged = new ObjectRequest(requestId, "function-url", accessPoint, caller.get(), address.bucket(),
                address.key(), versionId, range, partNumber, false);
        ObjectResponse slice = ObjectPipeline.ranged(ranged, r.body(), r.headers());
        if (slice.isError()) {
            return FunctionUrlAnswers.error(JSON, slice.status(), slice.errorCode(), slice.errorMessage(), requestId, false);
        }
        if (slice.body().length <= inlineLimit) {
            return FunctionUrlAnswers.inline(JSON, slice.status(), slice.headers(), slice.body(), false);
        }
        if (parts.results() == null) {
            LOG.error("request {}: result of {} bytes is too large to return and {} is not set", requestId,
                    r.body().length, FunctionUrlParts.OUTPUT_BUCKET_ENV);
            return FunctionUrlAnswers.error(JSON, 500, "InvalidConfiguration",
                    "the result is too large to return inline and no output bucket is configured", requestId, false);
        }
        URI link = parts.results().put(r.body(), r.headers().get("Content-Type"), parts.resultValidity());
        LOG.info("request {}: result of {} bytes stored; redirecting", requestId, r.body().length);
        return FunctionUrlAnswers.redirect(JSON, link);
    }

    /** Audits a read the policy does not allow; no S3 call was made. */
    private void forbidden(String requestId, String accessPoint, Caller caller, ObjectAddress address, String versionId) {
        parts.audit().record(new AuditRecord(requestId, "function-url", caller.arn(), caller.accountId(), accessPoint,
                address.bucket(), address.key(), versionId, "", "read", "forbidden", 403, "AccessDenied", "", Map.of(),
                0, 0, 0, 0, policy.fingerprint(), false));
    }

    private Deadline deadline(Context context) {
        Duration remaining = context == null ? DEFAULT_WORK
                : Duration.ofMillis(context.getRemainingTimeInMillis()).minus(parts.margin());
        return Deadline.in(remaining.isNegative() ? Duration.ZERO : remaining, parts.clock());
    }

    private static int partNumber(String pn) {
        if (pn == null) {
            return 0;
        }
        try {
            return Math.max(1, Integer.parseInt(pn));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String p : raw.split("&")) {
            int eq = p.indexOf('=');
            try {
                out.put(decode(eq < 0 ? p : p.substring(0, eq)), eq < 0 ? "" : decode(p.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                // a parameter that is not valid percent-encoding is ignored, as unknown ones are
            }
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
