package dev.veil.detect.names;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.Set;

/** Placeholder: the offline NAME detector. */
public final class NameDetector implements Detector {
    public static NameDetector create() {
        return new NameDetector();
    }

    @Override
    public String name() {
        return "names";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.NAME);
    }

    @Override
    public List<Finding> detect(TextView text) {
        return List.of();
    }
}
