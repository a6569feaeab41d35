package dev.veil.aws;

import dev.veil.pipeline.SharedCacheStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The shared detection cache in a DynamoDB table: partition key {@code id} (S, an HMAC, never an
 * object key), the sealed entry in {@code entry} (B) and {@code expiresAt} (N, epoch seconds),
 * the table's TTL attribute, so DynamoDB deletes old entries itself (reads check the expiry
 * inside the sealed entry too, as TTL deletion lags). DynamoDB rather than S3: single-digit
 * millisecond reads of small items, a native per-item TTL (an S3 lifecycle rule expires in whole
 * days), and the token vault already runs on it. Every call carries its own API call timeout, so
 * a slow or throttled table costs at most that long; reads are eventually consistent (an entry
 * written a moment ago may be missed, which only means detecting again). Items hold at most
 * 400 KB; larger entries are not stored. The client is made on first use and not closed here.
 */
public final class DynamoDbSharedCacheStore implements SharedCacheStore {
    public static final String ID = "id";
    public static final String ENTRY = "entry";
    public static final String EXPIRES_AT = "expiresAt";

    private final Supplier<DynamoDbClient> factory;
    private final String table;
    private volatile DynamoDbClient client;

    /** @param factory makes the client, once, on the first call (not at cold start) */
    public DynamoDbSharedCacheStore(Supplier<DynamoDbClient> factory, String table) {
        this.factory = Objects.requireNonNull(factory);
        this.table = Objects.requireNonNull(table);
    }

    private DynamoDbClient client() {
        DynamoDbClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = factory.get();
                }
                c = client;
            }
        }
        return c;
    }

    @Override
    public Optional<byte[]> get(String id, Duration timeout) {
        GetItemResponse r = client().getItem(b -> b.tableName(table).key(Map.of(ID, AttributeValue.fromS(id)))
                .projectionExpression("#e").expressionAttributeNames(Map.of("#e", ENTRY))
                .overrideConfiguration(o -> o.apiCallTimeout(timeout)));
        if (!r.hasItem() || r.item().isEmpty()) {
            return Optional.empty();
        }
        AttributeValue entry = r.item().get(ENTRY);
        if (entry == null || entry.b() == null) {
            throw new IllegalStateException("shared cache item lacks " + ENTRY);
        }
        return Optional.of(entry.b().asByteArray());
    }

    @Override
    public void put(String id, byte[] sealed, Instant expiresAt, Duration timeout) {
        client().putItem(b -> b.tableName(table)
                .item(Map.of(ID, AttributeValue.fromS(id),
                        ENTRY, AttributeValue.fromB(SdkBytes.fromByteArray(sealed)),
                        EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond()))))
                .overrideConfiguration(o -> o.apiCallTimeout(timeout)));
    }
}
