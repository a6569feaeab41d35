package dev.veil.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextDecoding} takes UTF-8 by String's own decoding when that replaced nothing: the answer
 * must be the strict decoder's on every input, valid or not, and an invalid input must still fall
 * to windows-1252 exactly as before.
 */
class TextDecodingTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** The rule of {@link TextDecoding#decode} for input without a byte-order mark or NUL bytes, by the JDK's strict decoder. */
    private static TextDecoding.Decoded oracle(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new TextDecoding.Decoded(s, StandardCharsets.UTF_8, 0);
        } catch (CharacterCodingException e) {
            return new TextDecoding.Decoded(new String(bytes, CP1252), CP1252, 0);
        }
    }

    private static void agrees(byte[] bytes) {
        TextDecoding.Decoded want = oracle(bytes);
        TextDecoding.Decoded got = TextDecoding.decode(bytes);
        assertEquals(want.charset(), got.charset(), () -> "charset of " + java.util.HexFormat.of().formatHex(bytes));
        assertEquals(want.text(), got.text(), () -> "text of " + java.util.HexFormat.of().formatHex(bytes));
    }

    @Test
    void asciiLatinAndWiderTextDecodeAsTheStrictDecoderDoes() {
        for (String s : new String[] {"", "plain ASCII, 123", "Zoë Müller, São Paulo", "Ж Иван Соколов",
            "emoji 😀 and 中文", "a genuine replacement character \uFFFD in the text", "\u0080\u07ff\u0800\uffff"}) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            agrees(bytes);
            assertEquals(s, TextDecoding.decode(bytes).text());
        }
    }

    @Test
    void malformedSequencesFallToWindows1252() {
        String[] hex = {
            "c0af",             // overlong "/"
            "e080af",           // overlong, three bytes
            "eda080",           // a surrogate (U+D800) written in UTF-8
            "f4908080",         // beyond U+10FFFF
            "c3",               // cut at the end
            "41e282",           // cut three-byte sequence
            "80",               // a lone continuation byte
            "4d61727920e9",     // "Mary " then windows-1252 é
            "efbfbd41ff",       // a genuine U+FFFD, then an invalid byte
            "f8888080",         // five-byte form
            "fe",
        };
        for (String h : hex) {
            byte[] bytes = java.util.HexFormat.of().parseHex(h);
            agrees(bytes);
            assertEquals(CP1252, TextDecoding.decode(bytes).charset(), h);
        }
    }

    @Test
    void randomBytesAndRandomTextAgreeWithTheStrictDecoder() {
        Random random = new Random(20261130);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes;
            if (round % 2 == 0) {
                // valid text of mixed widths, sometimes with one byte broken
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    int kind = random.nextInt(5);
                    int cp = switch (kind) {
                        case 0 -> 0x20 + random.nextInt(0x5f);
                        case 1 -> 0xa0 + random.nextInt(0x700);
                        case 2 -> 0x800 + random.nextInt(0xd000);
                        case 3 -> 0xe000 + random.nextInt(0x2000);
                        default -> 0x10000 + random.nextInt(0x10000);
                    };
                    sb.appendCodePoint(cp);
                }
                bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0 && random.nextInt(3) == 0) {
                    bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
                }
            } else {
                bytes = new byte[random.nextInt(12)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (1 + random.nextInt(255)); // no NUL: that refuses the text
                }
            }
            if (bytes.length > 0 && ((bytes[0] & 0xff) == 0xef || (bytes[0] & 0xff) >= 0xfe)) {
                bytes[0] = 'x'; // a byte-order mark decides by itself (tested below)
            }
            agrees(bytes);
        }
    }

    @Test
    void aByteOrderMarkStillDecidesAndInvalidUtf8AfterItIsRefused() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        TextDecoding.Decoded d = TextDecoding.decode(bom);
        assertEquals("hi", d.text());
        assertEquals(3, d.bomLength());
        byte[] broken = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC0, (byte) 0xAF};
        assertThrows(UnreadableDocumentException.class, () -> TextDecoding.decode(broken));
        assertArrayEquals(new byte[0], new TextDecoding.StreamCharset(StandardCharsets.UTF_8, 0).bom());
    }
}
