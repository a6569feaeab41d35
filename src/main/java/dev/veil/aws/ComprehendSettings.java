package dev.veil.aws;

import dev.veil.detect.EntityType;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link ComprehendDetector} calls Amazon Comprehend.
 *
 * @param languageCode     {@code en} or {@code es} ({@code ContainsPiiEntities} takes {@code en} only)
 * @param types            the types reported; others Comprehend finds are dropped
 * @param maxChunkBytes    UTF-8 bytes per request (the service's limit is 100 KB)
 * @param overlapChars     characters shared by neighbouring chunks, so a value on a cut is seen whole
 * @param parallelism      requests in flight at once (Comprehend throttles at a few tens per second)
 * @param maxAttempts      attempts per request when throttled or answered with a 5xx
 * @param baseBackoff      first retry pause; doubled per attempt, with full jitter
 * @param maxBackoff       longest retry pause
 * @param containsMinScore a {@code ContainsPiiEntities} label counts from this score on
 */
public record ComprehendSettings(String languageCode, Set<EntityType> types, int maxChunkBytes, int overlapChars,
                                 int parallelism, int maxAttempts, Duration baseBackoff, Duration maxBackoff,
                                 double containsMinScore) {
    /** The service's per-request limit for DetectPiiEntities and ContainsPiiEntities. */
    public static final int SERVICE_MAX_BYTES = 100_000;

    public ComprehendSettings {
        Objects.requireNonNull(languageCode, "languageCode");
        types = Set.copyOf(types);
        Objects.requireNonNull(baseBackoff, "baseBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (types.isEmpty() || types.stream().anyMatch(t -> !t.isComprehendType())) {
            throw new IllegalArgumentException("types must be Comprehend types, at least one");
        }
        if (maxChunkBytes > SERVICE_MAX_BYTES || parallelism < 1) {
            throw new IllegalArgumentException("need maxChunkBytes <= " + SERVICE_MAX_BYTES + " and parallelism >= 1");
        }
        if (!(containsMinScore >= 0 && containsMinScore <= 1)) {
            throw new IllegalArgumentException("containsMinScore out of [0,1]");
        }
    }

    /** English, every Comprehend type, 100 KB chunks overlapping by 200 characters, 4 in flight. */
    public static ComprehendSettings defaults() {
        return new ComprehendSettings("en", comprehendTypes(), SERVICE_MAX_BYTES, 200, 4, 5,
                Duration.ofMillis(100), Duration.ofSeconds(2), 0.5);
    }

    public ComprehendSettings withLanguage(String code) {
        return new ComprehendSettings(code, types, maxChunkBytes, overlapChars, parallelism, maxAttempts,
                baseBackoff, maxBackoff, containsMinScore);
    }

    public ComprehendSettings withTypes(Set<EntityType> only) {
        return new ComprehendSettings(languageCode, only, maxChunkBytes, overlapChars, parallelism, maxAttempts,
                baseBackoff, maxBackoff, containsMinScore);
    }

    public ComprehendSettings withChunks(int bytes, int overlap) {
        return new ComprehendSettings(languageCode, types, bytes, overlap, parallelism, maxAttempts,
                baseBackoff, maxBackoff, containsMinScore);
    }

    public ComprehendSettings withRetries(int attempts, Duration base, Duration max) {
        return new ComprehendSettings(languageCode, types, maxChunkBytes, overlapChars, parallelism, attempts,
                base, max, containsMinScore);
    }

    public ComprehendSettings withParallelism(int n) {
        return new ComprehendSettings(languageCode, types, maxChunkBytes, overlapChars, n, maxAttempts,
                baseBackoff, maxBackoff, containsMinScore);
    }

    /** The 36 types Comprehend reports. */
    public static Set<EntityType> comprehendTypes() {
        EnumSet<EntityType> all = EnumSet.noneOf(EntityType.class);
        Arrays.stream(EntityType.values()).filter(EntityType::isComprehendType).forEach(all::add);
        return all;
    }
}
