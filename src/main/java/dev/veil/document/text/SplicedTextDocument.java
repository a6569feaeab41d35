package dev.veil.document.text;

import dev.veil.document.OpenDocument;
import dev.veil.document.TextUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An open text-based document (plain text, CSV, JSON) whose segments are ranges of the decoded
 * text: saving splices the changed ranges into the original bytes and leaves the rest untouched.
 */
final class SplicedTextDocument implements OpenDocument {
    private final String mediaType;
    private final EncodedText source;
    private final List<TextUnit> units;
    private final List<TextSegment> segments;

    SplicedTextDocument(String mediaType, EncodedText source, List<TextUnit> units, List<TextSegment> segments) {
        this.mediaType = mediaType;
        this.source = source;
        this.units = List.copyOf(units);
        this.segments = List.copyOf(segments);
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public List<TextUnit> units() {
        return units;
    }

    @Override
    public byte[] save() {
        List<EncodedText.Edit> edits = new ArrayList<>();
        for (TextSegment s : segments) {
            if (s.changed()) {
                edits.add(s.edit());
            }
        }
        return source.rebuild(edits);
    }
}
