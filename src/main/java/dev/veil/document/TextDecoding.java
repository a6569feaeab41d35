package dev.veil.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text object: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
 * otherwise strict UTF-8; otherwise windows-1252 (a superset of Latin-1 for printable text).
 * Bytes that look binary (NUL bytes in the first 8 KB without a UTF-16 BOM) are refused, so an
 * image or archive is never treated as text that "has no personal data".
 */
public final class TextDecoding {
    private TextDecoding() {
    }

    /** Decoded text and the charset it was decoded with. */
    public record Decoded(String text, Charset charset, int bomLength) {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, 2);
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableDocumentException("binary content (NUL bytes) in a text object");
            }
        }
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, 0);
        } catch (UnreadableDocumentException notUtf8) {
            Charset cp1252 = Charset.forName("windows-1252");
            return new Decoded(new String(bytes, cp1252), cp1252, 0);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("invalid " + cs.name() + " text");
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
