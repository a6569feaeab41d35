package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base58CheckTest {
    @ParameterizedTest
    @CsvSource({
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFC, 0",
        "37c65LZ5AT5YRG33eryYEmEsnoqC54EDmf, 5",
        "116Fttqj5VVjQs9xdd42ZLGJ9aoTK1SXbW, 0",
        "moDqvvV9GafymKc1JFu8S7BDfRJCErccbT, 111",
    })
    void decodesVersionAndPayload(String address, int version) {
        byte[] payload = Base58Check.payload(address);
        assertNotNull(payload);
        assertEquals(21, payload.length);
        assertEquals(version, payload[0] & 0xff);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFD",  // last character changed
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrF",   // truncated
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFC2",
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrF0",  // 0 is not Base58
        "1111",
        "",
    })
    void rejectsBadChecksumsAndAlphabet(String s) {
        assertNull(Base58Check.payload(s));
    }

    @Test
    void leadingOnesAreZeroBytes() {
        assertArrayEquals(new byte[] {0, 0, 57}, Base58Check.decode("11z"));
        assertNull(Base58Check.decode("1".repeat(200)));
    }
}
