package dev.veil.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one JSON line per request to the {@code veil.audit} logger. A denial carries
 * {@code "event":"PII_ACCESS_DENIED"} so that a subscription filter or metric filter matches it
 * with a fixed term.
 */
public final class AuditLog implements AuditSink {
    private static final Logger LOG = LoggerFactory.getLogger("veil.audit");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void record(AuditRecord r) {
        LOG.info(toJson(r));
    }

    /** The audit line for {@code r}. */
    public static String toJson(AuditRecord r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("event", r.decision().equals("deny") ? AuditRecord.DENIED_KEYWORD : "VEIL_ACCESS");
        o.put("requestId", r.requestId());
        o.put("frontDoor", r.frontDoor());
        o.put("principal", r.principal());
        o.put("account", r.account());
        o.put("accessPoint", r.accessPoint());
        o.put("bucket", r.bucket());
        o.put("key", r.key());
        o.put("versionId", r.versionId());
        o.put("mode", r.mode());
        o.put("rule", r.rule());
        o.put("decision", r.decision());
        o.put("status", r.status());
        if (r.errorCode() != null) {
            o.put("errorCode", r.errorCode());
        }
        o.put("format", r.format());
        ObjectNode counts = o.putObject("entities");
        new TreeMap<>(r.entities()).forEach(counts::put);
        o.put("bytesIn", r.bytesIn());
        o.put("bytesOut", r.bytesOut());
        o.put("durationMs", r.durationMs());
        o.put("comprehendUnits", r.comprehendUnits());
        o.put("policy", r.policy());
        o.put("cached", r.cached());
        return o.toString();
    }
}
