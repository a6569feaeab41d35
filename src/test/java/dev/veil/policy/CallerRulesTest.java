package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerRulesTest {
    private static final Policy POLICY = PolicyParser.parse("""
            {"mode":"redact",
             "callers":[
               {"principal":"arn:aws:iam::111122223333:role/admin-*","mode":"pass"},
               {"principal":"arn:aws:sts::111122223333:assumed-role/analyst/*","mode":"tokenise"},
               {"account":"444455556666","mode":"deny"},
               {"tag":"team","value":"support","mode":"redact"},
               {"tag":"pii-access"}
             ]}""");

    private static final Map<String, Map<String, String>> TAGS = Map.of(
            "arn:aws:iam::111122223333:role/tagged-full", Map.of("pii-access", "full"),
            "arn:aws:iam::111122223333:role/tagged-none", Map.of("pii-access", "none"),
            "arn:aws:iam::111122223333:role/tagged-tok", Map.of("pii-access", "tokenised"),
            "arn:aws:iam::111122223333:role/tagged-odd", Map.of("pii-access", "everything"),
            "arn:aws:iam::111122223333:role/support", Map.of("team", "support", "pii-access", "full"));

    private static final PrincipalTags LOOKUP = c -> c.roleArn().map(r -> TAGS.getOrDefault(r, Map.of())).orElse(Map.of());

    @ParameterizedTest
    @CsvSource({
            // type, arn, account, issuer arn, expected mode, expected rule
            "AssumedRole, arn:aws:sts::111122223333:assumed-role/admin-ops/s1, 111122223333, arn:aws:iam::111122223333:role/admin-ops, redact, default",
            "IAMUser, arn:aws:iam::111122223333:role/admin-x, 111122223333, '', pass, callers[0]",
            "AssumedRole, arn:aws:sts::111122223333:assumed-role/analyst/mary, 111122223333, arn:aws:iam::111122223333:role/analyst, tokenise, callers[1]",
            "IAMUser, arn:aws:iam::444455556666:user/bob, 444455556666, '', deny, callers[2]",
            "AssumedRole, arn:aws:sts::111122223333:assumed-role/support/s, 111122223333, arn:aws:iam::111122223333:role/support, redact, callers[3]",
            "AssumedRole, arn:aws:sts::111122223333:assumed-role/tagged-full/s, 111122223333, arn:aws:iam::111122223333:role/tagged-full, pass, callers[4]",
            "AssumedRole, arn:aws:sts::111122223333:assumed-role/tagged-none/s, 111122223333, arn:aws:iam::111122223333:role/tagged-none, deny, callers[4]",
            "AssumedRole, arn:aws:sts::111122223333:assumed-role/tagged-tok/s, 111122223333, arn:aws:iam::111122223333:role/tagged-tok, tokenise, callers[4]",
            "AssumedRole, arn:aws:sts::111122223333:assumed-role/tagged-odd/s, 111122223333, arn:aws:iam::111122223333:role/tagged-odd, redact, default",
            "AssumedRole, arn:aws:sts::111122223333:assumed-role/admin-/s, 111122223333, '', redact, default",
    })
    void firstMatchingRuleWins(String type, String arn, String account, String issuer, String mode, String rule) {
        Caller c = new Caller(type, arn, account, "AID", "AKIA", "", issuer.isEmpty() ? "" : "Role", issuer);
        assertEquals(new Policy.Decision(Mode.parse(mode), rule), POLICY.decide(c, LOOKUP));
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:iam::*:role/admin, arn:aws:iam::111122223333:role/admin, true",
            "arn:aws:iam::*:role/admin, arn:aws:iam::111122223333:role/admin2, false",
            "arn:aws:iam::1111?2223333:user/*, arn:aws:iam::111122223333:user/a/b, true",
            "arn:aws:iam::111122223333:user/a.b, arn:aws:iam::111122223333:user/aXb, false",
            "arn:aws:iam::111122223333:user/(x), arn:aws:iam::111122223333:user/(x), true",
            "arn:*:iam::*:role/*-admin, arn:aws:iam::111122223333:role/a-admin-admin, true",
            "arn:*:iam::*:role/*-admin, arn:aws:iam::111122223333:role/a-admin-x, false",
            "*, anything, true",
            "a*, '', false",
    })
    void globsMatchWholeArns(String glob, String arn, boolean expected) {
        assertEquals(expected, CallerRule.globMatches(glob, arn));
    }

    @org.junit.jupiter.api.Test
    void aGlobOfManyStarsIsDecidedQuickly() {
        String glob = "arn:aws:i" + "*".repeat(120) + "am:fuzza";
        long start = System.nanoTime();
        org.junit.jupiter.api.Assertions.assertFalse(CallerRule.globMatches(glob, "arn:aws:iam::111122223333:user/fuzz"));
        org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - start < 1_000_000_000L, "linear, not backtracking");
    }

    @ParameterizedTest
    @CsvSource({"full, PASS", "Tokenised, TOKENISE", "redacted, REDACT", "none, DENY"})
    void tagValuesGrantModes(String value, Mode expected) {
        assertEquals(expected, Mode.fromTagValue(value).orElseThrow());
    }
}
