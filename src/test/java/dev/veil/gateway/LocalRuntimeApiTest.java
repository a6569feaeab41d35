package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.gateway.FunctionInvoker.FunctionFailedException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The local Lambda Runtime API speaks the 2018-06-01 protocol as the runtime interface client expects it. */
class LocalRuntimeApiTest {
    final LocalRuntimeApi api = LocalRuntimeApi.start();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        api.close();
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + api.address() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, byte[] body, String errorType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + api.address() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (errorType != null) {
            b.header("Lambda-Runtime-Function-Error-Type", errorType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<byte[]> submit(String id) {
        return api.submit(new LocalRuntimeApi.Invocation(id, "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                1_900_000_000_000L, "arn:aws:lambda:us-east-1:000000000000:function:veil"));
    }

    @Test
    void nextCarriesTheEventAndTheHeadersTheNativeClientNeeds() throws Exception {
        submit("req-1");
        HttpResponse<byte[]> next = get("/2018-06-01/runtime/invocation/next");
        assertEquals(200, next.statusCode());
        assertEquals("application/json", next.headers().firstValue("Content-Type").orElse(null));
        assertEquals("req-1", next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElse(null));
        assertEquals("1900000000000", next.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElse(null));
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:veil",
                next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElse(null));
        assertTrue(next.headers().firstValue("Lambda-Runtime-Trace-Id").orElse("").startsWith("Root=1-"));
        assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), next.body());
    }

    @Test
    void responseCompletesTheInvocationWith202() throws Exception {
        CompletableFuture<byte[]> result = submit("req-2");
        get("/2018-06-01/runtime/invocation/next");
        assertEquals(202, post("/2018-06-01/runtime/invocation/req-2/response", "{\"ok\":true}".getBytes(), null).statusCode());
        assertEquals("{\"ok\":true}", new String(result.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    }

    @Test
    void errorReportFailsTheInvocationWithTheExceptionType() throws Exception {
        CompletableFuture<byte[]> result = submit("req-3");
        get("/2018-06-01/runtime/invocation/next");
        byte[] report = "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}".getBytes();
        assertEquals(202, post("/2018-06-01/runtime/invocation/req-3/error", report, "Runtime.UserException").statusCode());
        CompletionException e = assertThrows(CompletionException.class, result::join);
        FunctionFailedException f = assertInstanceOf(FunctionFailedException.class, e.getCause());
        assertFalse(f.timedOut());
        assertTrue(f.getMessage().contains("java.lang.IllegalStateException: boom"), f.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"response", "error"})
    void reportForAnUnknownRequestIsRefused(String kind) throws Exception {
        assertEquals(400, post("/2018-06-01/runtime/invocation/nobody/" + kind, "{}".getBytes(), null).statusCode());
    }

    @Test
    void responseOverSixMegabytesIsRefusedAndFailsTheInvocation() throws Exception {
        CompletableFuture<byte[]> result = submit("req-4");
        get("/2018-06-01/runtime/invocation/next");
        byte[] big = new byte[LocalRuntimeApi.MAX_RESPONSE_BYTES + 1];
        assertEquals(413, post("/2018-06-01/runtime/invocation/req-4/response", big, null).statusCode());
        assertTrue(result.isCompletedExceptionally());
    }

    @Test
    void initErrorIsKeptAndNamedWhenTheEnvironmentFails() throws Exception {
        CompletableFuture<byte[]> result = submit("req-5");
        byte[] report = "{\"errorMessage\":\"no config\",\"errorType\":\"java.lang.IllegalStateException\"}".getBytes();
        assertEquals(202, post("/2018-06-01/runtime/init/error", report, "Runtime.BadFunctionCode").statusCode());
        assertEquals("java.lang.IllegalStateException: no config", api.initError());
        api.fail("the function's JVM exited with code 1");
        CompletionException e = assertThrows(CompletionException.class, result::join);
        assertTrue(e.getCause().getMessage().contains("failed to initialise: java.lang.IllegalStateException: no config"));
    }

    @Test
    void unknownResourceIs404() throws Exception {
        assertEquals(404, get("/2018-06-01/runtime/invocation").statusCode());
    }
}
