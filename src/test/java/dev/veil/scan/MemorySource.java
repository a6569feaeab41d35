package dev.veil.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Objects held in memory; counts reads per key and the most reads in flight at once. */
final class MemorySource implements ScanSource {
    private final Map<String, byte[]> objects = new TreeMap<>();
    final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    MemorySource put(String key, String text) {
        objects.put(key, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public List<ObjectRef> list() {
        List<ObjectRef> refs = new ArrayList<>();
        objects.forEach((k, v) -> refs.add(new ObjectRef(k, Integer.toHexString(java.util.Arrays.hashCode(v)), v.length)));
        return refs;
    }

    @Override
    public ObjectContent read(ObjectRef ref) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            reads.computeIfAbsent(ref.key(), k -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(5); // long enough for workers to overlap
            byte[] b = objects.get(ref.key());
            if (b == null) {
                throw new ScanSourceException("no such object");
            }
            return new ObjectContent(b, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
