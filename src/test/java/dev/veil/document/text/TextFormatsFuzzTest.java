package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.veil.detect.DetectionEngine;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.pipeline.DocumentRedactor;

/**
 * Fuzzes reading and rewriting of the text formats: any bytes are either refused with
 * {@link UnreadableDocumentException} or read, redacted, written and verified by
 * {@link DocumentRedactor} (which reopens the output and checks no found value is left). Seeds
 * under {@code src/test/resources/dev/veil/document/text/TextFormatsFuzzTestInputs/<method>/}.
 */
class TextFormatsFuzzTest {
    private static final DocumentRedactor REDACTOR = new DocumentRedactor(DetectionEngine.defaults());
    private static final DocumentLimits LIMITS = new DocumentLimits(1024 * 1024, 10, 100, 0.01, 16 * 1024 * 1024, 64);

    static void readAndRewrite(DocumentFormat format, byte[] input) {
        try {
            byte[] out = REDACTOR.redact(format, input, LIMITS, (f, value) -> "[" + f.type().name() + "]").bytes();
            assertNotNull(out);
        } catch (UnreadableDocumentException refused) {
            assertNotNull(refused.getMessage());
        }
    }

    @FuzzTest(maxDuration = "1m")
    void plainText(byte[] input) {
        readAndRewrite(new PlainTextFormat(), input);
    }

    @FuzzTest(maxDuration = "1m")
    void json(byte[] input) {
        readAndRewrite(JsonFormat.json(), input);
    }

    @FuzzTest(maxDuration = "1m")
    void jsonLines(byte[] input) {
        readAndRewrite(JsonFormat.jsonLines(), input);
    }

    @FuzzTest(maxDuration = "1m")
    void csv(byte[] input) {
        readAndRewrite(CsvFormat.csv(), input);
    }

    @FuzzTest(maxDuration = "1m")
    void html(byte[] input) {
        readAndRewrite(HtmlFormat.html(), input);
    }

    @FuzzTest(maxDuration = "1m")
    void xml(byte[] input) {
        readAndRewrite(new XmlFormat(), input);
    }
}
