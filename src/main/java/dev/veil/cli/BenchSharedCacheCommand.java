package dev.veil.cli;

import dev.veil.detect.BatchDetector;
import dev.veil.detect.BatchResult;
import dev.veil.detect.ContainsResult;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.DetectorVersion;
import dev.veil.pipeline.ObjectPipeline;
import dev.veil.pipeline.ObjectRequest;
import dev.veil.pipeline.ObjectResponse;
import dev.veil.pipeline.ResultCache;
import dev.veil.pipeline.SharedCacheStore;
import dev.veil.pipeline.SharedDetectionCache;
import dev.veil.pipeline.SourceObject;
import dev.veil.pipeline.TransformFactory;
import dev.veil.policy.Caller;
import dev.veil.policy.Policy;
import dev.veil.policy.PolicyParser;
import dev.veil.policy.PrincipalTags;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench sharedcache [FILE…]}: the time of a redact request through the pipeline when
 * the shared detection cache misses (extract, detect, seal and store the findings, rewrite) and
 * when another container hits it (extract, open the entry, rewrite), with the container's answer
 * cache off so that every request reaches the shared tier. The store is in memory, so the figures
 * leave out the table's round trip; {@code --remote-ms} adds a stand-in remote detector that
 * takes that long and finds nothing, as Comprehend's time would be skipped on a hit.
 */
@Command(name = "sharedcache", description = "Redact time per document: shared detection cache miss vs hit.")
final class BenchSharedCacheCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", description = "Measured requests of each kind per document (default: ${DEFAULT-VALUE}); medians are shown.")
    int rounds = 10;

    @Option(names = "--remote-ms", description = "Time of a stand-in remote detector (default: ${DEFAULT-VALUE}, none).")
    long remoteMillis = 0;

    @Option(names = "--synthetic-kb", description = "Size of a generated mixed text also timed (default: ${DEFAULT-VALUE}; 0: none).")
    int syntheticKb = 256;

    @Parameters(paramLabel = "FILE", arity = "0..*")
    List<Path> files = new ArrayList<>(List.of(Path.of("test-documents/text/customers.csv"),
            Path.of("test-documents/office/review.docx"), Path.of("test-documents/office/customers.xlsx"),
            Path.of("test-documents/pdf/letter.pdf")));

    /** Entries in memory: the figures are the pipeline's, without a network round trip. */
    private static final class MemoryStore implements SharedCacheStore {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();

        @Override
        public Optional<byte[]> get(String id, Duration timeout) {
            return Optional.ofNullable(entries.get(id));
        }

        @Override
        public void put(String id, byte[] sealed, Instant expiresAt, Duration timeout) {
            entries.put(id, sealed);
        }
    }

    /** Takes {@code remoteMillis} per call and finds nothing. */
    private final class SlowRemote implements BatchDetector {
        @Override
        public String name() {
            return "stand-in-remote";
        }

        @Override
        public Set<EntityType> types() {
            return Set.of(EntityType.NAME);
        }

        @Override
        public BatchResult detect(List<String> texts, Instant deadline) {
            try {
                Thread.sleep(remoteMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<List<Finding>> none = new ArrayList<>();
            texts.forEach(t -> none.add(List.of()));
            return new BatchResult(none, 0);
        }

        @Override
        public ContainsResult containsAny(List<String> texts, Instant deadline) {
            return new ContainsResult(false, Set.of(), 0);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (rounds < 1 || remoteMillis < 0 || syntheticKb < 0) {
            throw new CliException("--rounds must be at least 1, --remote-ms and --synthetic-kb not negative", 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        KeyRing ring = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        MemoryStore store = new MemoryStore();
        SharedDetectionCache shared = new SharedDetectionCache(store, () -> ring,
                SharedDetectionCache.Settings.defaults(DetectorVersion.current()), Clock.systemUTC(), o -> {
                    if (o == SharedDetectionCache.Outcome.HIT) {
                        hits.incrementAndGet();
                    }
                });
        Policy policy = PolicyParser.parse("{\"mode\":\"redact\"}");
        out.println("| document | KB | miss ms (median) | hit ms (median) | hit/miss |");
        out.println("|---|---:|---:|---:|---:|");
        Map<String, byte[]> documents = new java.util.LinkedHashMap<>();
        try (ObjectPipeline writer = pipeline(shared); ObjectPipeline reader = pipeline(shared)) {
            for (Path f : files) {
                documents.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
            if (syntheticKb > 0) {
                documents.put("synthetic.txt", SyntheticCorpus.generate(syntheticKb * 1024, 7)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            for (var doc : documents.entrySet()) {
                byte[] bytes = doc.getValue();
                String name = doc.getKey();
                request(writer, policy, name, bytes, "\"warm\"");
                request(reader, policy, name, bytes, "\"warm\"");
                long[] miss = new long[rounds];
                long[] hit = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    miss[i] = request(writer, policy, name, bytes, "\"miss-" + i + "\"");
                    hit[i] = request(reader, policy, name, bytes, "\"miss-" + i + "\"");
                }
                double m = median(miss);
                double h = median(hit);
                out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f |%n", name, bytes.length / 1024.0,
                        m / 1e6, h / 1e6, h / m);
            }
        }
        out.printf(Locale.ROOT, "store: in memory; remote detector: %s; rounds: %d; shared-tier hits: %d of %d%n",
                remoteMillis == 0 ? "none" : "stand-in, " + remoteMillis + " ms", rounds, hits.get(),
                (rounds + 1) * documents.size());
        out.flush();
        return 0;
    }

    /** The median, less moved than the mean by a request that waited for a busy machine. */
    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private ObjectPipeline pipeline(SharedDetectionCache shared) {
        return new ObjectPipeline(PrincipalTags.NONE, TransformFactory.withoutKeys(),
                remoteMillis > 0 ? new SlowRemote() : null, r -> { }, Clock.systemUTC(), ResultCache.off(), shared);
    }

    /** One redact request for a new (miss) or known (hit) ETag; nanoseconds. */
    private static long request(ObjectPipeline p, Policy policy, String name, byte[] bytes, String etag) {
        ObjectRequest req = new ObjectRequest("bench", "bench", "ap", Caller.of("arn:aws:iam::111122223333:user/bench",
                "111122223333"), "bench", name, "", "", 0, false);
        long start = System.nanoTime();
        ObjectResponse r = p.handle(req, policy, (d, m) -> new SourceObject(200, Map.of("ETag", etag), bytes),
                Deadline.in(Duration.ofMinutes(1), Clock.systemUTC()));
        long took = System.nanoTime() - start;
        if (r.status() != 200) {
            throw new CliException(name + ": " + r.status() + " " + r.errorCode());
        }
        return took;
    }
}
