package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.CustomPattern;
import dev.veil.detect.CustomPatternDetector;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.Replacer;
import dev.veil.document.TextUnit;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.document.text.PlainTextFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentRedactorTest {
    /** Employee ids are found only next to the word "employee"; ages only after "aged". */
    private static final DetectionEngine ENGINE = DetectionEngine.builder()
            .detector(new CustomPatternDetector(new CustomPattern("emp", EntityType.PIN, "EMP-[0-9]{6}", 0.9,
                    List.of("employee"), true)))
            .detector(new CustomPatternDetector(new CustomPattern("age", EntityType.AGE, "[0-9]{2}", 0.9,
                    List.of("aged"), true)))
            .build();
    private static final Replacer LABEL = (f, v) -> "[" + f.type() + "]";

    private static String redact(DocumentFormat format, String text) {
        byte[] out = new DocumentRedactor(ENGINE).redact(format, text.getBytes(StandardCharsets.UTF_8),
                DocumentLimits.defaults(), LABEL).bytes();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void aValueFoundOnceIsReplacedEverywhereItOccurs() {
        String out = redact(new PlainTextFormat(), "The employee EMP-123456 left.\n\nArchive ref emp-123456 kept.\n");
        assertEquals("The employee [PIN] left.\n\nArchive ref [PIN] kept.\n", out);
    }

    @Test
    void shortValuesAreReplacedOnlyWhereFound() {
        String out = redact(new PlainTextFormat(), "Patient aged 42 arrived.\n\nRoom 42 is free.\n");
        assertEquals("Patient aged [AGE] arrived.\n\nRoom 42 is free.\n", out);
    }

    @Test
    void aFormatThatDoesNotApplyItsRewriteIsRefusedNotPassedThrough() {
        DocumentFormat broken = new IgnoringFormat();
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> redact(broken, "employee EMP-123456\n"));
        assertTrue(e.getMessage().startsWith("verification failed"), e.getMessage());
        assertTrue(!e.getMessage().contains("EMP-123456"), "the reason never quotes the value");
    }

    /** Plain text whose rewrite forgets the findings: the original bytes come back. */
    private static final class IgnoringFormat implements DocumentFormat {
        private final PlainTextFormat text = new PlainTextFormat();

        @Override
        public String name() {
            return "ignoring";
        }

        @Override
        public Set<String> mediaTypes() {
            return text.mediaTypes();
        }

        @Override
        public OpenDocument open(byte[] bytes, DocumentLimits limits) {
            OpenDocument real = text.open(bytes, limits);
            return new OpenDocument() {
                @Override
                public String mediaType() {
                    return real.mediaType();
                }

                @Override
                public List<TextUnit> units() {
                    return real.units();
                }

                @Override
                public byte[] rewrite(List<List<Finding>> findingsPerUnit, Replacer replacer) {
                    return real.save();
                }

                @Override
                public byte[] save() {
                    return real.save();
                }
            };
        }
    }
}
