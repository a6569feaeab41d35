package dev.veil.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Picks the text type of bytes that magic calls plain text: the file name may say CSV, TSV, JSON,
 * JSON Lines, HTML or XML, and is believed when the content fits (JSON that parses, markup that
 * starts with a tag); JSON is also recognised without a name. Anything else is plain text, which
 * every text can be read as; bytes that do not decode as text are unsupported.
 */
final class TextSniffer {
    private static final int SAMPLE = 64 * 1024;

    private TextSniffer() {
    }

    static String textType(byte[] bytes, String declared) {
        String sample;
        boolean truncated = bytes.length > SAMPLE;
        try {
            sample = TextDecoding.decode(truncated ? Arrays.copyOf(bytes, SAMPLE) : bytes).text();
        } catch (UnreadableDocumentException binary) {
            return DocumentTypes.UNKNOWN;
        }
        String head = sample.stripLeading();
        if (DocumentTypes.CSV.equals(declared) || DocumentTypes.TSV.equals(declared)) {
            return declared;
        }
        if (DocumentTypes.HTML.equals(declared) || DocumentTypes.XHTML.equals(declared)) {
            return head.startsWith("<") ? declared : DocumentTypes.TEXT;
        }
        if (DocumentTypes.XML.equals(declared) || DocumentTypes.SVG.equals(declared)) {
            return head.startsWith("<") ? declared : DocumentTypes.TEXT;
        }
        int roots = jsonRoots(head, truncated);
        if (roots == 0) {
            return DocumentTypes.TEXT;
        }
        if (DocumentTypes.JSON_LINES.equals(declared) || roots > 1) {
            return DocumentTypes.JSON_LINES;
        }
        return DocumentTypes.JSON;
    }

    /** Top-level JSON values in the sample, or 0 if it is not JSON (or not an object/array). */
    private static int jsonRoots(String head, boolean truncated) {
        if (!head.startsWith("{") && !head.startsWith("[")) {
            return 0;
        }
        int roots = 0;
        int depth = 0;
        try (JsonParser p = new JsonFactory().createParser(head)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
                if (depth == 0) {
                    roots++;
                }
            }
        } catch (JsonProcessingException e) {
            // A sample cut from a longer document may end inside a token: that is not an error.
            boolean atCut = e.getLocation() != null && e.getLocation().getCharOffset() >= head.length() - 64;
            return truncated && atCut ? Math.max(roots, 1) : 0;
        } catch (IOException | RuntimeException notJson) {
            return 0;
        }
        return roots;
    }
}
