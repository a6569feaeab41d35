package dev.veil.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Plain text: the whole text is one unit of one segment, decoded by {@link TextDecoding} and
 * written back in the same charset, with the same byte-order mark.
 */
public final class PlainTextFormat implements DocumentFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain");
    }

    @Override
    public OpenDocument open(byte[] bytes, DocumentLimits limits) {
        if (bytes.length > limits.maxInputBytes()) {
            throw new UnreadableDocumentException("text larger than " + limits.maxInputBytes() + " bytes");
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        byte[] bom = Arrays.copyOf(bytes, decoded.bomLength());
        return new OpenText(decoded.text(), decoded.charset(), bom);
    }

    private static final class OpenText implements OpenDocument, Segment {
        private String text;
        private final Charset charset;
        private final byte[] bom;

        OpenText(String text, Charset charset, byte[] bom) {
            this.text = text;
            this.charset = charset;
            this.bom = bom;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public List<TextUnit> units() {
            return List.of(TextUnit.of(this));
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public void replace(String newText) {
            this.text = newText;
        }

        @Override
        public byte[] save() {
            CharsetEncoder enc = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try {
                ByteBuffer body = enc.encode(CharBuffer.wrap(text));
                byte[] out = new byte[bom.length + body.remaining()];
                System.arraycopy(bom, 0, out, 0, bom.length);
                body.get(out, bom.length, body.remaining());
                return out;
            } catch (CharacterCodingException e) {
                throw new UnreadableDocumentException("cannot encode the result as " + charset.name());
            }
        }
    }
}
