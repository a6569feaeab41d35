package dev.veil.aws;

import dev.veil.transform.TokenVault;
import dev.veil.transform.VaultEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * A token vault in a DynamoDB table: partition key {@code id} (S), the sealed original in
 * {@code sealed} (B) and the expiry in {@code expiresAt} (N, epoch seconds), which is the table's
 * TTL attribute, so DynamoDB deletes expired entries itself. TTL deletion lags (up to days), so
 * reads also check the expiry. A put succeeds only if no live entry holds the id (a conditional
 * write), which keeps tokens unique across concurrent Lambda invocations. Does not close the
 * client it is given.
 */
public final class DynamoDbTokenVault implements TokenVault {
    public static final String ID = "id";
    public static final String SEALED = "sealed";
    public static final String EXPIRES_AT = "expiresAt";
    private static final int ATTEMPTS = 3;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoDbTokenVault(DynamoDbClient client, String table, Clock clock) {
        this.client = Objects.requireNonNull(client);
        this.table = Objects.requireNonNull(table);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<VaultEntry> putIfAbsent(String id, VaultEntry entry) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                client.putItem(b -> b.tableName(table)
                        .item(Map.of(ID, AttributeValue.fromS(id),
                                SEALED, AttributeValue.fromB(SdkBytes.fromByteArray(entry.sealed())),
                                EXPIRES_AT, number(entry.expiresAt())))
                        // absent, or present but expired and not yet deleted by TTL
                        .conditionExpression("attribute_not_exists(#id) OR #exp <= :now")
                        .expressionAttributeNames(Map.of("#id", ID, "#exp", EXPIRES_AT))
                        .expressionAttributeValues(Map.of(":now", number(clock.instant()))));
                return Optional.empty();
            } catch (ConditionalCheckFailedException taken) {
                Optional<VaultEntry> live = get(id);
                if (live.isPresent()) {
                    return live;
                }
                // it expired between the two calls: try the write again
            }
        }
        throw new IllegalStateException("vault entry kept changing during the write");
    }

    @Override
    public Optional<VaultEntry> get(String id) {
        GetItemResponse r = client.getItem(b -> b.tableName(table).key(Map.of(ID, AttributeValue.fromS(id)))
                .consistentRead(true));
        if (!r.hasItem() || r.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = r.item();
        AttributeValue sealed = item.get(SEALED);
        AttributeValue expires = item.get(EXPIRES_AT);
        if (sealed == null || sealed.b() == null || expires == null || expires.n() == null) {
            throw new IllegalStateException("vault item lacks " + SEALED + " or " + EXPIRES_AT);
        }
        VaultEntry e = new VaultEntry(sealed.b().asByteArray(), Instant.ofEpochSecond(Long.parseLong(expires.n())));
        return e.liveAt(clock.instant()) ? Optional.of(e) : Optional.empty();
    }

    @Override
    public void close() {
        // the client belongs to the caller (one per Lambda container)
    }

    private static AttributeValue number(Instant t) {
        return AttributeValue.fromN(Long.toString(t.getEpochSecond()));
    }
}
