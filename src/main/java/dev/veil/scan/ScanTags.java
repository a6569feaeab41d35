package dev.veil.scan;

import dev.veil.detect.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The S3 object tags that {@code veil scan --tag} writes, so bucket policies, lifecycle rules and
 * access-point rules can act on them: {@code pii=true|false}, {@code pii-level=none|low|medium|high}
 * and, when something was found, {@code pii-types} with the type names in alphabetical order
 * joined by {@value #TYPE_SEPARATOR} (a comma is not among the characters AWS allows in tag
 * values), cut to whole names within S3's {@value #MAX_VALUE_LENGTH}-character limit.
 */
public final class ScanTags {
    public static final String PII = "pii";
    public static final String PII_LEVEL = "pii-level";
    public static final String PII_TYPES = "pii-types";
    public static final String TYPE_SEPARATOR = ":";
    /** S3's limits: tags per object and characters per tag value. */
    public static final int MAX_TAGS = 10;
    public static final int MAX_VALUE_LENGTH = 256;

    private ScanTags() {
    }

    /** The Veil tags for a scanned object. */
    public static Map<String, String> forRecord(ScanRecord record) {
        if (record.status() != ScanStatus.SCANNED) {
            throw new IllegalArgumentException("only scanned objects are tagged");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(PII, Boolean.toString(record.findings() > 0));
        tags.put(PII_LEVEL, record.level().label());
        String types = typeList(record.counts());
        if (!types.isEmpty()) {
            tags.put(PII_TYPES, types);
        }
        return tags;
    }

    static String typeList(Map<EntityType, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (String name : counts.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey().name())
                .collect(Collectors.toCollection(TreeSet::new))) {
            int extra = (sb.length() == 0 ? 0 : TYPE_SEPARATOR.length()) + name.length();
            if (sb.length() + extra > MAX_VALUE_LENGTH) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : TYPE_SEPARATOR).append(name);
        }
        return sb.toString();
    }

    /**
     * The object's tags after tagging: its other tags kept as they are, Veil's tags set, and a
     * {@code pii-types} tag from an earlier scan removed when nothing is found now. Fails when the
     * result would exceed S3's {@value #MAX_TAGS} tags per object, rather than drop a tag someone
     * else relies on.
     */
    public static Map<String, String> merge(Map<String, String> existing, Map<String, String> veil) {
        Map<String, String> merged = new LinkedHashMap<>(existing);
        merged.remove(PII_TYPES);
        merged.putAll(veil);
        if (merged.size() > MAX_TAGS) {
            throw new IllegalStateException("object has " + existing.size() + " tags; adding Veil's would exceed "
                    + MAX_TAGS);
        }
        return merged;
    }
}
