package dev.veil.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local gateway: an S3 REST endpoint on 127.0.0.1 that emulates Object Lambda access points
 * by alias (path-style {@code /{alias}/{key}}). It verifies SigV4, builds the event AWS would build
 * (a presigned {@code inputS3Url} to the embedded store, route and token, the access point's
 * payload, the caller's identity), invokes the function, and receives the function's real
 * WriteGetObjectResponse on its own endpoint, streaming that body to the waiting client.
 * GetObject (Range, partNumber, conditional headers), HeadObject, ListObjectsV2 and ListObjects.
 * Optionally it also offers the function-URL front under {@code /fn/} ({@link FunctionUrlFront}).
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** S3 Object Lambda's own limit for a whole response. */
    static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> LIST_PARAMS = List.of("prefix", "delimiter", "max-keys", "continuation-token",
            "start-after", "encoding-type", "fetch-owner", "marker", "list-type");

    private final GatewayConfig config;
    private final EmbeddedStore store;
    private final StorePresigner presigner;
    private final SigV4Verifier callers;
    private final SigV4Verifier functionSignatures;
    private final HttpServer server;
    private final ExecutorService threads;
    private final FunctionInvoker function;
    private final WgorDelivery delivery = new WgorDelivery();
    private final FunctionUrlFront functionUrl;
    /** How long a GET waits for the function ({@link #FUNCTION_TIMEOUT} but for local benchmarks). */
    private final Duration functionTimeout;

    /**
     * Starts the gateway on {@code port} (0: a free port) in front of {@code store}.
     *
     * @param functionFactory builds the function, given the gateway's own endpoint (where
     *                        WriteGetObjectResponse must go)
     */
    public Gateway(GatewayConfig config, EmbeddedStore store, int port, Function<URI, FunctionInvoker> functionFactory)
            throws IOException {
        this(config, store, port, functionFactory, null);
    }

    /**
     * As above, also serving the function-URL front under {@code /fn/}.
     *
     * @param functionUrl the function-URL front, or null for none
     */
    public Gateway(GatewayConfig config, EmbeddedStore store, int port, Function<URI, FunctionInvoker> functionFactory,
                   FunctionUrlFront functionUrl) throws IOException {
        this(config, store, port, functionFactory, functionUrl, FUNCTION_TIMEOUT);
    }

    /**
     * As above, waiting up to {@code functionTimeout} for the function's answer instead of S3
     * Object Lambda's 60 seconds: for local benchmarks of objects larger than that allows.
     */
    public Gateway(GatewayConfig config, EmbeddedStore store, int port, Function<URI, FunctionInvoker> functionFactory,
                   FunctionUrlFront functionUrl, Duration functionTimeout) throws IOException {
        this.functionTimeout = functionTimeout;
        this.functionUrl = functionUrl;
        this.config = config;
        this.store = store;
        Clock clock = Clock.systemUTC();
        this.presigner = new StorePresigner(store, config.region());
        this.callers = new SigV4Verifier(k -> config.identity(k).map(GatewayConfig.Identity::secretAccessKey),
                config.region(), "s3", clock);
        this.functionSignatures = new SigV4Verifier(
                k -> k.equals(store.accessKey()) ? Optional.of(store.secretKey()) : Optional.empty(),
                config.region(), "s3-object-lambda", clock);
        configureHttpServer();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        this.threads = Executors.newFixedThreadPool(128, r -> {
            Thread t = new Thread(r, "veil-gateway");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::route);
        server.start();
        this.function = functionFactory.apply(endpoint());
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public GatewayConfig config() {
        return config;
    }

    private void route(HttpExchange ex) {
        boolean aborted = false;
        String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        try {
            String path = ex.getRequestURI().getRawPath();
            if (ex.getRequestMethod().equals("POST") && path.equals("/WriteGetObjectResponse")) {
                delivery.receive(ex, functionSignatures, requestId);
                return;
            }
            if (functionUrl != null && FunctionUrlFront.serves(path)) {
                functionUrl.serve(ex, requestId);
                return;
            }
            serve(ex, requestId);
        } catch (SigV4Verifier.AuthException e) {
            S3Errors.send(ex, e.status(), e.code(), e.getMessage(), requestId);
        } catch (IOException e) {
            LOG.debug("request {}: client connection failed ({})", requestId, e.getClass().getSimpleName());
        } catch (WgorDelivery.AbortedAnswer e) {
            // leave the exchange open: the server closes the connection without ending the body
            aborted = true;
            throw e;
        } catch (RuntimeException e) {
            LOG.error("request {} failed ({})", requestId, e.getClass().getSimpleName());
            S3Errors.send(ex, 500, "InternalError", "We encountered an internal error. Please try again.", requestId);
        } finally {
            if (!aborted) {
                ex.close();
            }
        }
    }

    private void serve(HttpExchange ex, String requestId) throws IOException {
        String method = ex.getRequestMethod();
        String rawPath = ex.getRequestURI().getRawPath();
        String rawQuery = ex.getRequestURI().getRawQuery();
        S3RequestLimits.Refusal tooLarge = S3RequestLimits.check(ex.getRequestHeaders()).orElse(null);
        if (tooLarge != null) {
            // the body stays unread: the connection is closed rather than drained for reuse
            ex.getResponseHeaders().set("Connection", "close");
            S3Errors.send(ex, tooLarge.status(), tooLarge.code(), tooLarge.message(), requestId);
            return;
        }
        GatewayConfig.Identity identity = authenticate(ex, method, rawPath, rawQuery);
        String rest = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        int slash = rest.indexOf('/');
        String alias = slash < 0 ? rest : rest.substring(0, slash);
        String rawKey = slash < 0 ? "" : rest.substring(slash + 1);
        if (alias.isEmpty()) {
            S3Errors.send(ex, 501, "NotImplemented", "This gateway serves Object Lambda access points only", requestId);
            return;
        }
        GatewayConfig.AccessPoint ap = config.accessPoint(alias).orElse(null);
        if (ap == null) {
            S3Errors.send(ex, 404, "NoSuchBucket", "The specified access point does not exist", requestId);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            S3Errors.send(ex, 405, "MethodNotAllowed", "Object Lambda access points serve GET and HEAD only", requestId);
            return;
        }
        String key = java.net.URLDecoder.decode(rawKey.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (key.isEmpty()) {
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(200, -1);
                return;
            }
            list(ex, requestId, ap, identity, rawQuery);
            return;
        }
        if (key.length() > 1024 || key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            S3Errors.send(ex, 400, "KeyTooLongError", "The key is too long or holds control characters", requestId);
            return;
        }
        if (hasDotSegment(key)) {
            // The store is reached by URL path: a "." or ".." segment could be resolved against the
            // path and leave the access point's bucket. S3 allows such keys; this gateway does not.
            S3Errors.send(ex, 400, "InvalidArgument", "Keys with '.' or '..' path segments are not served", requestId);
            return;
        }
        Map<String, List<String>> query = SigV4Verifier.parseQuery(rawQuery);
        String versionId = query.containsKey("versionId") ? query.get("versionId").get(0) : null;
        boolean checksum = "ENABLED".equalsIgnoreCase(ex.getRequestHeaders().getFirst("x-amz-checksum-mode"));
        EventBuilder events = new EventBuilder(config, ap, identity, requestId, ex, alias, rawKey, rawQuery);
        if (method.equals("HEAD")) {
            head(ex, requestId, events.head(presigner.head(ap.bucket(), key, versionId)));
        } else {
            get(ex, requestId, events, presigner.get(ap.bucket(), key, versionId, checksum));
        }
    }

    private GatewayConfig.Identity authenticate(HttpExchange ex, String method, String rawPath, String rawQuery) {
        Map<String, String> headers = new java.util.TreeMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
        String key = callers.verify(new SigV4Verifier.Request(method, rawPath, rawQuery == null ? "" : rawQuery, headers));
        return config.identity(key).orElseThrow();
    }

    private void get(HttpExchange ex, String requestId, EventBuilder events, String inputS3Url) throws IOException {
        String token = UUID.randomUUID().toString();
        WgorDelivery.Pending pending = delivery.expect(token, ex, requestId);
        try {
            byte[] event = JSON.writeValueAsBytes(events.get(inputS3Url, token));
            try {
                function.invoke(requestId, event, functionTimeout);
            } catch (FunctionInvoker.FunctionFailedException e) {
                if (pending.claim()) {
                    S3Errors.send(ex, e.timedOut() ? 500 : 500, e.timedOut() ? "LambdaTimeout" : "LambdaRuntimeError",
                            e.timedOut() ? "The Lambda function did not respond in time" : "The Lambda function failed",
                            requestId);
                    pending.finish();
                }
            }
            if (!pending.awaitDelivered(Duration.ofSeconds(5)) && pending.claim()) {
                S3Errors.send(ex, 500, "LambdaResponseNotReceived",
                        "The Lambda function exited without successfully calling WriteGetObjectResponse", requestId);
                pending.finish();
            }
            pending.awaitDelivered(functionTimeout);
            if (pending.aborted()) {
                throw new WgorDelivery.AbortedAnswer();
            }
        } finally {
            delivery.forget(token);
        }
    }

    private void head(HttpExchange ex, String requestId, ObjectNode event) throws IOException {
        JsonNode answer;
        try {
            answer = JSON.readTree(function.invoke(requestId, JSON.writeValueAsBytes(event), functionTimeout));
        } catch (FunctionInvoker.FunctionFailedException e) {
            ex.getResponseHeaders().set("x-amz-request-id", requestId);
            ex.sendResponseHeaders(500, -1);
            return;
        }
        int status = answer.path("statusCode").asInt(500);
        Headers h = ex.getResponseHeaders();
        h.set("x-amz-request-id", requestId);
        answer.path("headers").fields().forEachRemaining(e -> h.set(e.getKey(), e.getValue().asText()));
        if (answer.has("errorCode")) {
            h.set("x-amz-error-code", answer.path("errorCode").asText());
            h.remove("Content-Length");
        }
        ex.sendResponseHeaders(status, -1);
    }

    private void list(HttpExchange ex, String requestId, GatewayConfig.AccessPoint ap, GatewayConfig.Identity identity,
                      String rawQuery) throws IOException {
        Map<String, List<String>> query = SigV4Verifier.parseQuery(rawQuery);
        Map<String, String> params = new java.util.TreeMap<>();
        for (String p : LIST_PARAMS) {
            if (query.containsKey(p)) {
                params.put(p, query.get(p).get(0));
            }
        }
        boolean v2 = "2".equals(params.get("list-type"));
        EventBuilder events = new EventBuilder(config, ap, identity, requestId, ex, ap.alias(), "", rawQuery);
        ObjectNode event = events.list(presigner.list(ap.bucket(), params), v2);
        JsonNode answer;
        try {
            answer = JSON.readTree(function.invoke(requestId, JSON.writeValueAsBytes(event), functionTimeout));
        } catch (FunctionInvoker.FunctionFailedException e) {
            S3Errors.send(ex, 500, "LambdaRuntimeError", "The Lambda function failed", requestId);
            return;
        }
        int status = answer.path("statusCode").asInt(500);
        if (status != 200) {
            S3Errors.send(ex, status, answer.path("errorCode").asText("InternalError"),
                    answer.path("errorMessage").asText(""), requestId);
            return;
        }
        byte[] xml = answer.path("listResultXml").asText("").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/xml");
        ex.getResponseHeaders().set("x-amz-request-id", requestId);
        ex.sendResponseHeaders(200, xml.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(xml);
        }
    }

    static boolean hasDotSegment(String key) {
        for (String segment : key.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * JDK HTTP server settings, unless already set: bound how long a slow client may hold a
     * connection and how large a header section may be, close rather than drain unread bodies, and
     * turn Nagle's algorithm off (with delayed ACKs it holds small answers 40 ms).
     */
    private static void configureHttpServer() {
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "120"));
        System.setProperty("sun.net.httpserver.maxReqHeaders", System.getProperty("sun.net.httpserver.maxReqHeaders", "100"));
        System.setProperty("sun.net.httpserver.maxReqHeaderSize",
                System.getProperty("sun.net.httpserver.maxReqHeaderSize", "65536"));
        // A body a handler left unread closes the connection instead of being drained first: draining
        // would hold a thread for as long as a client that promised a gigabyte cares to stall.
        System.setProperty("sun.net.httpserver.drainAmount", System.getProperty("sun.net.httpserver.drainAmount", "0"));
    }

    static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    /** Reads what is left of a body that failed, ignoring its failure. */
    static void drainQuietly(InputStream in) {
        try {
            drain(in);
        } catch (IOException e) {
            // the body is broken either way
        }
    }

    @Override
    public void close() {
        server.stop(0);
        function.close();
        if (functionUrl != null) {
            functionUrl.close();
        }
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
