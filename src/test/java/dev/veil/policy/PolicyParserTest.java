package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyParserTest {
    @Test
    void fullPayloadIsRead() {
        Policy p = PolicyParser.parse("""
                {"mode":"redact","entities":["NAME","email"],"minScore":0.7,"allowList":["ACME Ltd"],
                 "style":"mask","tokenMethod":"fpe","unsupported":"pass","maxObjectBytes":1000,
                 "callers":[{"principal":"arn:aws:iam::111122223333:role/admin*","mode":"pass"},
                            {"account":"444455556666","mode":"deny"},
                            {"tag":"pii-access"},
                            {"tag":"team","value":"ds","mode":"tokenise"}]}""");
        assertEquals(Mode.REDACT, p.defaultMode().orElseThrow());
        assertEquals(Set.of(EntityType.NAME, EntityType.EMAIL), p.entities());
        assertEquals(0.7, p.minScore());
        assertEquals(Policy.RedactStyle.MASK, p.style());
        assertEquals(Policy.TokenMethod.FPE, p.tokenMethod());
        assertEquals(Unsupported.PASS, p.unsupported());
        assertEquals(1000, p.maxObjectBytes());
        assertEquals(4, p.callers().size());
        assertTrue(p.needsTags());
    }

    @Test
    void emptyPayloadDeniesEveryone() {
        Policy p = PolicyParser.parse("");
        assertEquals(new Policy.Decision(Mode.DENY, "no-match"),
                p.decide(Caller.of("arn:aws:iam::111122223333:user/a", "111122223333"), PrincipalTags.NONE));
        assertEquals(Policy.DEFAULT_MAX_OBJECT_BYTES, p.maxObjectBytes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"mode\":\"redact\",\"colour\":\"red\"}|unknown key 'colour'",
            "{\"mode\":\"maybe\"}|mode must be pass, redact, tokenise or deny",
            "{\"mode\":1}|mode: must be a string",
            "{\"entities\":[\"NOPE\"]}|unknown entity type 'NOPE'",
            "{\"entities\":\"NAME\"}|entities: must be an array",
            "{\"minScore\":2}|minScore: must be a number from 0 to 1",
            "{\"style\":\"blur\"}|style: must be one of label, mask",
            "{\"tokenMethod\":\"vault\"}|tokenMethod: must be one of hmac, fpe",
            "{\"unsupported\":\"html\"}|unsupported must be deny, pass or text",
            "{\"maxObjectBytes\":-1}|maxObjectBytes: must be a positive whole number",
            "{\"maxObjectBytes\":1.5}|maxObjectBytes: must be a positive whole number",
            "{\"callers\":{}}|callers: must be an array",
            "{\"callers\":[{\"mode\":\"pass\"}]}|callers[0]: a caller rule needs principal, account or tag",
            "{\"callers\":[{\"account\":\"12\",\"mode\":\"pass\"}]}|callers[0].account: must be a 12-digit account id",
            "{\"callers\":[{\"principal\":\"admin\",\"mode\":\"pass\"}]}|callers[0].principal: must be an ARN",
            "{\"callers\":[{\"account\":\"111122223333\"}]}|callers[0]: a caller rule needs mode",
            "{\"callers\":[{\"tag\":\"t\",\"value\":\"v\"}]}|callers[0]: a caller rule needs mode",
            "{\"callers\":[{\"value\":\"v\",\"account\":\"111122223333\",\"mode\":\"pass\"}]}|needs tag",
            "{\"callers\":[{\"tag\":\"t\",\"role\":\"x\"}]}|callers[0]: unknown key 'role'",
            "[1,2]|payload: must be a JSON object",
            "{\"mode\":|payload: not valid JSON",
    })
    void invalidPayloadsNameTheProblem(String payload, String expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyParser.parse(payload));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void fingerprintIgnoresFormattingAndKeyOrderButNotValues() {
        String a = PolicyParser.parse("{\"mode\":\"redact\",\"minScore\":0.6}").fingerprint();
        String b = PolicyParser.parse("{ \"minScore\": 0.6,\n \"mode\": \"redact\" }").fingerprint();
        String c = PolicyParser.parse("{\"mode\":\"redact\",\"minScore\":0.7}").fingerprint();
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void tagsAreNotLookedUpWhenAnEarlierRuleMatches() {
        Policy p = PolicyParser.parse("""
                {"callers":[{"account":"111122223333","mode":"pass"},{"tag":"pii-access"}]}""");
        PrincipalTags failing = c -> {
            throw new TagLookupException("down", null);
        };
        assertEquals(Mode.PASS, p.decide(Caller.of("arn:aws:iam::111122223333:user/a", "111122223333"), failing).mode());
        assertThrows(TagLookupException.class,
                () -> p.decide(Caller.of("arn:aws:iam::999988887777:user/a", "999988887777"), failing));
        assertFalse(PolicyParser.parse("{\"callers\":[{\"account\":\"111122223333\",\"mode\":\"pass\"}]}").needsTags());
    }
}
