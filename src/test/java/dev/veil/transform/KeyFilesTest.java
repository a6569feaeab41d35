package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyFilesTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsARotatedRing() throws Exception {
        TokenKey first = TokenKey.generate(new SecureRandom(), Instant.parse("2026-11-28T17:00:00Z"));
        TokenKey second = TokenKey.generate(new SecureRandom(), Instant.parse("2026-12-28T17:00:00Z"));
        KeyRing ring = KeyRing.of(first).rotatedTo(second);
        Path file = dir.resolve("veil.key");
        KeyFiles.write(file, ring, false);
        KeyRing back = KeyFiles.read(file);
        assertEquals(second.id(), back.primary().id());
        assertTrue(back.primary().sameAs(second));
        assertTrue(back.byId(first.id()).orElseThrow().sameAs(first));
        assertTrue(first.id().matches("k20261128-[0-9a-f]{8}"), first.id());
    }

    @Test
    void keyFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("veil.key");
        KeyFiles.write(file, KeyRing.of(TestKeys.a()), false);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(file));
        }
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> KeyFiles.write(file, KeyRing.of(TestKeys.b()), false));
    }

    @Test
    void toStringShowsTheIdButNotTheSecret() {
        String formatted = KeyFiles.format(KeyRing.of(TestKeys.a()));
        String secret = formatted.replaceAll("(?s).*\"secret\" : \"([^\"]+)\".*", "$1");
        assertFalse(TestKeys.a().toString().contains(secret));
        assertTrue(TestKeys.a().toString().contains("test-a"));
        assertFalse(KeyRing.of(TestKeys.a()).toString().contains(secret));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"format\":\"veil-keys/1\",\"keys\":[{\"id\":\"x\",\"secret\":\"c2VjcmV0LXNob3J0\"}]}",
            "{\"format\":\"veil-keys/1\",\"keys\":[{\"id\":\"x\",\"secret\":\"not base64 XYZZY value!\"}]}",
            "{\"format\":\"other\",\"keys\":[]}",
            "{\"format\":\"veil-keys/1\",\"keys\":[]}",
            "{\"format\":\"veil-keys/1\", XYZZY",
    })
    void rejectsBadKeyFilesWithoutQuotingThem(String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyFiles.parse(json));
        assertFalse(e.getMessage().contains("XYZZY"), e.getMessage());
        assertFalse(e.getMessage().contains("c2VjcmV0"), e.getMessage());
    }
}
