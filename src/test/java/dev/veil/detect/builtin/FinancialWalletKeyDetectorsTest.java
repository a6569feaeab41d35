package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialWalletKeyDetectorsTest {
    private static final PatternDetector BITCOIN = WalletAndKeyDetectors.bitcoin();
    private static final PatternDetector ACCESS_KEY = WalletAndKeyDetectors.awsAccessKey();
    private static final PatternDetector SECRET_KEY = WalletAndKeyDetectors.awsSecretKey();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFC|18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFC",
        "send to 37c65LZ5AT5YRG33eryYEmEsnoqC54EDmf.|37c65LZ5AT5YRG33eryYEmEsnoqC54EDmf",
        "116Fttqj5VVjQs9xdd42ZLGJ9aoTK1SXbW|116Fttqj5VVjQs9xdd42ZLGJ9aoTK1SXbW",
        "bc1qcuhytsfp69kdn6dd68eyyeex384c8yn76gky2y|bc1qcuhytsfp69kdn6dd68eyyeex384c8yn76gky2y",
        "BC1QCUHYTSFP69KDN6DD68EYYEEX384C8YN76GKY2Y|BC1QCUHYTSFP69KDN6DD68EYYEEX384C8YN76GKY2Y",
        "(bc1qkdf3v3cwejczum89zfz0qp9zzmx5y9vmmvupzs7ura6qy4h7344qpn0qxx)"
                + "|bc1qkdf3v3cwejczum89zfz0qp9zzmx5y9vmmvupzs7ura6qy4h7344qpn0qxx",
        "wallet: bc1pah4yf8eppwrt200srnuzjscv9ce7unaqf6ruydz2w2q2ct29trxsv6j6ef"
                + "|bc1pah4yf8eppwrt200srnuzjscv9ce7unaqf6ruydz2w2q2ct29trxsv6j6ef",
    })
    void findsBitcoinAddressesWithValidChecksums(String text, String address) {
        assertFinds(BITCOIN, EntityType.CRYPTO_WALLET, text, address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFD",                  // checksum
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFC2",                 // longer token
        "moDqvvV9GafymKc1JFu8S7BDfRJCErccbT",                  // testnet version byte
        "bc1qcuhytsfp69kdn6dd68eyyeex384c8yn76gky2z",
        "bc1qqnlyqzgrqjacrr06xzphj0h0wgd635dx0qnu3t",          // v0 with a Bech32m checksum
        "tb1qhhs5zm3fpc2644mpm6q6h7zgnyltzjctwfncwk",
        "8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189",
    })
    void ignoresTokensThatAreNotMainnetAddresses(String text) {
        assertNothing(BITCOIN, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AKIA5LKR4AQXVUPCTNWL|AKIA5LKR4AQXVUPCTNWL",
        "aws_access_key_id = ASIA5LKR4AQXVUPCTNWL|ASIA5LKR4AQXVUPCTNWL",
        "\"AccessKeyId\": \"AKIA5LKR4AQXVUPCTNWL\"|AKIA5LKR4AQXVUPCTNWL",
    })
    void findsAccessKeyIds(String text, String key) {
        assertFinds(ACCESS_KEY, EntityType.AWS_ACCESS_KEY, text, key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIA5LKR4AQXVUPCTNW", "AKIA5LKR4AQXVUPCTNWLX", "XAKIA5LKR4AQXVUPCTNWL",
        "AIDA5LKR4AQXVUPCTNWL", "akia5lkr4aqxvupctnwl"})
    void ignoresOtherIds(String text) {
        assertNothing(ACCESS_KEY, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "aws_secret_access_key = AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuNw|AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuNw",
        "\"SecretAccessKey\": \"AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuNw\"|AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuNw",
        "secret key: AqwK8jZfALhLSzFyCmmd/Txp+TkSF2RCdKDFRuNw|AqwK8jZfALhLSzFyCmmd/Txp+TkSF2RCdKDFRuNw",
    })
    void findsSecretKeysNextToAKeyword(String text, String key) {
        assertFinds(SECRET_KEY, EntityType.AWS_SECRET_KEY, text, key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuNw",                        // no keyword
        "secret: 3f786850e387550fdab836ed7e6dc881de23001b",               // a SHA-1 (no upper case)
        "secret key AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuNwX",            // 41 characters
        "secret key AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuN",              // 39 characters
    })
    void ignoresOtherLongTokens(String text) {
        assertNothing(SECRET_KEY, text);
    }
}
