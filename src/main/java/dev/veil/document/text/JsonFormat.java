package dev.veil.document.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.UnreadableDocumentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON and JSON Lines (several top-level values, one per line), read with Jackson's streaming
 * parser. Keys and string values are segments; a key is followed by its value in the same unit,
 * so {@code "ssn": "…"} gives the value its context. Numbers are segments too (a phone number
 * stored as a number): a replacement that is itself a JSON number (a same-length digit token)
 * stays a number, anything else (a {@code [PHONE]} label) becomes a string. Only the changed
 * tokens are rewritten in the original bytes, so the output keeps the input's structure and
 * layout and is always valid JSON. Keys of one object that differed stay different (see
 * {@link JsonUnits#keepKeysDistinct}). Nesting deeper than {@link DocumentLimits#maxNestingDepth()}
 * is refused.
 */
public final class JsonFormat implements DocumentFormat {
    public static final String JSON = "application/json";
    public static final String JSON_LINES = "application/x-ndjson";

    private final boolean lines;

    private JsonFormat(boolean lines) {
        this.lines = lines;
    }

    public static JsonFormat json() {
        return new JsonFormat(false);
    }

    public static JsonFormat jsonLines() {
        return new JsonFormat(true);
    }

    @Override
    public String name() {
        return lines ? "jsonl" : "json";
    }

    @Override
    public Set<String> mediaTypes() {
        return lines ? Set.of(JSON_LINES, "application/jsonl", "application/x-jsonlines") : Set.of(JSON);
    }

    @Override
    public OpenDocument open(byte[] bytes, DocumentLimits limits) {
        EncodedText source = EncodedText.decode(bytes, limits);
        String text = source.text();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .build();
        JsonUnits units = new JsonUnits();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> units.open();
                    case END_OBJECT, END_ARRAY -> units.close();
                    case FIELD_NAME -> units.key(stringSegment(text, p, p.currentName()));
                    case VALUE_STRING -> units.value(stringSegment(text, p, p.getText()));
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> units.value(numberSegment(text, p));
                    default -> units.scalar();
                }
            }
        } catch (StreamConstraintsException e) {
            throw new UnreadableDocumentException("JSON nested deeper than " + limits.maxNestingDepth()
                    + " levels or over a size constraint");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UnreadableDocumentException("invalid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (IOException e) {
            throw new UnreadableDocumentException("unreadable JSON");
        }
        return new SplicedTextDocument(lines ? JSON_LINES : JSON, source, units.units(), units.segments(),
                units::keepKeysDistinct);
    }

    /** A string token: its span runs from the opening quote to the closing quote. */
    private static TextSegment stringSegment(String text, JsonParser p, String value) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        if (start < 0 || start >= text.length() || text.charAt(start) != '"') {
            throw new UnreadableDocumentException("JSON string without a locatable position");
        }
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return new JsonStringSegment(start, i + 1, value);
    }

    private static TextSegment numberSegment(String text, JsonParser p) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        int end = start;
        while (end < text.length() && "+-.0123456789eE".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (start < 0 || end == start) {
            throw new UnreadableDocumentException("JSON number without a locatable position");
        }
        return new JsonNumberSegment(start, end, text.substring(start, end));
    }

    /** A key or string value, written back as an escaped JSON string. */
    private static final class JsonStringSegment extends TextSegment {
        JsonStringSegment(int start, int end, String value) {
            super(start, end, value);
        }

        @Override
        String encode(String value) {
            return JsonStrings.quote(value);
        }
    }

    /** A number, written back raw when the replacement is a JSON number, else as a string. */
    private static final class JsonNumberSegment extends TextSegment {
        JsonNumberSegment(int start, int end, String raw) {
            super(start, end, raw);
        }

        @Override
        String encode(String value) {
            return JsonStrings.isNumber(value) ? value : JsonStrings.quote(value);
        }
    }
}
