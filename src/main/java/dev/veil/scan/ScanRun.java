package dev.veil.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One scan of a source: lists it, skips the objects the state already holds with the same ETag,
 * reads and inspects the others on a fixed pool of worker threads (at most {@code threads}
 * documents in memory at once), optionally tags them, and hands every record to a sink. Records
 * of skipped objects come first, from the state; new ones follow as they finish, each appended
 * to the state before it reaches the sink. {@link #stop()} ends a run early: objects in flight
 * are dropped, never half-recorded.
 */
public final class ScanRun {
    /** Receives records one at a time (never concurrently). */
    @FunctionalInterface
    public interface RecordSink {
        void accept(ScanRecord record) throws IOException;
    }

    /** Told the size of the run before it starts and each record as it is done; for progress bars. */
    public interface Listener {
        default void started(int toScan, int skipped) {
        }

        default void done(ScanRecord record) {
        }
    }

    /** What a run did: every record (skipped and new), how many objects were read, and whether it was stopped. */
    public record Result(List<ScanRecord> records, int scanned, int skipped, boolean stopped) {
    }

    private final ScanSource source;
    private final ObjectInspector inspector;
    private final ObjectTagger tagger;
    private final int threads;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Object sinkLock = new Object();
    private volatile ExecutorService pool;

    /** A run; {@code tagger} may be null (no tagging). */
    public ScanRun(ScanSource source, ObjectInspector inspector, ObjectTagger tagger, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.source = source;
        this.inspector = inspector;
        this.tagger = tagger;
        this.threads = threads;
    }

    /** Stops the run: no new object is started, objects in flight are not recorded. Thread-safe. */
    public void stop() {
        stopped.set(true);
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
        }
    }

    /** Runs the scan; {@code state} may be null (no resume). */
    public Result run(ScanState state, RecordSink sink, Listener listener) throws IOException, InterruptedException {
        List<ObjectRef> refs = source.list();
        List<ScanRecord> all = new ArrayList<>();
        List<ObjectRef> pending = new ArrayList<>();
        List<ScanRecord> kept = new ArrayList<>();
        for (ObjectRef ref : refs) {
            ScanRecord known = state == null ? null : state.doneRecord(ref);
            if (known == null) {
                pending.add(ref);
            } else {
                kept.add(known);
            }
        }
        listener.started(pending.size(), kept.size());
        for (ScanRecord known : kept) {
            ScanRecord r = needsTags(known) ? tag(known) : known;
            if (r != known && state != null) {
                state.append(r);
            }
            sink.accept(r);
            all.add(r);
        }
        int[] scanned = {0};
        IOException[] sinkFailure = {null};
        ExecutorService p = Executors.newFixedThreadPool(threads);
        pool = p;
        for (ObjectRef ref : pending) {
            if (stopped.get()) {
                break;
            }
            try {
                p.execute(() -> {
                if (stopped.get()) {
                    return;
                }
                ScanRecord r = scanOne(ref);
                synchronized (sinkLock) {
                    if (stopped.get()) {
                        return;
                    }
                    try {
                        if (state != null) {
                            state.append(r);
                        }
                        sink.accept(r);
                    } catch (IOException e) {
                        sinkFailure[0] = e;
                        stop();
                        return;
                    }
                    all.add(r);
                    scanned[0]++;
                    listener.done(r);
                }
                });
            } catch (RejectedExecutionException e) {
                break; // stopped while submitting
            }
        }
        p.shutdown();
        while (!p.awaitTermination(1, TimeUnit.SECONDS)) {
            // waiting for the workers; stop() interrupts them
        }
        synchronized (sinkLock) {
            if (sinkFailure[0] != null) {
                throw sinkFailure[0];
            }
            return new Result(List.copyOf(all), scanned[0], kept.size(), stopped.get());
        }
    }

    private ScanRecord scanOne(ObjectRef ref) {
        ScanRecord r;
        ScanRecord refused = inspector.refuseUnread(ref);
        if (refused != null) {
            return refused;
        }
        try {
            ScanSource.ObjectContent content = source.read(ref);
            r = inspector.inspect(ref, content.versionId(), content.bytes());
        } catch (IOException | RuntimeException e) {
            r = ScanRecord.notScanned(ref, null, null, ScanStatus.ERROR, "cannot read (" + reason(e) + ")");
        }
        return needsTags(r) ? tag(r) : r;
    }

    private boolean needsTags(ScanRecord r) {
        return tagger != null && r.status() == ScanStatus.SCANNED
                && (r.tagging() == null || r.tagging().startsWith("failed"));
    }

    private ScanRecord tag(ScanRecord r) {
        try {
            return r.withTagging(tagger.tag(r.key(), r.versionId(), ScanTags.forRecord(r)).label());
        } catch (IOException | RuntimeException e) {
            return r.withTagging("failed: " + reason(e));
        }
    }

    /** A failure's reason for a record: the message of our own exceptions, else only the class name. */
    private static String reason(Exception e) {
        return e instanceof ScanSourceException || e instanceof IllegalStateException
                ? e.getMessage() : e.getClass().getSimpleName();
    }
}
