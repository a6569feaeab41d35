package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.transform.KeyFiles;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Key loading from SSM and Secrets Manager, against a local server speaking their JSON 1.1 protocol. */
class AwsKeyRingsIT {
    private static final KeyRing RING = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));

    private static AwsJsonServer.Handler ssm(String type, AtomicReference<String> value) {
        return (op, body) -> {
            if (!op.equals("GetParameter")) {
                return AwsJsonServer.Reply.error("InvalidAction", op);
            }
            var p = AwsJsonServer.JSON.createObjectNode();
            p.putObject("Parameter").put("Name", body.path("Name").asText()).put("Type", type)
                    .put("Value", value.get()).put("Version", 1);
            return AwsJsonServer.Reply.ok(p.toString());
        };
    }

    @Test
    void loadsTheRingFromAnSsmSecureStringWithDecryption() throws Exception {
        try (AwsJsonServer server = new AwsJsonServer("application/x-amz-json-1.1",
                ssm("SecureString", new AtomicReference<>(KeyFiles.format(RING))));
             SsmClient ssm = server.configure(SsmClient.builder()).build()) {
            KeyRing ring = AwsKeyRings.fromSsm(ssm, "/veil/key");
            assertTrue(ring.primary().sameAs(RING.primary()));
            AwsJsonServer.Received r = server.received().get(0);
            assertEquals("AmazonSSM.GetParameter", r.target());
            assertEquals("application/x-amz-json-1.1", r.contentType());
            assertTrue(r.body().path("WithDecryption").asBoolean());
            assertTrue(r.signed());
        }
    }

    @Test
    void refusesAPlainStringParameter() throws Exception {
        try (AwsJsonServer server = new AwsJsonServer("application/x-amz-json-1.1",
                ssm("String", new AtomicReference<>(KeyFiles.format(RING))));
             SsmClient ssm = server.configure(SsmClient.builder()).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> AwsKeyRings.fromSsm(ssm, "/veil/key"));
            assertTrue(e.getMessage().contains("SecureString"));
        }
    }

    @Test
    void loadsTheRingFromSecretsManagerOncePerContainer() throws Exception {
        AwsJsonServer.Handler secrets = (op, body) -> op.equals("GetSecretValue")
                ? AwsJsonServer.Reply.ok(AwsJsonServer.JSON.createObjectNode().put("Name", body.path("SecretId").asText())
                        .put("SecretString", KeyFiles.format(RING)).put("VersionId", "v1").toString())
                : AwsJsonServer.Reply.error("InvalidRequestException", op);
        try (AwsJsonServer server = new AwsJsonServer("application/x-amz-json-1.1", secrets);
             SecretsManagerClient sm = server.configure(SecretsManagerClient.builder()).build()) {
            Supplier<KeyRing> keys = AwsKeyRings.fromEnvironment(Map.of(AwsKeyRings.SECRET_ID_ENV, "veil/key"),
                    () -> { throw new AssertionError("SSM not used"); }, () -> sm);
            assertTrue(server.received().isEmpty(), "nothing loaded before first use");
            KeyRing first = keys.get();
            assertSame(first, keys.get());
            assertEquals(1, server.received().size());
            assertEquals("secretsmanager.GetSecretValue", server.received().get(0).target());
            assertTrue(first.primary().sameAs(RING.primary()));
        }
    }

    @Test
    void aDamagedKeyIsReportedWithoutQuotingIt() throws Exception {
        try (AwsJsonServer server = new AwsJsonServer("application/x-amz-json-1.1",
                ssm("SecureString", new AtomicReference<>("{\"format\": \"veil-keys/1\", XYZZY-secret")));
             SsmClient ssm = server.configure(SsmClient.builder()).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> AwsKeyRings.fromSsm(ssm, "/veil/key"));
            assertFalse(e.getMessage().contains("XYZZY"), e.getMessage());
        }
    }

    @Test
    void needsExactlyOneKeyLocationAndNeverAKeyInTheEnvironment() {
        assertThrows(IllegalStateException.class, () -> AwsKeyRings.fromEnvironment(Map.of(), () -> null, () -> null));
        assertThrows(IllegalStateException.class, () -> AwsKeyRings.fromEnvironment(
                Map.of(AwsKeyRings.SSM_PARAMETER_ENV, "a", AwsKeyRings.SECRET_ID_ENV, "b"), () -> null, () -> null));
    }
}
