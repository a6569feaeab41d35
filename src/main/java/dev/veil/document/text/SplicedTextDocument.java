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
    /** Run on the replacements before they are written (a format's own rules, such as JSON's distinct keys). */
    private final Runnable beforeSave;

    SplicedTextDocument(String mediaType, EncodedText source, List<TextUnit> units, List<TextSegment> segments) {
        this(mediaType, source, units, segments, () -> { });
    }

    SplicedTextDocument(String mediaType, EncodedText source, List<TextUnit> units, List<TextSegment> segments,
                        Runnable beforeSave) {
        this.mediaType = mediaType;
        this.source = source;
        this.units = List.copyOf(units);
        this.segments = List.copyOf(segments);
        this.beforeSave = beforeSave;
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
        beforeSave.run();
        List<EncodedText.Edit> edits = new ArrayList<>();
        for (TextSegment s : segments) {
            if (s.changed()) {
                edits.add(s.edit());
            }
        }
        return source.rebuild(edits);
    }
}
