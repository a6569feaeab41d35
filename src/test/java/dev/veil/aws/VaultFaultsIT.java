package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.document.DocumentLimits;
import dev.veil.document.text.PlainTextFormat;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.DocumentRedactor;
import dev.veil.transform.NameTokens;
import dev.veil.transform.OperatorPolicy;
import dev.veil.transform.TokenKey;
import dev.veil.transform.TokenVault;
import dev.veil.transform.Transformer;
import dev.veil.transform.VaultTokenOperator;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Vault-backed tokens ({@link VaultTokenOperator}) when the DynamoDB vault is down, slow or
 * throttling, with the real {@link DynamoDbTokenVault} and SDK client against
 * {@link FakeDynamoDb}: the document is refused with the SDK's exception after the SDK's own
 * retries, within the client's timeout, and no output exists; the exception names no value. The
 * exception is what the pipeline's catch-all answers with 500 {@code InternalError} and an
 * {@code error} audit record (guarded by {@code ObjectPipelineTest}); no front door offers vault
 * tokens yet ({@code TransformFactory} builds HMAC and FPE tokens), so this is the vault's contract
 * with that path. The local vault's failure through the CLI is in {@code cli.VaultFailureTest}.
 */
class VaultFaultsIT {
    static final String DOC = "Refund for jane.vault@example.com, card 4111 1111 1111 1111.\n";
    static final String THROTTLED = "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException";

    final FakeDynamoDb dynamo = new FakeDynamoDb(DynamoDbTokenVault.ID);
    final AtomicReference<AwsJsonServer.Handler> fault = new AtomicReference<>();
    AwsJsonServer server;
    DynamoDbClient client;

    @BeforeEach
    void start() throws Exception {
        server = new AwsJsonServer("application/x-amz-json-1.0", (op, body) -> {
            AwsJsonServer.Handler f = fault.get();
            return f != null ? f.handle(op, body) : dynamo.handle(op, body);
        });
        client = server.configure(DynamoDbClient.builder())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(3))).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    /** Tokenises {@link #DOC} with vault tokens in {@code vault}, as the redactor does for any document. */
    static byte[] tokenise(TokenVault vault) {
        TokenKey key = TokenKey.generate(new SecureRandom(), Instant.now());
        Transformer transformer = new Transformer(OperatorPolicy.builder()
                .defaultOperator(new VaultTokenOperator(key, NameTokens.FULL_NAME, vault, Duration.ofDays(1),
                        Clock.systemUTC())).keyId(key.id()).build());
        var tally = transformer.tally();
        Deadline deadline = Deadline.in(Duration.ofSeconds(20), Clock.systemUTC());
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new DocumentRedactor(DetectionEngine.defaults())
                .redact(new PlainTextFormat(), DOC.getBytes(StandardCharsets.UTF_8), DocumentLimits.defaults(),
                        (f, value) -> transformer.replace(f, value, tally), deadline::check).bytes());
    }

    void assertRefused(Class<? extends Throwable> type) {
        Throwable e = assertThrows(type, () -> tokenise(new DynamoDbTokenVault(client, "veil-tokens", Clock.systemUTC())));
        String said = String.valueOf(e.getMessage());
        assertFalse(said.contains("jane.vault") || said.contains("4111"), "no value in the error: " + said);
        assertTrue(dynamo.items.isEmpty(), "nothing stored");
    }

    @Test
    void theVaultWorksWhenDynamoDbAnswers() {
        String out = new String(tokenise(new DynamoDbTokenVault(client, "veil-tokens", Clock.systemUTC())),
                StandardCharsets.UTF_8);
        assertFalse(out.contains("jane.vault@example.com") || out.contains("4111 1111 1111 1111"), out);
        assertEquals(2, dynamo.items.size(), "one sealed original per value");
    }

    @Test
    void throttlingThatOutlastsTheRetriesRefusesTheDocument() {
        fault.set((op, body) -> AwsJsonServer.Reply.error(THROTTLED, "Rate of requests exceeds the allowed throughput."));
        assertRefused(SdkException.class);
        assertTrue(server.received().size() > 1, "throttled calls are retried before giving up");
    }

    @Test
    void anInternalErrorRefusesTheDocument() {
        fault.set((op, body) -> new AwsJsonServer.Reply(500, "{\"__type\":\"InternalServerError\",\"message\":\"boom\"}"));
        assertRefused(SdkException.class);
    }

    @Test
    void aVaultSlowerThanTheClientsTimeoutRefusesTheDocumentAtTheTimeout() {
        fault.set((op, body) -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dynamo.handle(op, body);
        });
        long t0 = System.nanoTime();
        assertRefused(SdkException.class);
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(10)) < 0,
                "refused at the client's 3 s timeout, not when the vault finally answered");
    }

    @Test
    void anUnreachableVaultRefusesTheDocument() {
        try (DynamoDbClient nowhere = server.configure(DynamoDbClient.builder())
                .endpointOverride(java.net.URI.create("http://127.0.0.1:1")).build()) {
            Throwable e = assertThrows(SdkException.class,
                    () -> tokenise(new DynamoDbTokenVault(nowhere, "veil-tokens", Clock.systemUTC())));
            assertFalse(String.valueOf(e.getMessage()).contains("jane.vault"), "no value in the error");
        }
    }
}
