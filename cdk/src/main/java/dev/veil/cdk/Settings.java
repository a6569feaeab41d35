package dev.veil.cdk;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Typed reads from one JSON object that remember which keys were read, to reject the rest. */
final class Settings {
    private final Map<String, Object> raw;
    private final String where;
    private final Set<String> read = new HashSet<>();

    Settings(Map<String, Object> raw) {
        this(raw, "config");
    }

    Settings(Map<String, Object> raw, String where) {
        this.raw = raw;
        this.where = where;
    }

    String string(String key, String fallback) {
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw wrong(key, "a string");
        }
        return s;
    }

    int integer(String key, int fallback) {
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer i)) {
            throw wrong(key, "a whole number");
        }
        return i;
    }

    boolean bool(String key, boolean fallback) {
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw wrong(key, "true or false");
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String key, Map<String, Object> fallback) {
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Map<?, ?>)) {
            throw wrong(key, "an object");
        }
        return (Map<String, Object>) v;
    }

    List<String> strings(String key) {
        Object v = take(key);
        if (!(v instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw wrong(key, "a list of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> objects(String key) {
        Object v = take(key);
        if (!(v instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            throw wrong(key, "a list of objects");
        }
        return list.stream().map(o -> (Map<String, Object>) o).toList();
    }

    /** Fails on any key that no read asked for (a typo must not silently fall back to a default). */
    void requireAllRead() {
        Set<String> unknown = new TreeSet<>(raw.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new ConfigException(where + ": unknown key(s) " + unknown);
        }
    }

    private Object take(String key) {
        read.add(key);
        return raw.get(key);
    }

    private ConfigException wrong(String key, String what) {
        return new ConfigException(where + ": \"" + key + "\" must be " + what);
    }
}
