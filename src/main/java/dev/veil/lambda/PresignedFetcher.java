package dev.veil.lambda;

import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.DeadlineExceededException;
import dev.veil.pipeline.SourceException;
import dev.veil.pipeline.SourceObject;
import dev.veil.pipeline.SourceStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches through the presigned {@code inputS3Url} that S3 signed with the caller's identity, so
 * S3 applies the caller's own permissions. Sends every header named in {@code X-Amz-SignedHeaders}
 * (except Host) and the conditional headers, taken from the caller's request; passes S3's XML
 * errors on with their status and code. Neither the URL nor its query ever reaches a log or an
 * exception message.
 */
public final class PresignedFetcher {
    private static final List<String> CONDITIONAL = List.of("If-Match", "If-None-Match", "If-Modified-Since",
            "If-Unmodified-Since");
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final List<String> RESTRICTED = List.of("host", "connection", "content-length", "expect", "upgrade");
    private static final Pattern CODE = Pattern.compile("<Code>([A-Za-z]{1,64})</Code>");
    private static final Pattern MESSAGE = Pattern.compile("<Message>([^<]{0,300})</Message>");

    private final HttpClient http;
    /**
     * Closes a response body that is still being read when the deadline passes: the client's
     * request timeout covers only the wait for headers, and S3 (or anything between) that sends
     * headers and then stalls would otherwise hold the function past its deadline.
     */
    private final ScheduledExecutorService bodyTimeouts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "veil-fetch-timeout");
        t.setDaemon(true);
        return t;
    });

    public PresignedFetcher(HttpClient http) {
        this.http = http;
    }

    /** What to do with a response whose body is read under the deadline. */
    private interface BodyReader<T> {
        T read(HttpResponse<InputStream> response, InputStream body) throws IOException;
    }

    /**
     * Runs {@code reader} with the body closed under it at the deadline; a read cut short that way
     * (an exception or a body ending early) is a missed deadline, never a shorter object.
     */
    private <T> T readBounded(HttpResponse<InputStream> r, Deadline deadline, String what, BodyReader<T> reader) {
        InputStream body = r.body();
        ScheduledFuture<?> cut = bodyTimeouts.schedule(() -> closeQuietly(body),
                Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        try (body) {
            T value = reader.read(r, body);
            if (deadline.passed()) {
                throw new DeadlineExceededException("fetch");
            }
            return value;
        } catch (IOException e) {
            if (deadline.passed()) {
                throw new DeadlineExceededException("fetch");
            }
            throw new SourceException(503, "ServiceUnavailable", "reading " + what + " from S3 failed");
        } finally {
            cut.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the stream closed either way
        }
    }

    public static PresignedFetcher standard() {
        return new PresignedFetcher(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** GET the whole object, refusing bodies longer than {@code maxBytes}. */
    public SourceObject get(String url, ObjectLambdaEvent.UserRequest caller, long maxBytes, Deadline deadline) {
        HttpResponse<InputStream> r = send("GET", url, caller, deadline);
        return readBounded(r, deadline, "the object", (response, body) -> {
            if (response.statusCode() == 200) {
                return new SourceObject(200, flatten(response.headers()), readLimited(body, response.headers(), maxBytes));
            }
            throw error(response.statusCode(), body);
        });
    }

    /**
     * GET the object as a stream: S3's errors are thrown before it is returned; the body is closed
     * under its reader at the deadline, and a body that ends before its declared length fails
     * with an {@link IOException} instead of ending. {@code extra} headers go with the request
     * (an {@code If-Match} that pins a version).
     */
    public SourceStream open(String url, ObjectLambdaEvent.UserRequest caller, Map<String, String> extra,
                             Deadline deadline) {
        HttpResponse<InputStream> r = send("GET", url, caller, extra, deadline);
        if (r.statusCode() != 200) {
            throw readBounded(r, deadline, "the object", (response, body) -> error(response.statusCode(), body));
        }
        InputStream body = r.body();
        ScheduledFuture<?> cut = bodyTimeouts.schedule(() -> closeQuietly(body),
                Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        long declared = r.headers().firstValueAsLong("content-length").orElse(-1);
        return new SourceStream(200, flatten(r.headers()), new CheckedBody(body, declared, cut));
    }

    /** A body that must reach its declared length, and whose deadline timer stops when it is closed. */
    private static final class CheckedBody extends java.io.FilterInputStream {
        private final long declared;
        private final ScheduledFuture<?> cut;
        private long read;

        CheckedBody(InputStream in, long declared, ScheduledFuture<?> cut) {
            super(in);
            this.declared = declared;
            this.cut = cut;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return b < 0 ? end() : count(1, b);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            return n < 0 ? end() : count(n, n);
        }

        private int count(int n, int result) {
            read += n;
            return result;
        }

        private int end() throws IOException {
            if (declared >= 0 && read != declared) {
                throw new IOException("the body ended before its declared length");
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            cut.cancel(false);
            super.close();
        }
    }

    /** HEAD the object: its headers, no body. */
    public SourceObject head(String url, ObjectLambdaEvent.UserRequest caller, Deadline deadline) {
        HttpResponse<InputStream> r = send("HEAD", url, caller, deadline);
        try (InputStream body = r.body()) {
            body.readAllBytes();
            if (r.statusCode() == 200) {
                return new SourceObject(200, flatten(r.headers()), new byte[0]);
            }
            throw new SourceException(r.statusCode(), r.statusCode() == 304 ? "NotModified"
                    : defaultCode(r.statusCode()), "S3 answered " + r.statusCode());
        } catch (IOException e) {
            throw new SourceException(503, "ServiceUnavailable", "reading the object from S3 failed");
        }
    }

    /** GET a listing: S3's XML as it is. */
    public String list(String url, ObjectLambdaEvent.UserRequest caller, Deadline deadline) {
        HttpResponse<InputStream> r = send("GET", url, caller, deadline);
        return readBounded(r, deadline, "the listing", (response, body) -> {
            if (response.statusCode() == 200) {
                return new String(body.readNBytes(64 * 1024 * 1024), StandardCharsets.UTF_8);
            }
            throw error(response.statusCode(), body);
        });
    }

    private HttpResponse<InputStream> send(String method, String url, ObjectLambdaEvent.UserRequest caller,
                                           Deadline deadline) {
        return send(method, url, caller, Map.of(), deadline);
    }

    private HttpResponse<InputStream> send(String method, String url, ObjectLambdaEvent.UserRequest caller,
                                           Map<String, String> extra, Deadline deadline) {
        if (url == null || url.isBlank()) {
            throw new SourceException(400, "InvalidRequest", "the event has no inputS3Url");
        }
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        } catch (IllegalArgumentException e) {
            throw new SourceException(400, "InvalidRequest", "the event's inputS3Url is not a valid URL");
        }
        Duration remaining = deadline.remaining();
        if (remaining.isZero()) {
            throw new DeadlineExceededException("fetch");
        }
        b.timeout(remaining);
        Map<String, String> headers = headersToSend(url, caller);
        extra.forEach((name, value) -> {
            if (headers.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(name))) {
                headers.put(name, value);
            }
        });
        headers.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new DeadlineExceededException("fetch");
        } catch (IOException e) {
            throw new SourceException(503, "ServiceUnavailable", "S3 could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(503, "ServiceUnavailable", "interrupted while fetching");
        }
    }

    /** The signed headers (but Host) and the conditional headers, with the caller's values. */
    static Map<String, String> headersToSend(String url, ObjectLambdaEvent.UserRequest caller) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : signedHeaders(url)) {
            String v = caller == null ? null : caller.header(name);
            if (v != null && !RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                out.put(name, v);
            }
        }
        for (String name : CONDITIONAL) {
            String v = caller == null ? null : caller.header(name);
            if (v != null && out.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(name))) {
                out.put(name, v);
            }
        }
        return out;
    }

    static List<String> signedHeaders(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return List.of();
        }
        for (String param : url.substring(q + 1).split("&")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).equalsIgnoreCase("X-Amz-SignedHeaders")) {
                String v = URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
                return List.of(v.split(";"));
            }
        }
        return List.of();
    }

    private static byte[] readLimited(InputStream body, HttpHeaders headers, long maxBytes) throws IOException {
        long declared = headers.firstValueAsLong("content-length").orElse(-1);
        if (declared > maxBytes) {
            throw SourceException.tooLarge(maxBytes);
        }
        int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = body.readNBytes(cap);
        if (bytes.length == cap && body.read() != -1) {
            throw SourceException.tooLarge(maxBytes);
        }
        if (declared >= 0 && bytes.length != declared) {
            // a body that ended early is never inspected as if it were the whole object
            throw new IOException("the body ended before its declared length");
        }
        return bytes;
    }

    private static SourceException error(int status, InputStream body) throws IOException {
        if (status == 304) {
            return new SourceException(304, "NotModified", "not modified");
        }
        String xml = new String(body.readNBytes(16 * 1024), StandardCharsets.UTF_8);
        Matcher c = CODE.matcher(xml);
        Matcher m = MESSAGE.matcher(xml);
        return new SourceException(status, c.find() ? c.group(1) : defaultCode(status),
                m.find() ? m.group(1) : "S3 answered " + status);
    }

    private static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "InvalidRequest";
            case 403 -> "AccessDenied";
            case 404 -> "NoSuchKey";
            case 412 -> "PreconditionFailed";
            case 416 -> "InvalidRange";
            case 503 -> "ServiceUnavailable";
            default -> "InternalError";
        };
    }

    private static Map<String, String> flatten(HttpHeaders headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.map().forEach((k, v) -> out.put(k, String.join(",", v)));
        return out;
    }
}
