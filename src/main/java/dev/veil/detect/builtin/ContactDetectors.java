package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import java.util.List;

/** Placeholder: filled in by its family's work. */
public final class ContactDetectors {
    private ContactDetectors() {
    }

    public static List<Detector> all() {
        return List.of();
    }
}
