package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contact lists made by LibreOffice (a Writer document of 2,000 lines, a Calc sheet of 4,000 rows:
 * names, e-mail addresses, phone numbers, towns; {@code soffice --headless --convert-to} from a
 * text and a CSV) are redacted with the default engine. Their answers hold the same few labels
 * line after line, so a part compresses beyond the inflate ratio a source may have: the check that
 * reopens the answer refused it ("not a readable OOXML package") and no answer was given.
 */
class ContactListRedactionTest {
    private static final DocumentRedactor REDACTOR = new DocumentRedactor(DetectionEngine.defaults());
    private static final DocumentFormats FORMATS = DocumentFormats.standard();

    @ParameterizedTest
    @ValueSource(strings = {"contact-list.docx", "contact-list.xlsx"})
    void aLibreOfficeContactListIsRedactedAndItsAnswerReopens(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("test-documents", "office", name));
        DocumentFormat format = FORMATS.formatFor(DocumentTypes.standard().detect(bytes, name));
        byte[] answer = REDACTOR.redact(format, bytes, DocumentLimits.defaults(),
                (f, value) -> "[" + f.type() + "]").bytes();
        StringBuilder text = new StringBuilder();
        try (OpenDocument doc = format.open(answer, DocumentLimits.defaults().forOwnOutput())) {
            for (TextUnit u : doc.units()) {
                text.append(u.text()).append('\n');
            }
        }
        String all = text.toString();
        assertTrue(all.contains("[EMAIL]") && all.contains("[NAME]") && all.contains("[PHONE]"), name);
        for (String value : new String[] {"Mary Garcia", "wei.okafor@example.com", "1-800-580-7440", "james.obrien@example.com"}) {
            assertFalse(all.contains(value), name + " still holds a seeded value");
        }
        assertTrue(all.contains("Portland"), "the towns are kept");
    }
}
