package dev.veil.detect;

import dev.veil.detect.builtin.ContactDetectors;
import dev.veil.detect.builtin.FinancialDetectors;
import dev.veil.detect.builtin.NationalIdDetectors;
import dev.veil.detect.names.NameDetector;
import java.util.ArrayList;
import java.util.List;

/** Every detector Veil ships, one list per family. */
public final class BuiltInDetectors {
    private BuiltInDetectors() {
    }

    public static List<Detector> all() {
        List<Detector> all = new ArrayList<>();
        all.addAll(FinancialDetectors.all());
        all.addAll(NationalIdDetectors.all());
        all.addAll(ContactDetectors.all());
        all.add(NameDetector.create());
        return List.copyOf(all);
    }
}
