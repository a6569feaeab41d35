package dev.veil.detect.builtin;

import dev.veil.detect.Detector;

/** Looks up one detector of the contact family by name. */
final class ContactTestSupport {
    private ContactTestSupport() {
    }

    static Detector detector(String name) {
        return ContactDetectors.all().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no detector " + name));
    }
}
