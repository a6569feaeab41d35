package dev.veil.pipeline;

/**
 * How the pipeline streams text-like objects.
 *
 * @param streamAboveBytes text-like objects larger than this (or of unknown length) are streamed;
 *                         smaller ones are held whole, verified as a whole and may be cached
 * @param windowChars      characters per window
 * @param maxRecordChars   the longest CSV record or JSON line a stream accepts
 * @param maxRangeBytes    the most bytes a Range on a streamed, transformed object may ask for
 *                         (they are kept in memory while the rest is transformed and counted)
 * @param workers          windows transformed at once while the answer is written in order
 *                         (each holds about one window in memory)
 */
public record StreamSettings(long streamAboveBytes, int windowChars, int maxRecordChars, int maxRangeBytes,
                             int workers) {
    /** At most this many windows are transformed at once, whatever the processor count. */
    static final int MAX_WORKERS = 4;

    public StreamSettings {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be 1 to " + MAX_WORKERS + ": " + workers);
        }
    }

    /** As the canonical constructor, with one worker per processor (up to {@value #MAX_WORKERS}). */
    public StreamSettings(long streamAboveBytes, int windowChars, int maxRecordChars, int maxRangeBytes) {
        this(streamAboveBytes, windowChars, maxRecordChars, maxRangeBytes, processorWorkers());
    }

    /**
     * 8 MiB objects and up stream, in windows of 1 Mi characters; records up to 8 Mi characters;
     * ranges up to 64 MiB; one window transformed per processor (Lambda gives a second vCPU
     * from about 3.5 GB of memory).
     */
    public static StreamSettings defaults() {
        return new StreamSettings(8L << 20, 1 << 20, 8 << 20, 64 << 20);
    }

    private static int processorWorkers() {
        return Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
    }
}
