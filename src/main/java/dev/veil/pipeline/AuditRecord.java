package dev.veil.pipeline;

import java.util.Map;

/**
 * What one request did, for the audit log and the metrics. Holds no value, no document text, no
 * key and no URL: only who, what object, which decision, counts, sizes and timings.
 *
 * @param decision        {@code pass}, {@code redact}, {@code tokenise}, {@code deny} (personal data found,
 *                        403), {@code clean} (deny mode, nothing found, original passed), {@code error}
 * @param rule            the policy rule that chose the mode ({@code callers[0]}, {@code default}, …)
 * @param entities        findings per entity type name
 * @param comprehendUnits Amazon Comprehend units billed for this request (0 when it is off)
 * @param cached          the answer came from the container's {@link ResultCache}
 */
public record AuditRecord(String requestId, String frontDoor, String principal, String account, String accessPoint,
                          String bucket, String key, String versionId, String mode, String rule, String decision,
                          int status, String errorCode, String format, Map<String, Integer> entities, long bytesIn,
                          long bytesOut, long durationMs, long comprehendUnits, String policy, boolean cached) {
    /** The fixed keyword that marks a denial, for CloudWatch subscription filters and alarms. */
    public static final String DENIED_KEYWORD = "PII_ACCESS_DENIED";

    public AuditRecord {
        entities = Map.copyOf(entities);
    }
}
