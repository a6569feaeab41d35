package dev.veil.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.UUID;

/**
 * Which detection code this build runs, for the shared detection cache's keys: findings cached by
 * one build are not used by another, whose detectors may find something else in the same text.
 * The build writes the project version and its own time into {@code detector-version.properties};
 * classes run without that resource (not built by Maven) get a value unique to the process, so
 * they share nothing.
 */
public final class DetectorVersion {
    private static final String RESOURCE = "detector-version.properties";

    private DetectorVersion() {
    }

    /** The build's detector version, or a value no other process has. */
    public static String current() {
        try (InputStream in = DetectorVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("build", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: an unknown build shares nothing
        }
        return "unbuilt-" + UUID.randomUUID();
    }
}
