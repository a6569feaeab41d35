package dev.veil.aws;

import dev.veil.detect.BatchDetector;
import dev.veil.detect.BatchResult;
import dev.veil.detect.ContainsResult;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.JoinedTexts;
import dev.veil.detect.RemoteDetectionException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.comprehend.ComprehendClient;
import software.amazon.awssdk.services.comprehend.model.EntityLabel;
import software.amazon.awssdk.services.comprehend.model.PiiEntity;

/**
 * Amazon Comprehend's {@code DetectPiiEntities} as a {@link BatchDetector}. The texts are joined
 * with line breaks ({@link JoinedTexts}), line breaks inside running text are sent as spaces (so a
 * name broken across lines is seen), and the stream is cut into chunks of at most 100 KB of UTF-8
 * that overlap a little ({@link ComprehendChunker}). Chunks are sent a few at a time, throttling
 * is retried ({@link ThrottleRetry}), Comprehend's code point offsets are turned into UTF-16
 * indices, and the chunks' findings are joined by position ({@link ChunkedFindings}).
 *
 * <p>Billing: Comprehend bills units of 100 characters, at least 3 per request; the sum over the
 * requests made is returned. Thread-safe. Owns a small thread pool (closed by {@link #close});
 * does not close the client, which should have the SDK's own retries off ({@link #client}).
 */
public final class ComprehendDetector implements BatchDetector, AutoCloseable {
    public static final String NAME = "comprehend";
    private static final Logger LOG = LoggerFactory.getLogger(ComprehendDetector.class);
    private static final String DETECT = "Comprehend DetectPiiEntities";
    private static final String CONTAINS = "Comprehend ContainsPiiEntities";

    private final ComprehendClient client;
    private final ComprehendSettings settings;
    private final ComprehendChunker chunker;
    private final ThrottleRetry retry;
    private final Clock clock;
    private final ExecutorService pool;

    public ComprehendDetector(ComprehendClient client, ComprehendSettings settings) {
        this(client, settings, Clock.systemUTC());
    }

    public ComprehendDetector(ComprehendClient client, ComprehendSettings settings, Clock clock) {
        this.client = Objects.requireNonNull(client);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.chunker = new ComprehendChunker(settings.maxChunkBytes(), settings.overlapChars());
        this.retry = new ThrottleRetry(settings.maxAttempts(), settings.baseBackoff(), settings.maxBackoff(), clock);
        this.pool = Executors.newFixedThreadPool(settings.parallelism(), r -> {
            Thread t = new Thread(r, "veil-comprehend");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EntityType> types() {
        return settings.types();
    }

    /** One chunk's answer: findings in whole-stream offsets, units billed, retries needed. */
    private record ChunkAnswer(List<Finding> findings, Map<String, Integer> unknownTypes, long units, int retries) {
    }

    @Override
    public BatchResult detect(List<String> texts, Instant deadline) {
        JoinedTexts joined = new JoinedTexts(texts);
        List<ComprehendChunker.Chunk> chunks = chunker.chunks(ComprehendChunker.joinLines(joined.text()));
        List<ChunkAnswer> answers = inParallel(DETECT, chunks, deadline, c -> detectChunk(c, deadline));
        List<List<Finding>> perChunk = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        long units = 0;
        int retries = 0;
        for (ChunkAnswer a : answers) {
            perChunk.add(a.findings());
            a.unknownTypes().forEach((type, n) -> unknown.merge(type, n, Integer::sum));
            units += a.units();
            retries += a.retries();
        }
        List<Finding> merged = ChunkedFindings.merge(chunks, perChunk);
        LOG.info("{}: {} chunk(s), {} finding(s), {} unit(s), {} retry(ies)", DETECT, chunks.size(), merged.size(),
                units, retries);
        if (!unknown.isEmpty()) {
            LOG.warn("{}: ignored findings of unknown types {}", DETECT, unknown);
        }
        return new BatchResult(joined.split(merged), units);
    }

    private ChunkAnswer detectChunk(ComprehendChunker.Chunk chunk, Instant deadline) {
        ThrottleRetry.Attempted<List<PiiEntity>> answer = retry.call(DETECT, deadline,
                left -> client.detectPiiEntities(r -> r.languageCode(settings.languageCode()).text(chunk.text())
                        .overrideConfiguration(o -> o.apiCallTimeout(left))).entities());
        CodePoints cps = new CodePoints(chunk.text());
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        for (PiiEntity e : answer.value()) {
            Optional<EntityType> type = typeOf(e.typeAsString(), unknown);
            if (type.isEmpty()) {
                continue;
            }
            int begin = cps.toChar(e.beginOffset());
            int end = cps.toChar(e.endOffset());
            if (end <= begin) {
                throw new RemoteDetectionException(DETECT + " returned an empty or reversed span");
            }
            double score = clamp(e.score());
            findings.add(new Finding(type.get(), chunk.start() + begin, chunk.start() + end, score, NAME,
                    Explanation.of("comprehend " + type.get(), score)));
        }
        return new ChunkAnswer(findings, unknown, billedUnits(chunk.text()), answer.retries());
    }

    @Override
    public ContainsResult containsAny(List<String> texts, Instant deadline) {
        if (!settings.languageCode().equals("en")) {
            return containsByDetecting(texts, deadline);
        }
        String stream = ComprehendChunker.joinLines(new JoinedTexts(texts).text());
        List<ComprehendChunker.Chunk> chunks = chunker.chunks(stream);
        Set<EntityType> found = EnumSet.noneOf(EntityType.class);
        Map<String, Integer> unknown = new TreeMap<>();
        long units = 0;
        int sent = 0;
        // waves of `parallelism` requests; stop after the first wave that finds anything
        for (int from = 0; from < chunks.size() && found.isEmpty(); from += settings.parallelism()) {
            List<ComprehendChunker.Chunk> wave = chunks.subList(from, Math.min(chunks.size(), from + settings.parallelism()));
            for (List<EntityLabel> labels : inParallel(CONTAINS, wave, deadline, c -> containsChunk(c, deadline))) {
                for (EntityLabel label : labels) {
                    Optional<EntityType> type = typeOf(label.nameAsString(), unknown);
                    if (type.isPresent() && label.score() != null && label.score() >= settings.containsMinScore()) {
                        found.add(type.get());
                    }
                }
            }
            for (ComprehendChunker.Chunk c : wave) {
                units += billedUnits(c.text());
            }
            sent += wave.size();
        }
        LOG.info("{}: {} of {} chunk(s) sent, found={}, {} unit(s)", CONTAINS, sent, chunks.size(), !found.isEmpty(), units);
        if (!unknown.isEmpty()) {
            LOG.warn("{}: ignored labels of unknown types {}", CONTAINS, unknown);
        }
        return new ContainsResult(!found.isEmpty(), found, units);
    }

    private List<EntityLabel> containsChunk(ComprehendChunker.Chunk chunk, Instant deadline) {
        return retry.call(CONTAINS, deadline,
                left -> client.containsPiiEntities(r -> r.languageCode(settings.languageCode()).text(chunk.text())
                        .overrideConfiguration(o -> o.apiCallTimeout(left))).labels()).value();
    }

    /** ContainsPiiEntities is English only: other languages answer from a full detection. */
    private ContainsResult containsByDetecting(List<String> texts, Instant deadline) {
        BatchResult result = detect(texts, deadline);
        Set<EntityType> found = EnumSet.noneOf(EntityType.class);
        result.findings().forEach(list -> list.stream()
                .filter(f -> f.score() >= settings.containsMinScore()).forEach(f -> found.add(f.type())));
        return new ContainsResult(!found.isEmpty(), found, result.billedUnits());
    }

    /** Runs {@code call} on every chunk, at most {@code parallelism} at a time; answers in chunk order. */
    private <T> List<T> inParallel(String operation, List<ComprehendChunker.Chunk> chunks, Instant deadline,
                                   Function<ComprehendChunker.Chunk, T> call) {
        List<Future<T>> futures = new ArrayList<>(chunks.size());
        try {
            for (ComprehendChunker.Chunk c : chunks) {
                futures.add(pool.submit(() -> call.apply(c)));
            }
            List<T> out = new ArrayList<>(chunks.size());
            for (Future<T> f : futures) {
                out.add(Futures.await(operation, f, deadline, clock));
            }
            return out;
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    /** Comprehend's billing: units of 100 characters, at least 3 per request. */
    static long billedUnits(String requestText) {
        long chars = requestText.codePointCount(0, requestText.length());
        return Math.max(3, (chars + 99) / 100);
    }

    private Optional<EntityType> typeOf(String name, Map<String, Integer> unknown) {
        try {
            EntityType type = EntityType.valueOf(String.valueOf(name));
            return settings.types().contains(type) ? Optional.of(type) : Optional.empty();
        } catch (IllegalArgumentException e) {
            unknown.merge(String.valueOf(name), 1, Integer::sum);
            return Optional.empty();
        }
    }

    private static double clamp(Float score) {
        return score == null || score.isNaN() ? 0.0 : Math.max(0.0, Math.min(1.0, score));
    }

    /**
     * A client for the region with the URL-connection HTTP client (the only one in the Lambda
     * package) and the SDK's own retries off: this detector retries itself, within the deadline.
     */
    public static ComprehendClient client(Region region) {
        return ComprehendClient.builder().region(region).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
