package dev.veil.pipeline;

/** Where audit records go: the JSON audit log, metrics, or both. Must not throw. */
public interface AuditSink {
    void record(AuditRecord record);

    /** Records to each sink in turn. */
    static AuditSink all(AuditSink... sinks) {
        return r -> {
            for (AuditSink s : sinks) {
                s.record(r);
            }
        };
    }
}
