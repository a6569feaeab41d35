package dev.veil.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Just enough of IAM for the tag lookup, speaking the AWS Query protocol: a form-encoded POST
 * ({@code Action=ListRoleTags&RoleName=...&Version=2010-05-08}) answered with XML, pages of
 * {@link #pageSize} tags joined by {@code Marker}/{@code IsTruncated}, and {@code NoSuchEntity}
 * (404) for an unknown role or user.
 */
final class FakeIam implements AutoCloseable {
    private static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

    /** One request: its form fields and whether it was SigV4-signed. */
    record Received(Map<String, String> form, boolean signed) {
    }

    final Map<String, Map<String, String>> roleTags = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> userTags = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int pageSize = 50;
    volatile int failWithStatus;
    private final HttpServer server;

    FakeIam() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::respond);
        server.start();
    }

    IamClient client() {
        return IamClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private void respond(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> form = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            received.add(new Received(form, auth != null && auth.startsWith("AWS4-HMAC-SHA256 ")));
            String action = form.getOrDefault("Action", "");
            if (failWithStatus != 0) {
                send(ex, failWithStatus, error("Receiver", "ServiceFailure", "Request processing has failed"));
            } else if (!"POST".equals(ex.getRequestMethod()) || !"2010-05-08".equals(form.get("Version"))) {
                send(ex, 400, error("Sender", "InvalidAction", "Could not find operation"));
            } else if (action.equals("ListRoleTags")) {
                list(ex, action, roleTags.get(form.get("RoleName")), "role", form);
            } else if (action.equals("ListUserTags")) {
                list(ex, action, userTags.get(form.get("UserName")), "user", form);
            } else {
                send(ex, 400, error("Sender", "InvalidAction", "Could not find operation " + action));
            }
        }
    }

    private void list(HttpExchange ex, String action, Map<String, String> tags, String kind, Map<String, String> form)
            throws IOException {
        if (tags == null) {
            send(ex, 404, error("Sender", "NoSuchEntity", "The " + kind + " cannot be found."));
            return;
        }
        List<Map.Entry<String, String>> all = new ArrayList<>(tags.entrySet());
        int from = form.containsKey("Marker") ? Integer.parseInt(form.get("Marker").substring(1)) : 0;
        int to = Math.min(all.size(), from + pageSize);
        StringBuilder xml = new StringBuilder("<" + action + "Response xmlns=\"" + NS + "\"><" + action + "Result>");
        xml.append("<IsTruncated>").append(to < all.size()).append("</IsTruncated>");
        if (to < all.size()) {
            xml.append("<Marker>m").append(to).append("</Marker>");
        }
        xml.append("<Tags>");
        for (Map.Entry<String, String> t : all.subList(from, to)) {
            xml.append("<member><Key>").append(t.getKey()).append("</Key><Value>").append(t.getValue())
                    .append("</Value></member>");
        }
        xml.append("</Tags></").append(action).append("Result><ResponseMetadata><RequestId>req-1</RequestId>")
                .append("</ResponseMetadata></").append(action).append("Response>");
        send(ex, 200, xml.toString());
    }

    private static String error(String type, String code, String message) {
        return "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>" + type + "</Type><Code>" + code + "</Code><Message>"
                + message + "</Message></Error><RequestId>req-1</RequestId></ErrorResponse>";
    }

    private static void send(HttpExchange ex, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/xml");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    /** Tags in insertion order, as IAM lists them. */
    static Map<String, String> tags(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
