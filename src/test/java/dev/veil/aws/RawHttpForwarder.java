package dev.veil.aws;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Forwards one HTTP/1.1 request byte for byte to a loopback port, Host header included, and reads
 * the answer. A raw socket, because SigV4 signs the Host header and {@code java.net.http} (and
 * {@code HttpURLConnection}, without a JVM-wide switch) refuse to send a Host they did not choose:
 * the request reaches the store exactly as the client signed it, so the store checks the signature.
 */
final class RawHttpForwarder {
    /** Connection-level headers: each hop sets its own. */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "transfer-encoding", "content-length", "expect", "te", "upgrade", "date");

    /** The store's answer: status, headers in order (repeats kept) and the whole body. */
    record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) {
        String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private final int port;

    RawHttpForwarder(int port) {
        this.port = port;
    }

    /** Sends {@code exchange}'s request with {@code body} (already read) and returns the answer. */
    Answer forward(HttpExchange exchange, byte[] body) throws IOException {
        String method = exchange.getRequestMethod();
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n"));
            }
        });
        if (body.length > 0 || method.equals("PUT") || method.equals("POST")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()), method.equals("HEAD"));
        }
    }

    /** Relays {@code answer} to the client; a HEAD answer keeps the store's Content-Length. */
    static void relay(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().add(h.getKey(), h.getValue());
            }
        });
        if (exchange.getRequestMethod().equals("HEAD")) {
            String length = answer.header("Content-Length");
            if (length != null) {
                exchange.getResponseHeaders().set("Content-Length", length);
            }
            exchange.sendResponseHeaders(answer.status(), -1);
        } else {
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        int status;
        List<Map.Entry<String, String>> headers;
        do {
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP status line from the store");
            }
            status = Integer.parseInt(parts[1]);
            headers = new ArrayList<>();
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                headers.add(Map.entry(h.substring(0, colon).trim(), h.substring(colon + 1).trim()));
            }
        } while (status / 100 == 1);
        Answer noBody = new Answer(status, headers, new byte[0]);
        if (head || status == 204 || status == 304) {
            return noBody;
        }
        String encoding = noBody.header("Transfer-Encoding");
        String length = noBody.header("Content-Length");
        byte[] body;
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = dechunk(in);
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, body);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (!line(in).isEmpty()) {
                    // trailers are not relayed
                }
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            line(in);
        }
    }

    /** One CRLF-terminated line in ISO-8859-1, as HTTP heads are. */
    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the store closed the connection mid-answer");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }
}
