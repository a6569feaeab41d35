package dev.veil.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.pipeline.AuditRecord;
import dev.veil.pipeline.AuditSink;
import java.time.Clock;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CloudWatch metrics in Embedded Metric Format: one JSON line per request on the
 * {@code veil.metrics} logger, which Lambda sends to CloudWatch Logs where the metrics are
 * extracted. Namespace {@code Veil}, dimension {@code AccessPoint}; metrics {@code Requests},
 * {@code Denials}, {@code Errors}, {@code LatencyMs}, {@code ComprehendUnits} and one
 * {@code Findings_<TYPE>} per entity type found. Never a value, key name or URL.
 */
public final class EmfMetrics implements AuditSink {
    public static final String NAMESPACE = "Veil";
    private static final Logger LOG = LoggerFactory.getLogger("veil.metrics");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public EmfMetrics(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void record(AuditRecord r) {
        LOG.info(toJson(r, clock.millis()));
    }

    /** The EMF document for one request. */
    public static String toJson(AuditRecord r, long timestampMillis) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode aws = root.putObject("_aws");
        aws.put("Timestamp", timestampMillis);
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add("AccessPoint");
        ArrayNode metrics = directive.putArray("Metrics");
        root.put("AccessPoint", accessPointName(r.accessPoint()));
        metric(metrics, root, "Requests", "Count", 1);
        metric(metrics, root, "Denials", "Count", r.decision().equals("deny") ? 1 : 0);
        metric(metrics, root, "Errors", "Count", r.decision().equals("error") ? 1 : 0);
        metric(metrics, root, "LatencyMs", "Milliseconds", r.durationMs());
        metric(metrics, root, "ComprehendUnits", "Count", r.comprehendUnits());
        new TreeMap<>(r.entities()).forEach((type, n) -> metric(metrics, root, "Findings_" + type, "Count", n));
        return root.toString();
    }

    private static void metric(ArrayNode metrics, ObjectNode root, String name, String unit, long value) {
        metrics.addObject().put("Name", name).put("Unit", unit);
        root.put(name, value);
    }

    /** The access point's name (the part after {@code accesspoint/}), or the value as given. */
    static String accessPointName(String arnOrAlias) {
        int i = arnOrAlias.lastIndexOf("accesspoint/");
        return i < 0 ? arnOrAlias : arnOrAlias.substring(i + "accesspoint/".length());
    }
}
