package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import java.util.ArrayList;
import java.util.List;

/**
 * National identifiers, identity documents and vehicles: UK, India, EU countries, Canada,
 * Australia and Singapore identifiers, passports, driving licences, VINs and licence plates.
 * Each family lives in its own package-private class; this one lists them.
 */
public final class NationalIdDetectors {
    private NationalIdDetectors() {
    }

    public static List<Detector> all() {
        List<Detector> all = new ArrayList<>();
        all.addAll(UkIdDetectors.all());
        all.addAll(IndiaIdDetectors.all());
        all.addAll(EuropeanIdDetectors.all());
        all.addAll(OtherNationalIdDetectors.all());
        all.addAll(DocumentDetectors.all());
        all.addAll(VehicleDetectors.all());
        return List.copyOf(all);
    }
}
