package dev.veil.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.CustomPattern;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.DetectionSettings;
import dev.veil.detect.EntityType;
import dev.veil.detect.ScoreModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Detection options shared by commands: {@code --types}, {@code --min-score}, {@code --config}.
 * The config file is JSON: {@code {"entities": [...], "minScore": 0.5, "allowList": [...],
 * "customPatterns": [{"name", "type", "pattern", "score", "context": [...], "contextRequired"}]}};
 * unknown keys are an error.
 */
final class DetectOptions {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Set<String> TOP_KEYS = Set.of("entities", "minScore", "allowList", "customPatterns");
    private static final Set<String> PATTERN_KEYS =
            Set.of("name", "type", "pattern", "score", "context", "contextRequired");

    @Option(names = "--types", split = ",", paramLabel = "T",
            description = "Only report these entity types (comma-separated).")
    List<String> types = new ArrayList<>();

    @Option(names = "--min-score", paramLabel = "S", description = "Minimum score (default: 0.5, or the config's).")
    Double minScore;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Detection settings (JSON: entities, minScore, allowList, customPatterns).")
    Path config;

    DetectionEngine engine() {
        DetectionSettings base = config == null ? DetectionSettings.defaults() : load(config);
        Set<EntityType> ts = types.isEmpty() ? base.types() : parseTypes(types);
        double s = minScore != null ? minScore : base.minScore();
        return new DetectionSettings(ts, s, base.allowList(), base.customPatterns()).engine();
    }

    static Set<EntityType> parseTypes(List<String> names) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String n : names) {
            try {
                out.add(EntityType.valueOf(n.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CliException("unknown entity type '" + n.trim() + "'", 2);
            }
        }
        return out;
    }

    static DetectionSettings load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new CliException(file + ": not valid JSON", 2);
        }
        if (root == null || !root.isObject()) {
            throw new CliException(file + ": must be a JSON object", 2);
        }
        checkKeys(root, TOP_KEYS, file + "");
        List<String> entities = strings(root.get("entities"), "entities");
        double min = root.has("minScore") ? root.get("minScore").asDouble(-1) : ScoreModel.DEFAULT_MIN_SCORE;
        List<String> allow = strings(root.get("allowList"), "allowList");
        List<CustomPattern> patterns = new ArrayList<>();
        JsonNode ps = root.get("customPatterns");
        if (ps != null) {
            for (JsonNode p : ps) {
                checkKeys(p, PATTERN_KEYS, "customPatterns");
                try {
                    patterns.add(new CustomPattern(p.path("name").asText(), parseTypes(
                            List.of(p.path("type").asText())).iterator().next(),
                            p.path("pattern").asText(null), p.path("score").asDouble(0.6),
                            strings(p.get("context"), "context"), p.path("contextRequired").asBoolean(false)));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new CliException(file + ": " + e.getMessage(), 2);
                }
            }
        }
        try {
            DetectionSettings s = new DetectionSettings(parseTypes(entities), min, allow, patterns);
            s.engine(); // compile custom patterns now, so a bad one fails at load
            return s;
        } catch (IllegalArgumentException e) {
            throw new CliException(file + ": " + e.getMessage(), 2);
        }
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new CliException(where + ": unknown key '" + k + "'", 2);
            }
        }
    }

    private static List<String> strings(JsonNode n, String what) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            throw new CliException("'" + what + "' must be an array of strings", 2);
        }
        n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
