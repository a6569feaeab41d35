package dev.veil.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The storage behind a {@link SharedDetectionCache}: opaque sealed entries by id, shared by every
 * container of a deployment (DynamoDB in {@code aws}). It sees only HMAC ids and ciphertext,
 * never an object key, a value or text. Each call must return or fail within {@code timeout};
 * any failure is thrown as a runtime exception and the cache treats it as a miss.
 */
public interface SharedCacheStore {
    /** The entry stored under {@code id}, or empty. */
    Optional<byte[]> get(String id, Duration timeout);

    /** Stores {@code sealed} under {@code id}; the store may delete it once {@code expiresAt} has passed. */
    void put(String id, byte[] sealed, Instant expiresAt, Duration timeout);

    /** The most bytes one entry may hold; larger entries are not stored. */
    default int maxEntryBytes() {
        return 350 * 1024;
    }
}
