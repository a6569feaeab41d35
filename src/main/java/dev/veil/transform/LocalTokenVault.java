package dev.veil.transform;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * A token vault in one file on disk (an H2 MVStore, {@code tokens.mv.db} in a directory). Each
 * record is the expiry time (epoch seconds) followed by the sealed original. Expired entries are
 * never returned and are deleted when the vault is opened. The file is locked while open (one
 * process at a time); writes reach the disk within a second and on {@link #close()}.
 */
public final class LocalTokenVault implements TokenVault {
    public static final String FILE_NAME = "tokens.mv.db";
    private final MVStore store;
    private final MVMap<String, byte[]> map;
    private final Clock clock;

    private LocalTokenVault(MVStore store, Clock clock) {
        this.store = store;
        this.map = store.openMap("tokens");
        this.clock = clock;
    }

    /**
     * Opens (or creates) the vault in {@code dir} and deletes its expired entries.
     *
     * @throws IllegalStateException if another process has it open, or it is damaged
     */
    public static LocalTokenVault open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create vault directory (" + e.getClass().getSimpleName() + ")");
        }
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(dir.resolve(FILE_NAME).toString()).open();
        } catch (MVStoreException e) {
            throw new IllegalStateException("vault file is locked by another process or damaged");
        }
        LocalTokenVault vault = new LocalTokenVault(store, clock);
        vault.purgeExpired();
        return vault;
    }

    @Override
    public synchronized Optional<VaultEntry> putIfAbsent(String id, VaultEntry entry) {
        Optional<VaultEntry> live = get(id);
        if (live.isPresent()) {
            return live;
        }
        map.put(id, encode(entry));
        return Optional.empty();
    }

    @Override
    public Optional<VaultEntry> get(String id) {
        byte[] rec = map.get(id);
        if (rec == null) {
            return Optional.empty();
        }
        VaultEntry e = decode(rec);
        return e.liveAt(clock.instant()) ? Optional.of(e) : Optional.empty();
    }

    /** Deletes expired entries; returns how many. */
    public synchronized int purgeExpired() {
        Instant now = clock.instant();
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : map.entrySet()) {
            if (!decode(e.getValue()).liveAt(now)) {
                expired.add(e.getKey());
            }
        }
        expired.forEach(map::remove);
        return expired.size();
    }

    public int size() {
        return map.size();
    }

    @Override
    public synchronized void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }

    private static byte[] encode(VaultEntry e) {
        byte[] sealed = e.sealed();
        return ByteBuffer.allocate(8 + sealed.length).putLong(e.expiresAt().getEpochSecond()).put(sealed).array();
    }

    private static VaultEntry decode(byte[] rec) {
        ByteBuffer b = ByteBuffer.wrap(rec);
        Instant expires = Instant.ofEpochSecond(b.getLong());
        byte[] sealed = new byte[b.remaining()];
        b.get(sealed);
        return new VaultEntry(sealed, expires);
    }
}
