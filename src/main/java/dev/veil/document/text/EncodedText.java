package dev.veil.document.text;

import dev.veil.document.DocumentLimits;
import dev.veil.document.TextDecoding;
import dev.veil.document.UnreadableDocumentException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The decoded text of a text-based document together with its original bytes, so that a rewrite
 * changes only the edited character ranges: every other byte (line endings, byte-order mark,
 * windows-1252 bytes without a Unicode mapping) is copied through unchanged, and replacements are
 * encoded in the document's own charset.
 */
final class EncodedText {
    /** A replacement of {@code [start, end)} of the decoded text. */
    record Edit(int start, int end, String replacement) {
    }

    private final byte[] bytes;
    private final TextDecoding.Decoded decoded;

    /**
     * Whether every character took one byte (windows-1252, or UTF-8 of as many bytes as characters,
     * which only ASCII gives): character offsets are then byte offsets, and a rewrite counts no bytes.
     */
    private final boolean bytePerChar;

    private EncodedText(byte[] bytes, TextDecoding.Decoded decoded) {
        this.bytes = bytes;
        this.decoded = decoded;
        Charset cs = decoded.charset();
        this.bytePerChar = !cs.equals(StandardCharsets.UTF_16LE) && !cs.equals(StandardCharsets.UTF_16BE)
                && (!cs.equals(StandardCharsets.UTF_8) || bytes.length - decoded.bomLength() == decoded.text().length());
    }

    /** Decodes {@code bytes} after checking the size limit. */
    static EncodedText decode(byte[] bytes, DocumentLimits limits) {
        checkSize(bytes, limits);
        return new EncodedText(bytes, TextDecoding.decode(bytes));
    }

    static void checkSize(byte[] bytes, DocumentLimits limits) {
        if (bytes.length > limits.maxInputBytes()) {
            throw new UnreadableDocumentException("document larger than " + limits.maxInputBytes() + " bytes");
        }
    }

    String text() {
        return decoded.text();
    }

    Charset charset() {
        return decoded.charset();
    }

    /** The original bytes with the edits applied (edits must be disjoint). */
    byte[] rebuild(List<Edit> edits) {
        if (edits.isEmpty()) {
            return bytes.clone();
        }
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        // an unsynchronised buffer: a CSV's rewrite is an edit or two per row, hundreds of thousands of writes
        ByteBuffer out = new ByteBuffer(bytes.length + 64);
        String text = decoded.text();
        int charPos = 0;
        int bytePos = decoded.bomLength();
        out.write(bytes, 0, bytePos);
        for (Edit e : sorted) {
            if (e.start() < charPos) {
                throw new IllegalArgumentException("overlapping edits");
            }
            int startByte = bytePos + encodedLength(text, charPos, e.start());
            out.write(bytes, bytePos, startByte - bytePos);
            byte[] replacement = e.replacement().getBytes(decoded.charset());
            out.write(replacement, 0, replacement.length);
            bytePos = startByte + encodedLength(text, e.start(), e.end());
            charPos = e.end();
        }
        out.write(bytes, bytePos, bytes.length - bytePos);
        return out.toByteArray();
    }

    /** A growable array of bytes, not synchronised (as {@code ByteArrayOutputStream} is). */
    private static final class ByteBuffer {
        private byte[] buf;
        private int size;

        ByteBuffer(int capacity) {
            buf = new byte[capacity];
        }

        void write(byte[] b, int off, int len) {
            if (size + len > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(size + len, buf.length * 2));
            }
            System.arraycopy(b, off, buf, size, len);
            size += len;
        }

        byte[] toByteArray() {
            return size == buf.length ? buf : java.util.Arrays.copyOf(buf, size);
        }
    }

    /** Bytes that {@code text[from, to)} took in the source; valid because decoding was strict. */
    private int encodedLength(String text, int from, int to) {
        if (bytePerChar) {
            return to - from;
        }
        Charset cs = decoded.charset();
        if (cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE)) {
            return 2 * (to - from);
        }
        if (!cs.equals(StandardCharsets.UTF_8)) {
            return to - from; // windows-1252: one byte per char, whatever the byte was
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
