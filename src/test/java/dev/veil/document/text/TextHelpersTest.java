package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.veil.document.DocumentLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextHelpersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mailto:mary%40example.com          | mailto:mary@example.com",
        "a%20b%2Fc                          | a b/c",
        "Jos%C3%A9                          | José",
        "100%                               | 100%",
        "%zz%4                              | %zz%4",
        "no escapes                         | no escapes"})
    void percentEscapesAreDecodedAndInvalidOnesKept(String raw, String decoded) {
        assertEquals(decoded, PercentEncoding.decode(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "phoneNumber      | phone number",
        "PHONE_NUMBER     | phone number",
        "home-phone #2    | home phone 2",
        "SSN              | ssn",
        "__x__            | x",
        "eMailAddress     | e mail address"})
    void fieldNamesBecomeContextWords(String name, String words) {
        assertEquals(words, ContextLabels.words(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a--b|a- -b", "ends-|'ends- '", "--->|- - ->", "plain|plain"})
    void commentTextCannotCloseTheComment(String in, String out) {
        assertEquals(out, CommentText.safe(in));
        assertFalse(CommentText.safe(in).contains("--"));
    }

    @Test
    void anEditNextToAnAstralCharacterKeepsItsBytes() {
        byte[] in = "x𝄞Mary Smith𝄞y".getBytes(StandardCharsets.UTF_8);
        byte[] out = SeededRedaction.run(new PlainTextFormat(), in, SeededRedaction.LABEL);
        assertArrayEquals("x𝄞[NAME]𝄞y".getBytes(StandardCharsets.UTF_8), out);
    }

    @Test
    void editsAreSplicedIntoTheOriginalBytesInAnyOrder() {
        EncodedText text = EncodedText.decode("é-ab-ü".getBytes(StandardCharsets.UTF_8), DocumentLimits.defaults());
        byte[] out = text.rebuild(List.of(new EncodedText.Edit(5, 6, "U"), new EncodedText.Edit(0, 1, "E")));
        assertEquals("E-ab-U", new String(out, StandardCharsets.UTF_8));
    }
}
