package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.document.TextDecoding;
import dev.veil.document.text.TextWindows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The streamed body's windows transformed on several threads: written in order, stopped at a failure. */
class TransformedBodyTest {
    /** 4,000 numbered JSON lines: any reordering or loss shows. */
    private static final String TEXT = lines();

    private static String lines() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            b.append("{\"n\":").append(i).append(",\"v\":\"").append("x".repeat(i % 50)).append("\"}\n");
        }
        return b.toString();
    }

    private static TransformedBody body(TransformedBody.WindowTransform transform, int workers) {
        WindowedText windows = new WindowedText(new TextWindows(new StringReader(TEXT), TextWindows.Shape.JSON_LINES,
                4096, 16 * 1024), TextWindows.Shape.JSON_LINES, DetectionEngine.defaults());
        SourceStream source = new SourceStream(200, Map.of(), new ByteArrayInputStream(new byte[0]));
        return new TransformedBody(source, windows, transform,
                new TextDecoding.StreamCharset(StandardCharsets.UTF_8, 0), "", workers, () -> { });
    }

    /** Upper-cases a window after a random pause, so that later windows often finish first. */
    private static byte[] slowUpper(byte[] utf8) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new String(utf8, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void windowsTransformedOnSeveralThreadsAreWrittenInOrder() throws IOException {
        for (int workers : new int[] {1, 2, 4}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body(TransformedBodyTest::slowUpper, workers).writeTo(out);
            assertEquals(TEXT.toUpperCase(Locale.ROOT), out.toString(StandardCharsets.UTF_8), workers + " workers");
        }
    }

    @Test
    void aWindowThatFailsEndsTheBodyBeforeItWithNothingOfItOrAfterIt() {
        for (int workers : new int[] {1, 4}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformedBody.WindowTransform failing = utf8 -> {
                String w = new String(utf8, StandardCharsets.UTF_8);
                if (w.contains("{\"n\":2000,")) {
                    throw new IllegalStateException("verification failed");
                }
                return slowUpper(utf8);
            };
            IOException e = assertThrows(IOException.class, () -> body(failing, workers).writeTo(out));
            assertTrue(e.getMessage().contains("IllegalStateException"), e.getMessage());
            String sent = out.toString(StandardCharsets.UTF_8);
            assertTrue(sent.startsWith("{\"N\":0,"), "the windows before the failure went out");
            assertFalse(sent.contains("{\"N\":2000,"), "nothing of the failed window");
            assertFalse(sent.contains("\"n\""), "nothing untransformed");
            int last = sent.lastIndexOf("{\"N\":");
            int lastNumber = Integer.parseInt(sent.substring(last + 5, sent.indexOf(',', last)));
            assertTrue(lastNumber < 2000, "nothing after the failed window: " + lastNumber);
        }
    }
}
