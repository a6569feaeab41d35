package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import java.util.Set;

/** A detector that reports {@link EntityType#ADDRESS} alone, under its name: what the hand-written address detectors share. */
abstract class AddressDetector implements Detector {
    private static final Set<EntityType> TYPES = Set.of(EntityType.ADDRESS);
    private final String name;

    AddressDetector(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<EntityType> types() {
        return TYPES;
    }
}
