package dev.veil.detect;

import java.util.List;
import java.util.Objects;

/**
 * A pattern from configuration: a regular expression (RE2 syntax, matched in linear time, so a
 * user's pattern cannot hang a scan), the type it reports, a score, and optional context words
 * that raise the score or, when {@code contextRequired}, are needed at all.
 */
public record CustomPattern(String name, EntityType type, String regex, double score,
                            List<String> context, boolean contextRequired) {
    public CustomPattern {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(regex, "regex");
        context = context == null ? List.of() : List.copyOf(context);
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("custom pattern " + name + ": score out of [0,1]");
        }
        if (contextRequired && context.isEmpty()) {
            throw new IllegalArgumentException("custom pattern " + name + ": context required but none given");
        }
    }
}
