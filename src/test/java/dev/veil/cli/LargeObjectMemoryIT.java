package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An object several times larger than the heap goes through the Object Lambda handler end to end
 * ({@code veil bench handler}: embedded S3 store, presigned fetch, streaming pipeline,
 * WriteGetObjectResponse to the local gateway, an AWS SDK client reading the answer) in a JVM
 * whose heap is under half its size: memory does not grow with the object. The bench itself checks
 * the answer (every line kept, every seeded e-mail address gone) and exits non-zero otherwise; an
 * out-of-memory error ends the child at once.
 */
class LargeObjectMemoryIT {
    static final int HEAP_MB = 128;
    /** Over twice the heap: the object could not be held, let alone the object and its answer. */
    static final int OBJECT_MB = 272;

    @Test
    void anObjectOverTwiceTheHeapIsRedactedThroughTheHandler() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError",
                // windows in flight follow the processor count: fix it, so the heap bound holds on any machine
                "-XX:ActiveProcessorCount=2",
                "-cp", System.getProperty("java.class.path"), VeilCli.class.getName(),
                "bench", "handler", "--mb", String.valueOf(OBJECT_MB), "--mode", "redact", "--work-limit", "1200")
                .redirectErrorStream(true).start();
        child.getOutputStream().close();
        String out;
        try (InputStream in = child.getInputStream()) {
            out = read(in);
        } finally {
            if (!child.waitFor(20, TimeUnit.MINUTES)) {
                child.destroyForcibly();
            }
        }
        assertEquals(0, child.exitValue(), "the bench's own checks passed:\n" + out);
        Matcher input = Pattern.compile("input ([0-9.]+) MB \\((\\d+) rows\\), output [0-9.]+ MB, (\\d+) lines, 0 seeded addresses left")
                .matcher(out);
        assertTrue(input.find(), out);
        assertTrue(Double.parseDouble(input.group(1)) > 2 * HEAP_MB, "the object is over twice the heap: " + out);
        assertEquals(Long.parseLong(input.group(2)) + 1, Long.parseLong(input.group(3)), "every line (and the header) kept");
        assertTrue(maxHeapOf(out) <= HEAP_MB, "ran with the small heap: " + out);
    }

    private static long maxHeapOf(String out) {
        Matcher m = Pattern.compile("max heap (\\d+) MB").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
