package dev.veil.transform;

import java.time.Instant;
import java.util.Arrays;

/** Fixed keys for tests (never used outside tests). */
final class TestKeys {
    private TestKeys() {
    }

    static TokenKey key(String id, int fill) {
        byte[] secret = new byte[TokenKey.SECRET_BYTES];
        Arrays.fill(secret, (byte) fill);
        secret[0] = (byte) id.hashCode();
        return new TokenKey(id, secret, Instant.parse("2026-11-28T00:00:00Z"));
    }

    static TokenKey a() {
        return key("test-a", 1);
    }

    static TokenKey b() {
        return key("test-b", 2);
    }
}
