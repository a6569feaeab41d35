package dev.veil.detect.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Bech32Test {
    @ParameterizedTest
    @CsvSource({
        "bc1qcuhytsfp69kdn6dd68eyyeex384c8yn76gky2y, BECH32, true",
        "BC1QCUHYTSFP69KDN6DD68EYYEEX384C8YN76GKY2Y, BECH32, true",
        "bc1qkdf3v3cwejczum89zfz0qp9zzmx5y9vmmvupzs7ura6qy4h7344qpn0qxx, BECH32, true",
        "bc1pah4yf8eppwrt200srnuzjscv9ce7unaqf6ruydz2w2q2ct29trxsv6j6ef, BECH32M, true",
        // valid checksums, but version 0 needs Bech32 and version 1 Bech32m
        "bc1qqnlyqzgrqjacrr06xzphj0h0wgd635dx0qnu3t, BECH32M, false",
        "bc1pd658az74udj03q2wkqmlkwjhxt27rd965g3k0l2clvxavggrz2sqddznnz, BECH32, false",
        // a testnet address is Bech32 but not for "bc"
        "tb1qhhs5zm3fpc2644mpm6q6h7zgnyltzjctwfncwk, BECH32, false",
    })
    void checksVariantAndSegwitRules(String address, Bech32.Variant variant, boolean mainnet) {
        assertEquals(variant, Bech32.variant(address));
        assertEquals(mainnet, Bech32.isSegwitAddress(address, "bc"));
    }

    @ParameterizedTest
    @CsvSource({
        "bc1qcuhytsfp69kdn6dd68eyyeex384c8yn76gky2z",  // last character changed
        "bc1qcuhytsfp69kdn6dd68eyyeex384c8yn76gk2yy",  // two characters swapped
        "bc1QCUHYTSFP69KDN6DD68EYYEEX384C8YN76GKY2Y",  // mixed case
        "bc1qcuhytsfp69kdn6dd68eyyeex384c8yn76gkyby",  // b is not in the alphabet
        "bcqcuhytsfp69kdn6dd68eyyeex384c8yn76gky2y",   // no separator
        "bc1qcuhy",
    })
    void rejectsCorruptedStrings(String s) {
        assertEquals(null, Bech32.variant(s));
        assertEquals(false, Bech32.isSegwitAddress(s, "bc"));
    }
}
