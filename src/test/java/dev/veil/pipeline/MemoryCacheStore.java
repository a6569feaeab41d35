package dev.veil.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A shared-cache store in memory, for tests: it can be taken down, and counts its calls. */
final class MemoryCacheStore implements SharedCacheStore {
    final Map<String, byte[]> entries = new ConcurrentHashMap<>();
    final AtomicInteger gets = new AtomicInteger();
    final AtomicInteger puts = new AtomicInteger();
    volatile boolean down;

    @Override
    public Optional<byte[]> get(String id, Duration timeout) {
        gets.incrementAndGet();
        if (down) {
            throw new IllegalStateException("store unavailable");
        }
        return Optional.ofNullable(entries.get(id)).map(byte[]::clone);
    }

    @Override
    public void put(String id, byte[] sealed, Instant expiresAt, Duration timeout) {
        puts.incrementAndGet();
        if (down) {
            throw new IllegalStateException("store unavailable");
        }
        entries.put(id, sealed.clone());
    }
}
