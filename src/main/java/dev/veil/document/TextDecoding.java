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

    /** The charset of a text stream, decided from its first bytes, and the length of its byte-order mark. */
    public record StreamCharset(Charset charset, int bomLength) {
        /** The byte-order mark to write before the text, empty when the source had none. */
        public byte[] bom() {
            return bomLength == 0 ? new byte[0] : bomOf(charset);
        }

        /** A decoder for the rest of the stream: strict for UTF-8 and UTF-16, as {@link #decode} is. */
        public CharsetDecoder decoder() {
            CodingErrorAction onError = charset.name().equals("windows-1252") ? CodingErrorAction.REPLACE
                    : CodingErrorAction.REPORT;
            return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        }
    }

    /**
     * The charset of a stream whose first bytes are {@code head}, by the rules of {@link #decode}:
     * a byte-order mark; else NUL bytes refuse it; else UTF-8 when {@code head} is strict UTF-8
     * (a sequence cut by the end of {@code head} is allowed when {@code complete} is false); else
     * windows-1252. Later bytes that are not valid in the chosen charset fail the stream.
     */
    public static StreamCharset decideStream(byte[] head, boolean complete) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new StreamCharset(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new StreamCharset(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new StreamCharset(StandardCharsets.UTF_16BE, 2);
        }
        int probe = Math.min(head.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (head[i] == 0) {
                throw new UnreadableDocumentException("binary content (NUL bytes) in a text object");
            }
        }
        int checked = complete ? head.length : Math.max(0, head.length - utf8Tail(head));
        try {
            strict(head, 0, checked, StandardCharsets.UTF_8);
            return new StreamCharset(StandardCharsets.UTF_8, 0);
        } catch (UnreadableDocumentException notUtf8) {
            return new StreamCharset(Charset.forName("windows-1252"), 0);
        }
    }

    /** Bytes at the end of {@code b} that may be an incomplete UTF-8 sequence (0 to 3). */
    private static int utf8Tail(byte[] b) {
        for (int k = 1; k <= Math.min(3, b.length); k++) {
            int v = b[b.length - k] & 0xFF;
            if (v >= 0xC0) {
                return k;
            }
            if (v < 0x80) {
                return 0;
            }
        }
        return 0;
    }

    private static byte[] bomOf(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_16LE)) {
            return new byte[] {(byte) 0xFF, (byte) 0xFE};
        }
        if (cs.equals(StandardCharsets.UTF_16BE)) {
            return new byte[] {(byte) 0xFE, (byte) 0xFF};
        }
        return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        return strict(bytes, offset, bytes.length, cs);
    }

    private static String strict(byte[] bytes, int offset, int end, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // String's own UTF-8 decoding (ASCII copied as one block) replaces each malformed
            // sequence with U+FFFD: without one in its answer the bytes were valid and the answer is
            // the strict decoder's; with one, genuine or not, the strict decoder decides. A text
            // held in Latin-1 (every character below U+0100) answers indexOf of U+FFFD at once.
            String lenient = new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
            if (lenient.indexOf('\uFFFD') < 0) {
                return lenient;
            }
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes, offset, end - offset)).toString();
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
