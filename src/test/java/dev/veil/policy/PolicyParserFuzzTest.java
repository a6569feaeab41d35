package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the access-point payload parser: any string is either a policy or a
 * {@link PolicyException} with a reason, never another exception. Seeds under
 * {@code src/test/resources/dev/veil/policy/PolicyParserFuzzTestInputs/}.
 */
class PolicyParserFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void anyPayloadIsAPolicyOrAPolicyException(byte[] input) {
        String payload = new String(input, StandardCharsets.UTF_8);
        try {
            Policy p = PolicyParser.parse(payload);
            assertNotNull(p.fingerprint());
            assertTrue(p.maxObjectBytes() > 0, "a positive size limit");
            assertNotNull(p.decide(Caller.of("arn:aws:iam::111122223333:user/fuzz", "111122223333"), c -> java.util.Map.of()));
        } catch (PolicyException e) {
            assertNotNull(e.getMessage());
        }
    }
}
