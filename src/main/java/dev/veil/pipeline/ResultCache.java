package dev.veil.pipeline;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers already computed in this container, so that a second GET of the same object version by
 * a caller with the same policy and mode skips extraction, detection (and Comprehend) and
 * transformation. Keyed by object identity (bucket, key, ETag, version) and the policy's
 * fingerprint, mode and token key id: any change misses. Holds answers only (redacted or
 * tokenised bytes, or a deny decision), never an original; bounded by total bytes, least recently
 * used first out. Thread-safe.
 */
public final class ResultCache {
    /** What identifies one answer. */
    public record Key(String bucket, String key, String etag, String versionId, String policy, String mode,
                      String keyId) {
    }

    /**
     * A cached answer: the whole (unranged) response and the entity counts for the audit record.
     * {@code clean} marks a deny-mode object with nothing found: its answer is the original, which
     * is not kept here, so the entry holds no body and the caller serves the bytes it fetched.
     */
    public record Entry(ObjectResponse response, Map<String, Integer> entities, String format, boolean clean) {
        long weight() {
            return response.body().length + 512L;
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    /** @param maxBytes the most answer bytes held (0 turns the cache off) */
    public ResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static ResultCache off() {
        return new ResultCache(0);
    }

    public synchronized Optional<Entry> get(Key k) {
        Entry e = entries.get(k);
        if (e == null) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(e);
    }

    public synchronized void put(Key k, Entry e) {
        if (e.weight() > maxBytes / 4) {
            return;
        }
        Entry old = entries.put(k, e);
        if (old != null) {
            bytes -= old.weight();
        }
        bytes += e.weight();
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().getValue().weight();
            it.remove();
        }
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    public synchronized int size() {
        return entries.size();
    }
}
