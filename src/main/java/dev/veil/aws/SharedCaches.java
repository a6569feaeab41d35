package dev.veil.aws;

import dev.veil.pipeline.DetectorVersion;
import dev.veil.pipeline.SharedDetectionCache;
import dev.veil.transform.KeyRing;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The shared detection cache as the function's environment configures it; off unless
 * {@value #CACHE_ENV} names a store. Entries are sealed with a key derived from the function's
 * key ring, so the cache also needs a key source ({@code VEIL_KEY_FILE}, SSM or Secrets Manager);
 * without one it stays off, with a warning.
 */
public final class SharedCaches {
    /** {@code dynamodb:TABLE} turns the shared tier on (default off). */
    public static final String CACHE_ENV = "VEIL_SHARED_CACHE";
    /** Seconds an entry is used after it was written (default 86400, one day). */
    public static final String TTL_ENV = "VEIL_SHARED_CACHE_TTL_SECONDS";
    /** Milliseconds a read or a write of the store may take (default 300). */
    public static final String TIMEOUT_ENV = "VEIL_SHARED_CACHE_TIMEOUT_MS";
    /** A DynamoDB endpoint override (a local server); unset in AWS. */
    public static final String DYNAMODB_ENDPOINT_ENV = "VEIL_DYNAMODB_ENDPOINT";
    private static final Logger LOG = LoggerFactory.getLogger(SharedCaches.class);
    private static final String DYNAMODB = "dynamodb:";

    private SharedCaches() {
    }

    /**
     * @param keys           the function's key ring
     * @param keysConfigured whether the environment names a key source at all
     */
    public static SharedDetectionCache fromEnvironment(Map<String, String> env, Region region, Supplier<KeyRing> keys,
                                                       boolean keysConfigured, Clock clock) {
        String store = env.getOrDefault(CACHE_ENV, "off").trim();
        if (store.isEmpty() || store.equalsIgnoreCase("off")) {
            return SharedDetectionCache.off();
        }
        if (!store.startsWith(DYNAMODB) || store.length() == DYNAMODB.length()) {
            throw new IllegalStateException(CACHE_ENV + " must be off or dynamodb:TABLE");
        }
        if (!keysConfigured) {
            LOG.warn("{} is set but no key source is configured: the shared detection cache stays off", CACHE_ENV);
            return SharedDetectionCache.off();
        }
        Duration timeout = Duration.ofMillis(Long.parseLong(env.getOrDefault(TIMEOUT_ENV, "300")));
        SharedDetectionCache.Settings settings = new SharedDetectionCache.Settings(
                Duration.ofSeconds(Long.parseLong(env.getOrDefault(TTL_ENV, "86400"))), timeout, timeout,
                DetectorVersion.current());
        String endpoint = env.get(DYNAMODB_ENDPOINT_ENV);
        Supplier<DynamoDbClient> client = () -> {
            var b = DynamoDbClient.builder().region(region).httpClient(UrlConnectionHttpClient.create());
            if (endpoint != null && !endpoint.isBlank()) {
                b.endpointOverride(URI.create(endpoint));
            }
            return b.build();
        };
        return new SharedDetectionCache(new DynamoDbSharedCacheStore(client, store.substring(DYNAMODB.length())), keys,
                settings, clock, new SharedCacheMetrics(clock));
    }
}
