package dev.veil.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.ObjectRequest;
import dev.veil.pipeline.ObjectResponse;
import dev.veil.pipeline.ObjectSource;
import dev.veil.pipeline.SourceException;
import dev.veil.pipeline.SourceObject;
import dev.veil.pipeline.SourceStream;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyException;
import dev.veil.policy.PolicyParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The S3 Object Lambda function. GET answers go through WriteGetObjectResponse exactly once on
 * every path (a malformed event or payload included, whenever the event names a route and
 * token); HEAD and LIST answers are the JSON the protocol expects. Nothing here decides who sees
 * what: that is the {@link ObjectPipeline} with the access point's {@link Policy}.
 */
public class ObjectLambdaHandler implements RequestStreamHandler {
    static {
        // First, so the warm-up thread loads the request path's classes while this thread
        // initialises logging, Jackson and the function's parts.
        FunctionPrimer.warmUpInBackground(System.getenv());
    }

    private static final Logger LOG = LoggerFactory.getLogger(ObjectLambdaHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** S3 Object Lambda gives a response 60 s in all; stop well before. */
    static final Duration MAX_WORK = Duration.ofSeconds(55);

    /** The event's {@code userRequest.url} cannot be parsed: the caller's request is answered 400. */
    static final class InvalidUserRequestException extends RuntimeException {
        InvalidUserRequestException() {
            super("the event's userRequest.url is not a valid URL");
        }
    }

    /** Replaced once after a SnapStart restore (see {@link SnapStartHooks}). */
    private volatile FunctionParts parts;
    private final Map<String, Policy> policies = new ConcurrentHashMap<>();
    /** Held here because CRaC holds registered resources weakly; null when built from given parts. */
    private final SnapStartHooks snapStart;
    /** The longest a request may work ({@link #MAX_WORK} but for local benchmarks). */
    private final Duration maxWork;

    /**
     * The function as deployed: everything from the environment (see {@link FunctionParts#fromEnvironment}),
     * primed as {@link FunctionPrimer#PRIME_ENV} says, with the SnapStart hooks registered.
     */
    public ObjectLambdaHandler() {
        this(System.getenv());
    }

    ObjectLambdaHandler(Map<String, String> env) {
        this.parts = FunctionParts.fromEnvironment(env);
        this.maxWork = MAX_WORK;
        this.snapStart = SnapStartHooks.install(env, this::bindEvent, () -> renew(FunctionParts.fromEnvironment(env)));
    }

    public ObjectLambdaHandler(FunctionParts parts) {
        this(parts, MAX_WORK);
    }

    /**
     * A handler whose requests may work up to {@code maxWork} instead of {@link #MAX_WORK}: for
     * local benchmarks of objects that S3 Object Lambda itself would cut off at 60 seconds.
     */
    public ObjectLambdaHandler(FunctionParts parts, Duration maxWork) {
        this.parts = parts;
        this.snapStart = null;
        this.maxWork = maxWork;
    }

    /** The SnapStart hooks of a deployed handler (tests call them directly: this JDK has no CRaC). */
    SnapStartHooks snapStart() {
        return snapStart;
    }

    /** The parts requests use now. */
    FunctionParts parts() {
        return parts;
    }

    private void bindEvent(byte[] raw) {
        try {
            JSON.readValue(raw, ObjectLambdaEvent.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** After a restore: fresh parts for every request from now on; the old pipeline's workers end. */
    private void renew(FunctionParts fresh) {
        FunctionParts old = parts;
        parts = fresh;
        old.pipeline().close();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] raw = input.readAllBytes();
        Deadline deadline = deadline(context);
        ObjectLambdaEvent event;
        try {
            event = JSON.readValue(raw, ObjectLambdaEvent.class);
        } catch (IOException e) {
            malformed(raw, output);
            return;
        }
        if (event.getObjectContext() != null) {
            get(event, deadline, output);
        } else if (event.headObjectContext() != null) {
            head(event, deadline, output);
        } else if (event.listObjectsV2Context() != null || event.listObjectsContext() != null) {
            list(event, deadline, output);
        } else {
            LOG.warn("request {}: event has no known context", event.xAmzRequestId());
            writeJson(output, errorJson(400, "InvalidRequest", "unknown S3 Object Lambda event"));
        }
    }

    private void get(ObjectLambdaEvent event, Deadline deadline, OutputStream output) throws IOException {
        ObjectLambdaEvent.GetObjectContext ctx = event.getObjectContext();
        ObjectResponse response;
        try {
            Policy policy = policy(event);
            ObjectRequest request = request(event, false);
            ObjectSource source = new ObjectSource() {
                @Override
                public SourceObject fetch(Deadline d, long max) {
                    return parts.fetcher().get(ctx.inputS3Url(), event.userRequest(), max, d);
                }

                @Override
                public boolean streams() {
                    return true;
                }

                @Override
                public SourceStream open(Deadline d, Map<String, String> extra) {
                    return parts.fetcher().open(ctx.inputS3Url(), event.userRequest(), extra, d);
                }
            };
            response = parts.pipeline().handle(request, policy, source, deadline);
        } catch (PolicyException e) {
            response = ObjectResponse.error(500, "InvalidConfiguration", "the access point payload is invalid: " + e.getMessage());
            LOG.error("request {}: invalid payload ({})", event.xAmzRequestId(), e.getMessage());
        } catch (InvalidUserRequestException e) {
            LOG.warn("request {}: {}", event.xAmzRequestId(), e.getMessage());
            response = ObjectResponse.error(400, "InvalidRequest", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("request {}: failed ({})", event.xAmzRequestId(), e.getClass().getSimpleName());
            response = ObjectResponse.error(500, "InternalError", "Veil could not process the object");
        }
        boolean sent = write(event.xAmzRequestId(), ctx.outputRoute(), ctx.outputToken(), response);
        if (!sent && response.isStreamed()) {
            // the caller's read was cut short: it sees a failed GET, never the rest of the object
            writeJson(output, JSON.createObjectNode().put("statusCode", 500).put("errorCode", "InternalError"));
            return;
        }
        writeJson(output, JSON.createObjectNode().put("statusCode", response.status()));
    }

    private void head(ObjectLambdaEvent event, Deadline deadline, OutputStream output) throws IOException {
        ObjectResponse response;
        try {
            Policy policy = policy(event);
            ObjectRequest request = request(event, true);
            String url = event.headObjectContext().inputS3Url();
            ObjectSource source = new ObjectSource() {
                private SourceObject authorised;

                @Override
                public SourceObject head(Deadline d) {
                    authorised = parts.fetcher().head(url, event.userRequest(), d);
                    return authorised;
                }

                @Override
                public SourceObject fetch(Deadline d, long max) {
                    SourceObject h = authorised != null ? authorised : head(d);
                    String supporting = event.configuration() == null ? null
                            : event.configuration().supportingAccessPointArn();
                    return parts.ownReader().get(supporting, request.key(), h.header("x-amz-version-id"),
                            h.header("etag"), max, d);
                }
            };
            response = parts.pipeline().handle(request, policy, source, deadline);
        } catch (PolicyException e) {
            response = ObjectResponse.error(500, "InvalidConfiguration", "the access point payload is invalid: " + e.getMessage());
        } catch (InvalidUserRequestException e) {
            response = ObjectResponse.error(400, "InvalidRequest", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("request {}: HEAD failed ({})", event.xAmzRequestId(), e.getClass().getSimpleName());
            response = ObjectResponse.error(500, "InternalError", "Veil could not process the object");
        }
        if (response.isError()) {
            writeJson(output, errorJson(response.status(), response.errorCode(), response.errorMessage()));
            return;
        }
        ObjectNode o = JSON.createObjectNode().put("statusCode", response.status());
        ObjectNode h = o.putObject("headers");
        response.headers().forEach(h::put);
        h.put("Content-Length", Long.toString(response.contentLength()));
        writeJson(output, o);
    }

    private void list(ObjectLambdaEvent event, Deadline deadline, OutputStream output) throws IOException {
        ObjectLambdaEvent.InputContext ctx = event.listObjectsV2Context() != null
                ? event.listObjectsV2Context() : event.listObjectsContext();
        try {
            String xml = parts.fetcher().list(ctx.inputS3Url(), event.userRequest(), deadline);
            writeJson(output, JSON.createObjectNode().put("statusCode", 200).put("listResultXml", xml));
        } catch (SourceException e) {
            writeJson(output, errorJson(e.status(), e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("request {}: LIST failed ({})", event.xAmzRequestId(), e.getClass().getSimpleName());
            writeJson(output, errorJson(500, "InternalError", "Veil could not list the objects"));
        }
    }

    /** A body that is not an event: answer through WriteGetObjectResponse if it names a route and token. */
    private void malformed(byte[] raw, OutputStream output) throws IOException {
        String route = null;
        String token = null;
        try {
            JsonNode ctx = JSON.readTree(raw).path("getObjectContext");
            route = ctx.path("outputRoute").asText(null);
            token = ctx.path("outputToken").asText(null);
        } catch (IOException | RuntimeException e) {
            // not JSON at all: nothing to answer through
        }
        LOG.error("malformed S3 Object Lambda event ({} bytes)", raw.length);
        if (route != null && token != null) {
            write("", route, token, ObjectResponse.error(400, "InvalidRequest", "malformed S3 Object Lambda event"));
        }
        writeJson(output, errorJson(400, "InvalidRequest", "malformed S3 Object Lambda event"));
    }

    /** True when the whole answer was delivered. */
    private boolean write(String requestId, String route, String token, ObjectResponse response) {
        if (route == null || token == null) {
            LOG.error("request {}: the event has no output route or token; no response can be written", requestId);
            if (response.isStreamed()) {
                response.stream().discard();
            }
            return false;
        }
        try {
            parts.writer().write(route, token, response);
            return true;
        } catch (RuntimeException e) {
            LOG.error("request {}: WriteGetObjectResponse failed ({})", requestId, e.getClass().getSimpleName());
            return false;
        }
    }

    private Policy policy(ObjectLambdaEvent event) {
        String payload = event.configuration() == null ? null : event.configuration().payload();
        String k = payload == null ? "" : payload;
        Policy cached = policies.get(k);
        if (cached != null) {
            return cached;
        }
        Policy p = PolicyParser.parse(payload);
        if (policies.size() < 256) {
            policies.put(k, p);
        }
        return p;
    }

    /** @throws InvalidUserRequestException when the caller's URL cannot be parsed */
    static ObjectRequest request(ObjectLambdaEvent event, boolean head) {
        try {
            return parseRequest(event, head);
        } catch (IllegalArgumentException e) {
            // URI.create and URLDecoder refuse malformed URLs and escapes
            throw new InvalidUserRequestException();
        }
    }

    private static ObjectRequest parseRequest(ObjectLambdaEvent event, boolean head) {
        ObjectLambdaEvent.UserRequest ur = event.userRequest();
        String url = ur == null ? null : ur.url();
        String key = "";
        String versionId = "";
        int partNumber = 0;
        if (url != null) {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            key = decode(path.startsWith("/") ? path.substring(1) : path);
            Map<String, String> query = query(uri.getRawQuery());
            versionId = query.getOrDefault("versionId", "");
            String pn = query.get("partNumber");
            if (pn != null) {
                try {
                    partNumber = Math.max(1, Integer.parseInt(pn));
                } catch (NumberFormatException e) {
                    partNumber = Integer.MAX_VALUE;
                }
            }
        }
        ObjectLambdaEvent.Configuration c = event.configuration();
        return new ObjectRequest(event.xAmzRequestId(), "object-lambda", c == null ? "" : c.accessPointArn(),
                event.caller(), c == null ? "" : c.supportingAccessPointArn(), key, versionId,
                ur == null ? "" : ur.header("Range"), partNumber, head);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String p : raw.split("&")) {
            int eq = p.indexOf('=');
            out.put(decode(eq < 0 ? p : p.substring(0, eq)), eq < 0 ? "" : decode(p.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private Deadline deadline(Context context) {
        Clock clock = parts.clock();
        Duration remaining = context == null ? maxWork
                : Duration.ofMillis(context.getRemainingTimeInMillis()).minus(parts.margin());
        if (remaining.compareTo(maxWork) > 0) {
            remaining = maxWork;
        }
        return Deadline.in(remaining.isNegative() ? Duration.ZERO : remaining, clock);
    }

    private static ObjectNode errorJson(int status, String code, String message) {
        return JSON.createObjectNode().put("statusCode", status).put("errorCode", code).put("errorMessage", message);
    }

    private static void writeJson(OutputStream out, ObjectNode o) throws IOException {
        out.write(JSON.writeValueAsBytes(o));
        out.flush();
    }
}
