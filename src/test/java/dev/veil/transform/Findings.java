package dev.veil.transform;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;

/** Builds findings for tests by locating a value in a text. */
final class Findings {
    private Findings() {
    }

    static Finding at(String text, String value, EntityType type) {
        return at(text, value, type, 0);
    }

    static Finding at(String text, String value, EntityType type, int fromIndex) {
        int start = text.indexOf(value, fromIndex);
        if (start < 0) {
            throw new IllegalArgumentException("value not in text");
        }
        return new Finding(type, start, start + value.length(), 0.9, "test", Explanation.of("test", 0.9));
    }
}
