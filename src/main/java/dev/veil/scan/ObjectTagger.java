package dev.veil.scan;

import java.io.IOException;
import java.util.Map;

/**
 * Writes tags on a scanned object without touching its bytes. Implementations are thread-safe,
 * keep the object's other tags ({@link ScanTags#merge}) and skip the write when the tags are
 * already what they should be, so tagging twice changes nothing.
 */
public interface ObjectTagger {
    /** What a tagging call did. */
    enum Outcome {
        WRITTEN, UNCHANGED;

        public String label() {
            return this == WRITTEN ? "written" : "unchanged";
        }
    }

    /** Sets Veil's tags on the given version of the object ({@code versionId} null: the current one). */
    Outcome tag(String key, String versionId, Map<String, String> veilTags) throws IOException;
}
