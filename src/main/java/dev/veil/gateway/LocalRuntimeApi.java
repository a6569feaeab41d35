package dev.veil.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.veil.gateway.FunctionInvoker.FunctionFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda Runtime API (version 2018-06-01) of one execution environment, on 127.0.0.1 and a
 * free port: what {@code AWS_LAMBDA_RUNTIME_API} points a runtime interface client at.
 *
 * <p>{@code GET /2018-06-01/runtime/invocation/next} waits until an invocation is {@linkplain
 * #submit submitted} and answers with the event and the {@code Lambda-Runtime-*} headers;
 * {@code POST …/invocation/{id}/response} and {@code …/{id}/error} complete that invocation;
 * {@code POST …/runtime/init/error} records why the function could not start. Like Lambda, it
 * answers 202 to a report, 400 to a report for an unknown request id and 413 to a response over
 * 6 MB. Thread-safe; one environment runs one invocation at a time, which the caller ensures.
 */
public final class LocalRuntimeApi implements AutoCloseable {
    /** Lambda's limit on a synchronous invocation's response. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
    private static final String BASE = "/2018-06-01/runtime/";
    private static final Pattern REPORT = Pattern.compile(BASE + "invocation/([^/]{1,256})/(response|error)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One invocation as the runtime sees it: {@code deadlineEpochMillis} is the Lambda deadline. */
    public record Invocation(String requestId, byte[] event, long deadlineEpochMillis, String functionArn) {
    }

    private record Pending(Invocation invocation, CompletableFuture<byte[]> result) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Map<String, Pending> running = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();
    private volatile String initError;
    private volatile boolean closed;

    private LocalRuntimeApi(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts the API on 127.0.0.1 and a free port. */
    public static LocalRuntimeApi start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("the local Lambda Runtime API did not start", e);
        }
        // /next blocks a thread while it waits, so reports need threads of their own
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lambda-runtime-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        LocalRuntimeApi api = new LocalRuntimeApi(server, threads);
        server.createContext(BASE, api::handle);
        server.start();
        return api;
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}: {@code 127.0.0.1:port}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Queues {@code invocation} for the runtime's next {@code /next}. The future completes with the
     * response bytes, or exceptionally with a {@link FunctionFailedException} when the function
     * reports an error or the environment {@linkplain #fail fails}.
     */
    public CompletableFuture<byte[]> submit(Invocation invocation) {
        Pending p = new Pending(invocation, new CompletableFuture<>());
        if (closed) {
            p.result().completeExceptionally(new FunctionFailedException("the runtime API is closed", false));
            return p.result();
        }
        running.put(invocation.requestId(), p);
        p.result().whenComplete((r, e) -> running.remove(invocation.requestId(), p));
        waiting.add(p);
        return p.result();
    }

    /** Fails every queued or running invocation: the environment is gone (crashed, killed, closed). */
    public void fail(String reason) {
        String init = initError;
        String message = init == null ? reason : reason + "; the function failed to initialise: " + init;
        running.values().forEach(p -> p.result().completeExceptionally(new FunctionFailedException(message, false)));
        waiting.clear();
    }

    /**
     * Completes with {@link System#nanoTime()} when the runtime first asks for an invocation: the
     * function's initialisation (handler construction included) is over.
     */
    public CompletableFuture<Long> firstPoll() {
        return firstPoll;
    }

    /** What the runtime reported to {@code /init/error} ("errorType: errorMessage"), or null. */
    public String initError() {
        return initError;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if ("GET".equals(method) && path.equals(BASE + "invocation/next")) {
                next(ex);
                return;
            }
            if ("POST".equals(method) && path.equals(BASE + "init/error")) {
                initError = describe(ex, ex.getRequestBody().readAllBytes());
                answer(ex, 202, "{\"status\":\"OK\"}");
                return;
            }
            Matcher m = REPORT.matcher(path);
            if ("POST".equals(method) && m.matches()) {
                report(ex, m.group(1), "error".equals(m.group(2)));
                return;
            }
            answer(ex, 404, error("NotFound", "unknown Runtime API resource"));
        }
    }

    private void next(HttpExchange ex) throws IOException {
        firstPoll.complete(System.nanoTime());
        Pending p = null;
        try {
            while (p == null && !closed) {
                p = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (p != null && p.result().isDone()) {
                    p = null; // failed or timed out while queued: never hand it out
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (p == null) {
            answer(ex, 500, error("ServiceException", "the runtime API is shutting down"));
            return;
        }
        Invocation inv = p.invocation();
        var h = ex.getResponseHeaders();
        // without a Content-Type the RIC's native client reads a null pointer and the JVM dies
        h.set("Content-Type", "application/json");
        h.set("Lambda-Runtime-Aws-Request-Id", inv.requestId());
        h.set("Lambda-Runtime-Deadline-Ms", Long.toString(inv.deadlineEpochMillis()));
        h.set("Lambda-Runtime-Invoked-Function-Arn", inv.functionArn());
        long id = inv.requestId().hashCode() & 0xffffffffL;
        h.set("Lambda-Runtime-Trace-Id", String.format("Root=1-%08x-%024x;Parent=%016x;Sampled=0",
                System.currentTimeMillis() / 1000, id, id));
        ex.sendResponseHeaders(200, inv.event().length == 0 ? -1 : inv.event().length);
        ex.getResponseBody().write(inv.event());
    }

    private void report(HttpExchange ex, String requestId, boolean error) throws IOException {
        Pending p = running.get(requestId);
        byte[] body = ex.getRequestBody().readAllBytes();
        if (p == null) {
            answer(ex, 400, error("InvalidRequestID", "no invocation is running with this request id"));
            return;
        }
        if (!error && body.length > MAX_RESPONSE_BYTES) {
            p.result().completeExceptionally(new FunctionFailedException(
                    "the function's response is larger than 6 MB (" + body.length + " bytes)", false));
            answer(ex, 413, error("RequestEntityTooLarge", "the response is larger than 6 MB"));
            return;
        }
        String failure = error ? describe(ex, body) : null;
        // answered before the invocation completes: the RIC's native client gives a report 100 ms
        // in all (aws-lambda-cpp's CURLOPT_TIMEOUT_MS), and the waiting caller wakes on completion
        // to compete with this thread for the CPU
        answer(ex, 202, "{\"status\":\"OK\"}");
        ex.close(); // sent now, not when the handler returns (closing again there does nothing)
        if (error) {
            p.result().completeExceptionally(new FunctionFailedException("the function failed: " + failure, false));
        } else {
            p.result().complete(body);
        }
    }

    /**
     * "errorType: errorMessage" from an error report. The body's type is the exception class; the
     * {@code Lambda-Runtime-Function-Error-Type} header only says which kind of failure it was
     * ({@code Runtime.UserException}), so it is the fallback.
     */
    private static String describe(HttpExchange ex, byte[] body) {
        String type = ex.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        String message = "";
        try {
            JsonNode n = JSON.readTree(body);
            if (!n.path("errorType").asText("").isEmpty()) {
                type = n.path("errorType").asText();
            }
            message = n.path("errorMessage").asText("");
        } catch (IOException | RuntimeException e) {
            message = "(an error report that is not JSON)";
        }
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        return (type == null || type.isEmpty() ? "Unknown" : type) + ": " + message;
    }

    private static String error(String type, String message) {
        return JSON.createObjectNode().put("errorType", type).put("errorMessage", message).toString();
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    /** Stops the server; queued and running invocations fail. */
    @Override
    public void close() {
        closed = true;
        fail("the execution environment was shut down");
        server.stop(0);
        threads.shutdownNow();
    }
}
