package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A client that opens a connection, sends half a request and waits must not hold a gateway thread
 * for ever: the gateway bounds request time ({@code sun.net.httpserver.maxReqTime}, 30 s unless
 * set). Runs the gateway in a fresh JVM, because the JDK reads that setting once per JVM, at the
 * first HTTP server it starts; in {@code veil serve} the gateway's is the first.
 */
class SlowClientIT {
    /** The gateway's 30 s, plus the JDK's 10 s timer tick and slack for a loaded machine. */
    static final Duration BOUND = Duration.ofSeconds(50);

    @Test
    void halfSentRequestsAreDroppedAndOthersAreServedMeanwhile() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                DemoGatewayMain.class.getName()).redirectErrorStream(true).start();
        try {
            URI endpoint = endpointOf(child);
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket(endpoint.getHost(), endpoint.getPort());
                s.setSoTimeout((int) BOUND.toMillis());
                OutputStream out = s.getOutputStream();
                out.write("GET /veil-demo-8kq3x7m2c4--ol-s3/clean.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                slow.add(s);
            }
            long t0 = System.nanoTime();
            RawS3Requests raw = new RawS3Requests(endpoint);
            String p = "/veil-demo-8kq3x7m2c4--ol-s3/clean.txt";
            assertEquals(200, raw.get(p, raw.sign(p, "admin", "admin-secret", "us-east-1", Clock.systemUTC())).status(),
                    "served while slow clients wait");
            for (Socket s : slow) {
                try (s) {
                    int first = readOrReset(s);
                    assertEquals(-1, first, "the gateway closes a half-sent request without answering it");
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertTrue(took.compareTo(BOUND) < 0, "slow clients dropped after " + took);
            assertTrue(took.compareTo(Duration.ofSeconds(5)) > 0, "not dropped at once: " + took);
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    private static int readOrReset(Socket s) {
        try {
            return s.getInputStream().read();
        } catch (java.net.SocketTimeoutException e) {
            return -2;
        } catch (java.io.IOException reset) {
            return -1;
        }
    }

    private static URI endpointOf(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < until && (line = out.readLine()) != null) {
            if (line.startsWith("endpoint ")) {
                URI uri = URI.create(line.substring("endpoint ".length()).trim());
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (java.io.IOException ignored) {
                        // the child ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return uri;
            }
        }
        throw new AssertionError("the gateway did not start");
    }
}
