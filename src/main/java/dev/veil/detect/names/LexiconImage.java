package dev.veil.detect.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The name lexicon's merged table as bytes, written by the build ({@code mvn package} runs
 * {@link #main} after compiling, into {@code target/classes/dev/veil/detect/names/lexicon.bin})
 * and read by {@link NameLexicon} on a JVM's first scan: bulk copies and one slot written per
 * word, instead of some 170,000 words read from the lists, lower-cased, hashed and placed, which
 * took about 360 ms of a cold JVM's CPU with Lambda's options.
 *
 * <p>Layout, big-endian: {@code int} magic, {@code int} version, {@code long} the lists'
 * {@linkplain NameLexicon#sourcesFingerprint fingerprint}, {@code int} the table's slot count,
 * {@code int} key count, {@code int} entry characters, {@code long} CRC-32 of the body; then the
 * body: per key in slot order its slot and hash ({@code int} each), then the keys' entries
 * ({@code char} each: classes, length, letters) in the same order. The slots are placed again
 * on reading (one write per key) rather than stored: half the bytes to inflate.
 */
public final class LexiconImage {
    /** The image's name beside the lists. */
    static final String FILE = "lexicon.bin";
    private static final int MAGIC = 0x56454c58; // "VELX"
    private static final int VERSION = 1;
    private static final int HEADER = 4 + 4 + 8 + 4 + 4 + 4 + 8;
    /** More slots than any table of the shipped lists needs (2^19 now): a damaged count is refused before any allocation. */
    private static final int MAX_SLOTS = 1 << 24;
    private static final int MAX_ENTRY_CHARS = 1 << 26;

    private LexiconImage() {
    }

    /** The image of {@code table}, made from sources with {@code fingerprint}. */
    static byte[] write(WordTable table, long fingerprint) {
        int keys = table.size();
        int[] placed = new int[2 * keys];
        char[] entries = new char[table.entryChars()];
        int[] at = {0, 0}; // next key, next entry character
        table.forEachKey((slot, hash, from, start, length) -> {
            placed[2 * at[0]] = slot;
            placed[2 * at[0] + 1] = hash;
            at[0]++;
            System.arraycopy(from, start, entries, at[1], 3 + length);
            at[1] += 3 + length;
        });
        ByteBuffer body = ByteBuffer.allocate(4 * placed.length + 2 * at[1]);
        body.asIntBuffer().put(placed);
        body.position(4 * placed.length);
        body.asCharBuffer().put(entries, 0, at[1]);
        CRC32 crc = new CRC32();
        crc.update(body.array());
        ByteBuffer out = ByteBuffer.allocate(HEADER + body.capacity());
        out.putInt(MAGIC).putInt(VERSION).putLong(fingerprint).putInt(table.slotCount()).putInt(keys).putInt(at[1])
                .putLong(crc.getValue()).put(body.array());
        return out.array();
    }

    /**
     * The table in {@code in}, or {@code null} when it is not an image of this version, was made
     * from lists other than those with {@code fingerprint}, or is damaged (short, long, a wrong
     * checksum, a key outside the table).
     */
    static WordTable read(InputStream in, long fingerprint) throws IOException {
        ByteBuffer head = ByteBuffer.wrap(in.readNBytes(HEADER));
        if (head.capacity() < HEADER || head.getInt() != MAGIC || head.getInt() != VERSION
                || head.getLong() != fingerprint) {
            return null;
        }
        int slotCount = head.getInt();
        int keys = head.getInt();
        int entryChars = head.getInt();
        long expectedCrc = head.getLong();
        if (slotCount < 0 || slotCount > MAX_SLOTS || keys < 0 || keys > slotCount
                || entryChars < 0 || entryChars > MAX_ENTRY_CHARS) {
            return null;
        }
        int size = 8 * keys + 2 * entryChars;
        byte[] bytes = in.readNBytes(size);
        if (bytes.length != size || in.read() != -1) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != expectedCrc) {
            return null;
        }
        ByteBuffer body = ByteBuffer.wrap(bytes);
        int[] placed = new int[2 * keys];
        char[] entries = new char[entryChars];
        body.asIntBuffer().get(placed);
        body.position(8 * keys);
        body.asCharBuffer().get(entries);
        try {
            return WordTable.placed(slotCount, placed, entries);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Writes the image of the shipped lists to {@code args[0]} (the build's step after compiling). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LexiconImage OUTPUT-FILE");
        }
        Path out = Path.of(args[0]);
        WordTable table = NameLexicon.fromLists();
        byte[] image = write(table, NameLexicon.sourcesFingerprint());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, image);
        System.out.printf("name lexicon image: %d words, %d bytes -> %s%n", table.size(), image.length, out);
    }
}
