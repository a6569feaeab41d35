package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.pipeline.DetectorVersion;
import dev.veil.pipeline.SharedDetectionCache;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** The shared cache's settings from the environment, and its metric lines. */
class SharedCachesTest {
    static SharedDetectionCache from(Map<String, String> env, boolean keys) {
        return SharedCaches.fromEnvironment(env, Region.US_EAST_1, () -> null, keys, Clock.systemUTC());
    }

    @Test
    void offUnlessATableIsNamedAndAKeySourceIsConfigured() {
        assertFalse(from(Map.of(), true).enabled());
        assertFalse(from(Map.of(SharedCaches.CACHE_ENV, "off"), true).enabled());
        assertFalse(from(Map.of(SharedCaches.CACHE_ENV, "dynamodb:veil-detections"), false).enabled(), "no key");
        assertTrue(from(Map.of(SharedCaches.CACHE_ENV, "dynamodb:veil-detections",
                SharedCaches.TTL_ENV, "3600", SharedCaches.TIMEOUT_ENV, "100"), true).enabled());
    }

    @Test
    void anUnknownStoreOrABadTtlIsAConfigurationError() {
        assertThrows(IllegalStateException.class, () -> from(Map.of(SharedCaches.CACHE_ENV, "s3://bucket/x"), true));
        assertThrows(IllegalStateException.class, () -> from(Map.of(SharedCaches.CACHE_ENV, "dynamodb:"), true));
        assertThrows(IllegalArgumentException.class, () -> from(Map.of(SharedCaches.CACHE_ENV, "dynamodb:t",
                SharedCaches.TTL_ENV, "0"), true));
    }

    @Test
    void theBuildNamesItsDetectorVersion() {
        String v = DetectorVersion.current();
        assertFalse(v.startsWith("unbuilt-"), "Maven writes detector-version.properties");
        assertEquals(v, DetectorVersion.current());
    }

    @Test
    void eachOutcomeIsOneEmfMetric() throws Exception {
        JsonNode line = new ObjectMapper().readTree(SharedCacheMetrics.toJson(SharedDetectionCache.Outcome.READ_FAILED, 42));
        assertEquals("Veil", line.at("/_aws/CloudWatchMetrics/0/Namespace").asText());
        assertEquals("SharedCache_READ_FAILED", line.at("/_aws/CloudWatchMetrics/0/Metrics/0/Name").asText());
        assertEquals(1, line.path("SharedCache_READ_FAILED").asInt());
        assertEquals(42, line.at("/_aws/Timestamp").asLong());
    }
}
