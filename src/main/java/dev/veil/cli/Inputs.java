package dev.veil.cli;

import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.LegacyText;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextDecoding;
import dev.veil.document.TextUnit;
import dev.veil.document.UnreadableDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CLI input files as the text that detection sees; one instance serves all files of a command. */
final class Inputs {
    /** Units of a document are shown separated by a blank line. */
    static final String UNIT_SEPARATOR = "\n\n";

    private final DocumentTypes types = DocumentTypes.standard();
    private final DocumentFormats formats = DocumentFormats.standard();

    /**
     * The text of a file and where each unit starts in it. Plain text is one unit, exactly as
     * decoded; other formats are their units (with context labels such as CSV headers) joined by
     * {@link #UNIT_SEPARATOR}.
     */
    record DocumentText(String text, List<Integer> unitStarts, List<String> units) {
    }

    DocumentText read(Path file) {
        byte[] bytes = readBytes(file);
        try {
            DocumentTypes.DocumentType type = types.detect(bytes, file.getFileName().toString());
            if (type.mediaType().equals(DocumentTypes.TEXT)) {
                String text = TextDecoding.decode(bytes).text();
                return new DocumentText(text, List.of(0), List.of(text));
            }
            if (formats.forMediaType(type.mediaType()).isEmpty() && LegacyText.reads(type.mediaType())) {
                // What the function inspects (and answers as text/plain) for .doc, .xls, .ppt, .rtf.
                String text = LegacyText.extract(bytes, type.mediaType(), DocumentLimits.defaults());
                return new DocumentText(text, List.of(0), List.of(text));
            }
            try (OpenDocument doc = formats.open(type, bytes, DocumentLimits.defaults())) {
                StringBuilder sb = new StringBuilder();
                List<Integer> starts = new ArrayList<>();
                List<String> units = new ArrayList<>();
                for (TextUnit u : doc.units()) {
                    if (!units.isEmpty()) {
                        sb.append(UNIT_SEPARATOR);
                    }
                    starts.add(sb.length());
                    units.add(u.text());
                    sb.append(u.text());
                }
                return new DocumentText(sb.toString(), starts, units);
            }
        } catch (UnreadableDocumentException e) {
            throw new CliException(file + ": " + e.getMessage());
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new CliException(file + ": is a directory");
            }
            long size = Files.size(file);
            long max = DocumentLimits.defaults().maxInputBytes();
            if (size > max) {
                throw new CliException(file + ": too large (" + size + " bytes, limit " + max + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
