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
 */
public record StreamSettings(long streamAboveBytes, int windowChars, int maxRecordChars, int maxRangeBytes) {
    /** 8 MiB objects and up stream, in windows of 1 Mi characters; records up to 8 Mi characters; ranges up to 64 MiB. */
    public static StreamSettings defaults() {
        return new StreamSettings(8L << 20, 1 << 20, 8 << 20, 64 << 20);
    }
}
