package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fuzzes SigV4 verification with arbitrary requests: the input's lines are the method, the raw
 * path, the raw query and then {@code name: value} headers. Every request is accepted for the one
 * known key or refused with an {@link SigV4Verifier.AuthException}; nothing else escapes (the
 * gateway would turn it into a 500). Seeds under
 * {@code src/test/resources/dev/veil/gateway/SigV4VerifierFuzzTestInputs/}, one of them signed
 * correctly at {@link #NOW}.
 */
class SigV4VerifierFuzzTest {
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final SigV4Verifier VERIFIER = new SigV4Verifier(
            k -> k.equals("AKIDFUZZ") ? Optional.of("fuzz-secret") : Optional.empty(), "us-east-1", "s3",
            Clock.fixed(NOW, ZoneOffset.UTC));

    @FuzzTest(maxDuration = "2m")
    void anyRequestIsVerifiedOrRefusedWithAnS3Error(byte[] input) {
        SigV4Verifier.Request r = request(input);
        try {
            assertEquals("AKIDFUZZ", VERIFIER.verify(r));
        } catch (SigV4Verifier.AuthException e) {
            int status = e.status();
            if (status != 400 && status != 403) {
                throw new AssertionError("unexpected status " + status);
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"signed-header", "presigned-query"})
    void theSignedSeedsAreAcceptedSoTheFuzzerStartsFromValidRequests(String seed) throws Exception {
        try (var in = getClass().getResourceAsStream(
                "SigV4VerifierFuzzTestInputs/anyRequestIsVerifiedOrRefusedWithAnS3Error/" + seed)) {
            assertEquals("AKIDFUZZ", VERIFIER.verify(request(in.readAllBytes())));
        }
    }

    /** Method, raw path, raw query, then {@code name: value} headers, one per line. */
    static SigV4Verifier.Request request(byte[] input) {
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 3; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new SigV4Verifier.Request(line(lines, 0), line(lines, 1), line(lines, 2), headers);
    }

    private static String line(String[] lines, int i) {
        return i < lines.length ? lines[i] : "";
    }
}
