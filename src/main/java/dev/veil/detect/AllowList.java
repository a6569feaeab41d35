package dev.veil.detect;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Values that are never reported (a company's own switchboard number, a public support address).
 * Compared after normalising case and whitespace. Holds values, so it must never be logged.
 */
public final class AllowList {
    private static final AllowList EMPTY = new AllowList(Set.of());
    private final Set<String> values;

    private AllowList(Set<String> values) {
        this.values = values;
    }

    public static AllowList empty() {
        return EMPTY;
    }

    public static AllowList of(Collection<String> values) {
        Set<String> norm = new HashSet<>();
        for (String v : values) {
            norm.add(normalise(v));
        }
        return new AllowList(Set.copyOf(norm));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean allows(CharSequence value) {
        return !values.isEmpty() && values.contains(normalise(value));
    }

    public int size() {
        return values.size();
    }

    static String normalise(CharSequence v) {
        return v.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "AllowList[" + values.size() + " values]";
    }
}
