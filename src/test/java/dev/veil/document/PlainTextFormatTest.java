package dev.veil.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextFormatTest {
    private static byte[] rewrite(byte[] in, String value) {
        try (OpenDocument doc = new PlainTextFormat().open(in, DocumentLimits.defaults())) {
            String text = doc.units().get(0).text();
            int start = text.indexOf(value);
            Finding f = new Finding(EntityType.NAME, start, start + value.length(), 0.9, "test", Explanation.of("t", 0.9));
            return doc.rewrite(List.of(List.of(f)), (finding, v) -> "[NAME]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1252", "UTF-16LE"})
    void writesBackInTheCharsetItRead(String charsetName) {
        Charset cs = Charset.forName(charsetName);
        byte[] bom = charsetName.equals("UTF-16LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0];
        byte[] body = "Café owner Zoë Brontë paid.\n".getBytes(cs);
        byte[] in = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, in, 0, bom.length);
        System.arraycopy(body, 0, in, bom.length, body.length);
        byte[] expectedBody = "Café owner [NAME] paid.\n".getBytes(cs);
        byte[] expected = new byte[bom.length + expectedBody.length];
        System.arraycopy(bom, 0, expected, 0, bom.length);
        System.arraycopy(expectedBody, 0, expected, bom.length, expectedBody.length);
        assertArrayEquals(expected, rewrite(in, "Zoë Brontë"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void refusesBinaryAndOversizedInput(int which) {
        PlainTextFormat f = new PlainTextFormat();
        DocumentLimits tiny = new DocumentLimits(4, 1, 1, 0.01, 10, 1);
        byte[] input = which == 0 ? new byte[] {'a', 0, 'b'} : "too long".getBytes(StandardCharsets.UTF_8);
        assertThrows(UnreadableDocumentException.class, () -> f.open(input, which == 0 ? DocumentLimits.defaults() : tiny));
        assertEquals("text", f.name());
    }
}
