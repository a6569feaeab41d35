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
        // each edit's bytes in the source and its replacement's, found first: the answer is then
        // made once at its size (a CSV's rewrite is an edit or two per row, hundreds of thousands)
        String text = decoded.text();
        int[] from = new int[sorted.size()];
        int[] to = new int[sorted.size()];
        byte[][] replacements = new byte[sorted.size()][];
        long size = bytes.length;
        int charPos = 0;
        int bytePos = decoded.bomLength();
        for (int k = 0; k < sorted.size(); k++) {
            Edit e = sorted.get(k);
            if (e.start() < charPos) {
                throw new IllegalArgumentException("overlapping edits");
            }
            from[k] = bytePos + encodedLength(text, charPos, e.start());
            to[k] = from[k] + encodedLength(text, e.start(), e.end());
            replacements[k] = e.replacement().getBytes(decoded.charset());
            size += replacements[k].length - (to[k] - from[k]);
            bytePos = to[k];
            charPos = e.end();
        }
        byte[] out = new byte[Math.toIntExact(size)];
        int written = 0;
        int copied = 0; // source bytes before this place are in the answer
        for (int k = 0; k < sorted.size(); k++) {
            System.arraycopy(bytes, copied, out, written, from[k] - copied);
            written += from[k] - copied;
            System.arraycopy(replacements[k], 0, out, written, replacements[k].length);
            written += replacements[k].length;
            copied = to[k];
        }
        System.arraycopy(bytes, copied, out, written, bytes.length - copied);
        return out;
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
