package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalTokenVaultTest {
    private static final Duration TTL = Duration.ofDays(30);
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));

    private VaultTokenOperator operator(TokenKey key, TokenVault vault) {
        return new VaultTokenOperator(key, NameTokens.FULL_NAME, vault, TTL, clock);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NAME | Mary Smith",
            "EMAIL | jane.doe@example.com",
            "CREDIT_DEBIT_NUMBER | 4111 1111 1111 1111",
            "CREDIT_DEBIT_CVV | 123",
            "ADDRESS | 12 High Street, Leeds",
    })
    void tokensReverseWithTheKeyAndTheVault(EntityType type, String value) {
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            VaultTokenOperator op = operator(TestKeys.a(), vault);
            Replacement r = op.apply(type, value);
            assertEquals("vault", r.method());
            assertNotEquals(value, r.text());
            assertTrue(TokenPropertiesTest.sameShape(type, value, r.text()), r.text());
            assertEquals(Optional.of(value), op.detokenise(type, r.text()));
            assertEquals(r.text(), op.apply(type, value).text(), "same value, same token");
            assertEquals(1, vault.size());
            assertTrue(operator(TestKeys.b(), vault).detokenise(type, r.text()).isEmpty(), "another key finds nothing");
        }
    }

    @Test
    void survivesClosingAndReopening() {
        String token;
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            token = operator(TestKeys.a(), vault).apply(EntityType.SSN, "078-05-1120").text();
        }
        assertTrue(Files.exists(dir.resolve(LocalTokenVault.FILE_NAME)));
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            assertEquals(Optional.of("078-05-1120"), operator(TestKeys.a(), vault).detokenise(EntityType.SSN, token));
        }
    }

    @Test
    void expiredEntriesAreGoneAndPurgedOnOpen() {
        String token;
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            VaultTokenOperator op = operator(TestKeys.a(), vault);
            token = op.apply(EntityType.PHONE, "+1 555 010 0199").text();
            clock.advance(TTL.plusSeconds(1));
            assertTrue(op.detokenise(EntityType.PHONE, token).isEmpty(), "expired, even before deletion");
        }
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            assertEquals(0, vault.size(), "purged when opened");
        }
    }

    @Test
    void valuesOfASmallSpaceNeverShareAToken() {
        // 400 of the 1,000 three-digit codes: keyed tokens alone would collide ~70 times
        Set<String> tokens = new HashSet<>();
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            VaultTokenOperator op = operator(TestKeys.a(), vault);
            for (int v = 0; v < 400; v++) {
                String value = String.format("%03d", v);
                String token = op.apply(EntityType.CREDIT_DEBIT_CVV, value).text();
                assertTrue(tokens.add(token), "token reused for " + v);
                assertEquals(Optional.of(value), op.detokenise(EntityType.CREDIT_DEBIT_CVV, token));
            }
        }
    }

    @Test
    void anEntrySealedUnderAnotherSecretWithTheSameIdIsRefused() {
        TokenKey impostor = TestKeys.key("test-a", 9); // same id as TestKeys.a(), other secret
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            String token = operator(TestKeys.a(), vault).apply(EntityType.SSN, "078-05-1120").text();
            assertTrue(operator(impostor, vault).detokenise(EntityType.SSN, token).isEmpty());
        }
    }

    @Test
    void sealedOriginalsDoNotAppearInTheFile() throws Exception {
        String value = "Ebenezer Quillfeather";
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            operator(TestKeys.a(), vault).apply(EntityType.NAME, value);
        }
        String raw = new String(Files.readAllBytes(dir.resolve(LocalTokenVault.FILE_NAME)), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.toLowerCase(java.util.Locale.ROOT).contains("quillfeather"));
    }

    @Test
    void refusesANonPositiveLifetime() {
        try (LocalTokenVault vault = LocalTokenVault.open(dir, clock)) {
            assertThrows(IllegalArgumentException.class,
                    () -> new VaultTokenOperator(TestKeys.a(), NameTokens.FULL_NAME, vault, Duration.ZERO, clock));
        }
    }
}
