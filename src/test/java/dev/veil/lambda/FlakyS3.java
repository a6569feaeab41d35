package dev.veil.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket stand-in for S3 behind a presigned URL that misbehaves on purpose: answers with an
 * error status, answers late, sends headers and then stalls in the body, or drops the connection.
 * Written on a socket (not the JDK HTTP server) so that it can break HTTP in the middle.
 */
final class FlakyS3 implements AutoCloseable {
    /** How the next requests are answered. */
    enum Behaviour { INTERNAL_ERROR, SLOW_DOWN, LATE_HEADERS, STALLED_BODY, SHORT_BODY, HANG_UP }

    static final String BODY = "Dear Mary Smith, card 4111 1111 1111 1111.\n";

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "flaky-s3");
        t.setDaemon(true);
        return t;
    });
    private volatile Behaviour behaviour = Behaviour.INTERNAL_ERROR;
    final AtomicInteger requests = new AtomicInteger();

    FlakyS3() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    void behave(Behaviour b) {
        behaviour = b;
    }

    /** A URL shaped like a presigned one (its query is never checked here). */
    String url(String key) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/veil-docs/" + key
                + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDVEILTEST%2F20261128%2Fus-east-1%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20261128T100000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=" + "ab".repeat(32);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                threads.execute(() -> answer(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try (s) {
            readHead(s.getInputStream());
            requests.incrementAndGet();
            OutputStream out = s.getOutputStream();
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            switch (behaviour) {
                case INTERNAL_ERROR -> error(out, 500, "InternalError");
                case SLOW_DOWN -> error(out, 503, "SlowDown");
                case LATE_HEADERS -> {
                    sleep(15_000);
                    head(out, 200, body.length);
                    out.write(body);
                }
                case STALLED_BODY -> {
                    head(out, 200, body.length);
                    out.write(body, 0, 10);
                    out.flush();
                    sleep(15_000);
                }
                case SHORT_BODY -> {
                    head(out, 200, body.length);
                    out.write(body, 0, 10);
                    out.flush();
                }
                case HANG_UP -> {
                    // close without a word
                }
            }
            out.flush();
        } catch (IOException e) {
            // the client gave up first: expected for the slow behaviours
        }
    }

    private static void head(OutputStream out, int status, int length) throws IOException {
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: text/plain\r\nContent-Length: " + length
                + "\r\nETag: \"abc\"\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void error(OutputStream out, int status, String code) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>try again"
                + "</Message><RequestId>R1</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/xml\r\nContent-Length: " + xml.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(xml);
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        int c;
        while ((c = in.read()) != -1) {
            matched = (c == "\r\n\r\n".charAt(matched)) ? matched + 1 : (c == '\r' ? 1 : 0);
            if (matched == 4) {
                return;
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
