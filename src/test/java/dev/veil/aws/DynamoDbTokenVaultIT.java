package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;

import dev.veil.transform.NameTokens;
import dev.veil.transform.TestClock;
import dev.veil.transform.TokenKey;
import dev.veil.transform.VaultTokenOperator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB vault against a local server speaking DynamoDB's JSON 1.0 protocol. */
class DynamoDbTokenVaultIT {
    private static final Duration TTL = Duration.ofDays(7);
    private final FakeDynamoDb dynamo = new FakeDynamoDb(DynamoDbTokenVault.ID);
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final TokenKey key = TokenKey.generate(new SecureRandom(), clock.instant());
    private AwsJsonServer server;
    private DynamoDbClient client;
    private VaultTokenOperator op;

    @BeforeEach
    void start() throws Exception {
        server = new AwsJsonServer("application/x-amz-json-1.0", dynamo);
        client = server.configure(DynamoDbClient.builder()).build();
        op = new VaultTokenOperator(key, NameTokens.FULL_NAME, new DynamoDbTokenVault(client, "veil-tokens", clock), TTL, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void storesTheSealedOriginalWithATtlAndReversesIt() {
        String token = op.apply(EntityType.NAME, "Mary Smith").text();
        assertEquals(Optional.of("Mary Smith"), op.detokenise(EntityType.NAME, token));
        assertEquals(1, dynamo.items.size());
        var item = dynamo.items.values().iterator().next();
        assertEquals(clock.instant().plus(TTL).getEpochSecond(), item.path(DynamoDbTokenVault.EXPIRES_AT).path("N").asLong());
        byte[] sealed = Base64.getDecoder().decode(item.path(DynamoDbTokenVault.SEALED).path("B").asText());
        assertFalse(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Smith"));
        AwsJsonServer.Received put = server.received().get(0);
        assertEquals("DynamoDB_20120810.PutItem", put.target());
        assertEquals("application/x-amz-json-1.0", put.contentType());
        assertTrue(put.signed(), "SigV4-signed");
        assertTrue(put.body().get("ConditionExpression").asText().contains("attribute_not_exists"));
    }

    @Test
    void theSameValueFindsItsEntryAfterAFailedConditionalPut() {
        String first = op.apply(EntityType.EMAIL, "jane.doe@example.com").text();
        String second = op.apply(EntityType.EMAIL, "Jane.Doe@example.com").text();
        assertEquals(first, second);
        assertEquals(1, dynamo.items.size());
        assertTrue(server.received().stream().anyMatch(r -> r.target().endsWith(".GetItem")
                && r.body().path("ConsistentRead").asBoolean()));
    }

    @Test
    void expiredEntriesAreIgnoredBeforeTtlDeletesThemAndCanBeReplaced() {
        String token = op.apply(EntityType.SSN, "078-05-1120").text();
        clock.advance(TTL.plusSeconds(1));
        assertTrue(op.detokenise(EntityType.SSN, token).isEmpty(), "expired, though DynamoDB still holds it");
        assertEquals(1, dynamo.items.size());
        String again = op.apply(EntityType.SSN, "078-05-1120").text();
        assertEquals(Optional.of("078-05-1120"), op.detokenise(EntityType.SSN, again));
        dynamo.expire(DynamoDbTokenVault.EXPIRES_AT, clock.instant().plus(TTL).getEpochSecond());
        assertTrue(op.detokenise(EntityType.SSN, again).isEmpty(), "deleted by TTL");
    }
}
