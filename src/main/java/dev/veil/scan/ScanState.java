package dev.veil.scan;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resumable state of a scan: an append-only JSON Lines file of the {@link ScanRecord}s of
 * objects already done. Each record is appended as one whole line in a single write as soon as
 * its object is done, so a run that is killed loses at most the objects in flight; a line cut
 * short by the kill is ignored when the file is read back. Objects with status {@code error} are
 * kept in the file but tried again; a later line for the same key replaces an earlier one.
 */
public final class ScanState implements Closeable {
    /** Force the file to disk after this many records (and at close), so a power cut loses little. */
    private static final int SYNC_EVERY = 64;

    private final Map<String, ScanRecord> done;
    private final FileChannel channel;
    private int unsynced;

    private ScanState(Map<String, ScanRecord> done, FileChannel channel) {
        this.done = done;
        this.channel = channel;
    }

    /** Opens (or creates) the state file and reads the records it already holds. */
    public static ScanState open(Path file) throws IOException {
        Map<String, ScanRecord> done = new LinkedHashMap<>();
        boolean endsWithNewline = true;
        if (Files.exists(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    try {
                        ScanRecord rec = ScanRecord.parse(line);
                        done.put(rec.key(), rec);
                    } catch (IllegalArgumentException e) {
                        // A line cut short by an interrupted run (or not a record): that object is scanned again.
                    }
                }
            }
            endsWithNewline = Files.size(file) == 0 || lastByte(file) == '\n';
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        ScanState state = new ScanState(done, channel);
        if (!endsWithNewline) {
            state.write("\n"); // end the torn line so the next record starts on its own line
        }
        return state;
    }

    /** The record kept for an object if it is done with this exact version (same key and ETag), else null. */
    public synchronized ScanRecord doneRecord(ObjectRef ref) {
        ScanRecord r = done.get(ref.key());
        return r != null && r.status() != ScanStatus.ERROR && r.etag().equals(ref.etag()) ? r : null;
    }

    /** Every record in the file, last one per key. */
    public synchronized Map<String, ScanRecord> records() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(done));
    }

    /** Appends one record as one line; thread-safe. */
    public synchronized void append(ScanRecord record) throws IOException {
        write(record.toJson() + "\n");
        done.put(record.key(), record);
        if (++unsynced >= SYNC_EVERY) {
            channel.force(false);
            unsynced = 0;
        }
    }

    private void write(String s) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    private static int lastByte(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, ch.size() - 1);
            return b.get(0);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.force(false);
        } finally {
            channel.close();
        }
    }
}
