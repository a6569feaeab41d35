package dev.veil.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.detect.EntityType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a scan learned about one object, one JSON Lines record: key, version, size, format,
 * status with a reason, counts per entity type, the highest score and the sensitivity level.
 * Holds no value and no text of the object, only counts and scores.
 *
 * @param versionId S3 version id, or null (unversioned bucket, or a file)
 * @param format    short format name ({@code csv}, {@code docx}, …) or the media type when Veil has no format for it
 * @param reason    why the object was not scanned, or null when it was
 * @param counts    findings per entity type
 * @param maxScore  highest score of any finding, 0 when there is none
 * @param level     sensitivity, or null when the object was not scanned
 * @param tagging   what {@code --tag} did ({@code written}, {@code unchanged}, {@code failed: …}), or null
 */
public record ScanRecord(String key, String versionId, String etag, long size, String format, ScanStatus status,
                         String reason, Map<EntityType, Integer> counts, double maxScore, Sensitivity level,
                         String tagging) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ScanRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(status, "status");
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** A scanned object; the level follows from the counts ({@link Sensitivity#of}). */
    public static ScanRecord scanned(ObjectRef ref, String versionId, String format, Map<EntityType, Integer> counts,
                                     double maxScore) {
        return new ScanRecord(ref.key(), versionId, ref.etag(), ref.size(), format, ScanStatus.SCANNED, null, counts,
                maxScore, Sensitivity.of(counts), null);
    }

    /** An object that was not scanned, with the reason (which never quotes the object's content). */
    public static ScanRecord notScanned(ObjectRef ref, String versionId, String format, ScanStatus status,
                                        String reason) {
        return new ScanRecord(ref.key(), versionId, ref.etag(), ref.size(), format, status, reason, Map.of(), 0,
                null, null);
    }

    public int findings() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public ScanRecord withTagging(String outcome) {
        return new ScanRecord(key, versionId, etag, size, format, status, reason, counts, maxScore, level, outcome);
    }

    /** The record as one line of JSON (no line break). */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", key);
        o.put("versionId", versionId);
        o.put("etag", etag);
        o.put("size", size);
        o.put("format", format);
        o.put("status", status.label());
        o.put("reason", reason);
        o.put("findings", findings());
        ObjectNode types = o.putObject("types");
        new TreeMap<>(counts).forEach((t, n) -> types.put(t.name(), n));
        o.put("maxScore", Math.round(maxScore * 1000) / 1000.0);
        o.put("level", level == null ? null : level.label());
        if (tagging != null) {
            o.put("tagging", tagging);
        }
        return o.toString();
    }

    /** Parses a line written by {@link #toJson}; a malformed line is an {@link IllegalArgumentException}. */
    public static ScanRecord parse(String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON record");
        }
        if (o == null || !o.isObject() || !o.path("key").isTextual() || !o.path("etag").isTextual()) {
            throw new IllegalArgumentException("not a scan record");
        }
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        o.path("types").fields().forEachRemaining(e -> counts.put(EntityType.valueOf(e.getKey()), e.getValue().asInt()));
        return new ScanRecord(o.get("key").asText(), text(o, "versionId"), o.get("etag").asText(),
                o.path("size").asLong(), text(o, "format"), ScanStatus.ofLabel(o.path("status").asText()),
                text(o, "reason"), counts, o.path("maxScore").asDouble(),
                o.hasNonNull("level") ? Sensitivity.ofLabel(o.get("level").asText()) : null, text(o, "tagging"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
