package dev.veil.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A local HTTP server speaking the AWS JSON protocols (1.0 for DynamoDB, 1.1 for SSM and Secrets
 * Manager): POST / with an {@code X-Amz-Target} header naming the operation and a JSON body; errors
 * as {@code {"__type": ..., "message": ...}} with status 400.
 */
final class AwsJsonServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Answers one operation. */
    interface Handler {
        Reply handle(String operation, JsonNode body);
    }

    record Reply(int status, String json) {
        static Reply ok(String json) {
            return new Reply(200, json);
        }

        static Reply error(String type, String message) {
            return new Reply(400, JSON.createObjectNode().put("__type", type).put("message", message).toString());
        }
    }

    /** What the server received: target header, content type, whether it was signed, body. */
    record Received(String target, String contentType, boolean signed, JsonNode body) {
    }

    private final HttpServer server;
    private final String contentType;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    AwsJsonServer(String contentType, Handler handler) throws IOException {
        this.contentType = contentType;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> respond(ex, handler));
        server.start();
    }

    private void respond(HttpExchange ex, Handler handler) throws IOException {
        try (ex) {
            String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            received.add(new Received(target, ex.getRequestHeaders().getFirst("Content-Type"),
                    auth != null && auth.startsWith("AWS4-HMAC-SHA256 "), body));
            Reply reply = !"POST".equals(ex.getRequestMethod()) || target == null
                    ? Reply.error("UnknownOperationException", "no target")
                    : handler.handle(target.substring(target.indexOf('.') + 1), body);
            byte[] bytes = reply.json().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.getResponseHeaders().set("x-amzn-RequestId", "test-request");
            ex.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return received;
    }

    /** Configures an SDK client builder to talk to this server. */
    <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>
            & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, ?>> B configure(B builder) {
        return builder.endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")))
                .httpClient(UrlConnectionHttpClient.create());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
