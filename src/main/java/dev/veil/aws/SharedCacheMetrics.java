package dev.veil.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.pipeline.SharedDetectionCache;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared detection cache's outcomes as CloudWatch metrics in Embedded Metric Format, one line
 * per outcome on the {@code veil.metrics} logger: namespace {@code Veil}, no dimension, metric
 * {@code SharedCache_<OUTCOME>} ({@code HIT}, {@code MISS}, {@code REJECTED}, {@code READ_FAILED},
 * {@code STORED}, {@code WRITE_FAILED}, {@code UNAVAILABLE}) with value 1. An alarm on
 * {@code SharedCache_READ_FAILED} shows a failing table, which costs detection time, never answers.
 */
public final class SharedCacheMetrics implements SharedDetectionCache.Listener {
    private static final Logger LOG = LoggerFactory.getLogger("veil.metrics");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public SharedCacheMetrics(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void on(SharedDetectionCache.Outcome outcome) {
        LOG.info(toJson(outcome, clock.millis()));
    }

    /** The EMF document for one outcome. */
    static String toJson(SharedDetectionCache.Outcome outcome, long timestampMillis) {
        String name = "SharedCache_" + outcome.name().toUpperCase(Locale.ROOT);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode aws = root.putObject("_aws");
        aws.put("Timestamp", timestampMillis);
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", EmfMetrics.NAMESPACE);
        directive.putArray("Dimensions").addArray();
        directive.putArray("Metrics").addObject().put("Name", name).put("Unit", "Count");
        root.put(name, 1);
        return root.toString();
    }
}
