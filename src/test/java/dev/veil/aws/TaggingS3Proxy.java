package dev.veil.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.veil.gateway.EmbeddedStore;
import dev.veil.gateway.SigV4Verifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An S3 endpoint for tests that need object tagging, which S3Proxy does not implement: a
 * {@code com.sun.net.httpserver} front on 127.0.0.1 answers {@code GET|PUT|DELETE
 * /BUCKET/KEY?tagging} itself (SigV4 checked with {@link SigV4Verifier}, S3's XML and error codes,
 * 404 {@code NoSuchKey} when the store has no such object) and keeps tags per object version; a
 * new upload starts untagged. Every other request
 * goes unchanged, Host header included, to an in-memory {@link EmbeddedStore}, which checks the
 * client's signature itself ({@link RawHttpForwarder}). Clients are the real AWS SDK S3 client.
 */
final class TaggingS3Proxy implements AutoCloseable {
    static final String ACCESS_KEY = "tagging-access-key";
    static final String SECRET_KEY = "tagging-secret-key";

    private final EmbeddedStore store;
    private final S3Client storeClient;
    private final RawHttpForwarder forwarder;
    private final SigV4Verifier verifier;
    private final HttpServer server;
    private final ExecutorService workers;
    /** Tags by {@code bucket/key} and version ("null" when unversioned), as S3 keeps them. */
    private final Map<String, Map<String, String>> tags = new ConcurrentHashMap<>();

    TaggingS3Proxy() throws IOException {
        store = EmbeddedStore.inMemory(ACCESS_KEY, SECRET_KEY);
        storeClient = client(store.endpoint());
        forwarder = new RawHttpForwarder(store.endpoint().getPort());
        verifier = new SigV4Verifier(k -> k.equals(ACCESS_KEY) ? Optional.of(SECRET_KEY) : Optional.empty(),
                "us-east-1", "s3", Clock.systemUTC());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        workers = Executors.newFixedThreadPool(4);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** An AWS SDK client of this endpoint (path style, us-east-1, the test key). */
    S3Client client() {
        return client(endpoint());
    }

    private static S3Client client(URI endpoint) {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).endpointOverride(endpoint)
                .forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String path = exchange.getRequestURI().getPath();
            int slash = path.indexOf('/', 1);
            String method = exchange.getRequestMethod();
            if (slash > 0 && slash < path.length() - 1) {
                String bucket = path.substring(1, slash);
                String key = path.substring(slash + 1);
                if (query.containsKey("tagging")) {
                    tagging(exchange, method, bucket, key, query.get("versionId"), body);
                    return;
                }
                if (method.equals("PUT") && !query.containsKey("uploadId")) {
                    putObject(exchange, bucket, key, body);
                    return;
                }
            }
            RawHttpForwarder.relay(exchange, forwarder.forward(exchange, body));
        } catch (S3TagSets.Refused e) {
            error(exchange, e.status, e.code, e.getMessage());
        } catch (SigV4Verifier.AuthException e) {
            error(exchange, e.status(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            error(exchange, 500, "InternalError", e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            exchange.close();
        }
    }

    /**
     * An upload (or copy) is a new object without tags, as in S3. PutObject's {@code x-amz-tagging}
     * header is signed, so it cannot be taken off; S3Proxy refuses it (501 NotImplemented).
     */
    private void putObject(HttpExchange exchange, String bucket, String key, byte[] body) throws IOException {
        RawHttpForwarder.Answer answer = forwarder.forward(exchange, body);
        if (answer.status() == 200) {
            tags.remove(id(bucket, key, answer.header("x-amz-version-id")));
        }
        RawHttpForwarder.relay(exchange, answer);
    }

    private void tagging(HttpExchange exchange, String method, String bucket, String key, String versionId, byte[] body)
            throws IOException, S3TagSets.Refused {
        verifier.verify(new SigV4Verifier.Request(method, exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), joinedHeaders(exchange)));
        if (method.equals("PUT")) {
            checkPayloadHash(exchange, body);
        }
        HeadObjectResponse object;
        try {
            object = storeClient.headObject(b -> b.bucket(bucket).key(key).versionId(versionId));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw versionId == null
                        ? new S3TagSets.Refused(404, "NoSuchKey", "The specified key does not exist.")
                        : new S3TagSets.Refused(404, "NoSuchVersion", "The specified version does not exist.");
            }
            throw e;
        }
        String id = id(bucket, key, object.versionId());
        if (object.versionId() != null) {
            exchange.getResponseHeaders().set("x-amz-version-id", object.versionId());
        }
        switch (method) {
            case "GET" -> {
                byte[] xml = S3TagSets.toXml(tags.getOrDefault(id, Map.of())).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, xml.length);
                exchange.getResponseBody().write(xml);
            }
            case "PUT" -> {
                tags.put(id, S3TagSets.fromXml(body));
                exchange.sendResponseHeaders(200, -1);
            }
            case "DELETE" -> {
                tags.remove(id);
                exchange.sendResponseHeaders(204, -1);
            }
            default -> throw new S3TagSets.Refused(405, "MethodNotAllowed",
                    "The specified method is not allowed against this resource.");
        }
    }

    /** S3 refuses a body whose SHA-256 differs from the signed {@code x-amz-content-sha256}. */
    private static void checkPayloadHash(HttpExchange exchange, byte[] body) throws S3TagSets.Refused {
        String declared = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        if (declared == null || declared.equals("UNSIGNED-PAYLOAD")) {
            return;
        }
        if (declared.startsWith("STREAMING-")) {
            throw new S3TagSets.Refused(501, "NotImplemented", "aws-chunked tagging bodies are not implemented here");
        }
        try {
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            if (!actual.equalsIgnoreCase(declared)) {
                throw new S3TagSets.Refused(400, "XAmzContentSHA256Mismatch",
                        "The provided 'x-amz-content-sha256' header does not match what was computed.");
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> joinedHeaders(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return headers;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String id(String bucket, String key, String versionId) {
        return bucket + "/" + key + "#" + versionId;
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        String requestId = UUID.randomUUID().toString();
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + S3TagSets.escape(message) + "</Message><Resource>" + S3TagSets.escape(exchange.getRequestURI().getPath())
                + "</Resource><RequestId>" + requestId + "</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.getResponseHeaders().set("x-amz-request-id", requestId);
        exchange.sendResponseHeaders(status, xml.length);
        exchange.getResponseBody().write(xml);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        storeClient.close();
        store.close();
    }
}
