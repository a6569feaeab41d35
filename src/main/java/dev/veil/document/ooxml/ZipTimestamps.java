package dev.veil.document.ooxml;

/**
 * Sets every entry time of a written ZIP package to one fixed instant (1980-01-01 00:00, the
 * first DOS date), in the local headers and the central directory. The package writer stamps
 * entries with the clock, so the same document and key would otherwise give different bytes (and
 * ETags) from one second to the next, and two front doors could not give identical answers.
 * A package this class cannot walk (ZIP64, or not a ZIP) is returned unchanged.
 */
final class ZipTimestamps {
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    /** DOS time 00:00:00 and date 1980-01-01. */
    private static final int DOS_TIME = 0;
    private static final int DOS_DATE = (1 << 5) | 1;

    private ZipTimestamps() {
    }

    /** Normalises {@code zip} in place and returns it. */
    static byte[] normalise(byte[] zip) {
        int end = findEndOfDirectory(zip);
        if (end < 0) {
            return zip;
        }
        int entries = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        if (entries == 0xffff || offset == 0xffffffffL) {
            return zip;
        }
        int at = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (at < 0 || at + 46 > zip.length || s32(zip, at) != DIRECTORY_ENTRY) {
                return zip;
            }
            long local = u32(zip, at + 42);
            if (local + 30 > zip.length || s32(zip, (int) local) != LOCAL_HEADER) {
                return zip;
            }
            put16(zip, at + 12, DOS_TIME);
            put16(zip, at + 14, DOS_DATE);
            put16(zip, (int) local + 10, DOS_TIME);
            put16(zip, (int) local + 12, DOS_DATE);
            at += 46 + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
        }
        return zip;
    }

    /** The end-of-central-directory record: at most 64 KiB of comment after it. */
    private static int findEndOfDirectory(byte[] zip) {
        int lowest = Math.max(0, zip.length - 22 - 0xffff);
        for (int i = zip.length - 22; i >= lowest; i--) {
            if (s32(zip, i) == END_OF_DIRECTORY) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return s32(b, i) & 0xffffffffL;
    }

    private static int s32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    private static void put16(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
    }
}
