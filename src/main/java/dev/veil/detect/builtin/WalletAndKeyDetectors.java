package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import dev.veil.detect.checksum.Base58Check;
import dev.veil.detect.checksum.Bech32;
import java.util.List;

/** Bitcoin wallet addresses and AWS credentials: long random-looking tokens with a known shape. */
final class WalletAndKeyDetectors {
    /**
     * Digits with a margin wide enough for a whole token: a 40-character secret key may have its
     * only digits near one end. (Addresses and key ids start from the shared runs of letters and
     * digits instead: every match is one whole run.)
     */
    static final Trigger DIGITS_WIDE = Trigger.nearDigits("digits-wide", 72);

    private static final String NOT_IN_WORD_AFTER = "(?![A-Za-z0-9])";

    private static final String[] SECRET_WORDS = {"secret access key", "secret key", "aws secret",
        "secretaccesskey", "secret", "aws secret key"};

    private WalletAndKeyDetectors() {
    }

    static List<Detector> all() {
        return List.of(bitcoin(), awsAccessKey(), KeywordGate.onContext(awsSecretKey(), SECRET_WORDS));
    }

    static PatternDetector bitcoin() {
        return PatternDetector.builder("bitcoin-address", EntityType.CRYPTO_WALLET)
                .pattern("base58check", "[13](?<![A-Za-z0-9][13])[1-9A-HJ-NP-Za-km-z]{24,33}" + NOT_IN_WORD_AFTER, 0.3)
                .pattern("bech32", "[bB](?<![A-Za-z0-9][bB])(?:c1[02-9ac-hj-np-z]{11,71}|C1[02-9AC-HJ-NP-Z]{11,71})"
                        + NOT_IN_WORD_AFTER, 0.3)
                .validator("address-checksum", WalletAndKeyDetectors::isBitcoinAddress)
                .context("bitcoin", "btc", "wallet", "address", "crypto", "send", "pay to")
                // every match is one whole run of letters and digits of 25-34 (Base58) or 14-74 (Bech32)
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(RunIndex.range(25, 34)).first("13"),
                        RunIndex.Shape.of(RunIndex.range(14, 74)).first("bB").test(WalletAndKeyDetectors::startsBech32)))
                .build();
    }

    /** The bc1 prefix, any case of b and c. */
    private static boolean startsBech32(String text, int s, int e) {
        return (text.charAt(s + 1) == 'c' || text.charAt(s + 1) == 'C') && text.charAt(s + 2) == '1';
    }

    /** A mainnet P2PKH (version 0) or P2SH (version 5) Base58Check address, or a SegWit address. */
    static boolean isBitcoinAddress(String candidate) {
        if (candidate.startsWith("bc1") || candidate.startsWith("BC1")) {
            return Bech32.isSegwitAddress(candidate, "bc");
        }
        byte[] payload = Base58Check.payload(candidate);
        return payload != null && payload.length == 21 && (payload[0] == 0 || payload[0] == 5);
    }

    /** Access key IDs of long-term (AKIA) and temporary (ASIA) credentials. */
    static PatternDetector awsAccessKey() {
        return PatternDetector.builder("aws-access-key", EntityType.AWS_ACCESS_KEY)
                .pattern("akia-asia", "A(?<![A-Za-z0-9]A)[KS]IA[A-Z0-9]{16}" + NOT_IN_WORD_AFTER, 0.85)
                .context("aws", "access key", "access key id", "accesskeyid", "key id", "credentials")
                // every match is one whole run of 20 letters and digits starting AKIA or ASIA
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(20).first("A").test(WalletAndKeyDetectors::startsAccessKeyId)))
                .build();
    }

    private static boolean startsAccessKeyId(String text, int s, int e) {
        return text.charAt(s) == 'A' && (text.charAt(s + 1) == 'K' || text.charAt(s + 1) == 'S')
                && text.charAt(s + 2) == 'I' && text.charAt(s + 3) == 'A';
    }

    /**
     * Secret access keys: 40 characters of base64. A hash or token can look the same, so only
     * next to a keyword, and only with upper case, lower case and a digit (hex digests have no
     * upper case).
     */
    static PatternDetector awsSecretKey() {
        return PatternDetector.builder("aws-secret-key", EntityType.AWS_SECRET_KEY)
                .pattern("base64-40", "[A-Za-z0-9/+](?<![A-Za-z0-9/+=][A-Za-z0-9/+])[A-Za-z0-9/+]{39}"
                        + "(?![A-Za-z0-9/+=])", 0.4)
                .validator("mixed-characters", WalletAndKeyDetectors::isMixed)
                .validatedScore(0.0)
                .context(SECRET_WORDS)
                .contextRequired()
                .trigger(DIGITS_WIDE)
                .build();
    }

    static boolean isMixed(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }
}
