package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code read} allow rules of the function-URL front: deny by default, keys matched exactly as given. */
class ReadRulesTest {
    static final String ANALYST = "arn:aws:sts::111122223333:assumed-role/analyst-eu/session-1";
    static final Policy POLICY = PolicyParser.parse("""
            {"mode":"redact","read":[
              {"principal":"arn:aws:sts::111122223333:assumed-role/analyst*","buckets":["docs"],"prefixes":["reports/","shared/2026-"]},
              {"account":"444455556666","buckets":["*"]},
              {"principal":"arn:aws:iam::777788889999:user/auditor","account":"777788889999","buckets":["logs","docs"],"prefixes":["audit/"]}]}""");

    private static Optional<String> rule(String arn, String account, String bucket, String key) {
        return POLICY.readRule(Caller.of(arn, account), bucket, key);
    }

    @ParameterizedTest(name = "{2}/{3} by {0}")
    @CsvSource(delimiter = '|', value = {
            ANALYST + "|111122223333|docs|reports/q3.pdf|read[0]",
            ANALYST + "|111122223333|docs|reports/|read[0]",
            ANALYST + "|111122223333|docs|reports/2026/deep/x.docx|read[0]",
            ANALYST + "|111122223333|docs|shared/2026-11/a.csv|read[0]",
            "arn:aws:sts::111122223333:assumed-role/analyst/s|111122223333|docs|reports/a|read[0]",
            "arn:aws:iam::444455556666:user/anyone|444455556666|any-bucket|any/key|read[1]",
            "arn:aws:sts::444455556666:assumed-role/x/y|444455556666|docs|reports/a|read[1]",
            "arn:aws:iam::777788889999:user/auditor|777788889999|logs|audit/2026.log|read[2]",
            "arn:aws:iam::777788889999:user/auditor|777788889999|docs|audit/x|read[2]",
            // A key that merely contains '..' after an allowed prefix stays inside it, as S3 stores it.
            ANALYST + "|111122223333|docs|reports/../secret.txt|read[0]",
    })
    void allowedReadsNameTheirRule(String arn, String account, String bucket, String key, String expected) {
        assertEquals(Optional.of(expected), rule(arn, account, bucket, key));
    }

    @ParameterizedTest(name = "{2}/{3} by {0}")
    @CsvSource(delimiter = '|', value = {
            // outside the allowed prefixes
            ANALYST + "|111122223333|docs|secret/q3.pdf",
            ANALYST + "|111122223333|docs|report/q3.pdf",
            ANALYST + "|111122223333|docs|reports",
            ANALYST + "|111122223333|docs|Reports/q3.pdf",
            ANALYST + "|111122223333|docs|/reports/q3.pdf",
            ANALYST + "|111122223333|docs|./reports/q3.pdf",
            ANALYST + "|111122223333|docs|../docs/reports/q3.pdf",
            ANALYST + "|111122223333|docs|x/../reports/q3.pdf",
            ANALYST + "|111122223333|docs|reports%2Fq3.pdf",
            ANALYST + "|111122223333|docs|%72eports/q3.pdf",
            ANALYST + "|111122223333|docs|reports\\q3.pdf",
            ANALYST + "|111122223333|docs|ｒeports/q3.pdf",
            ANALYST + "|111122223333|docs|shared/2025-12/a.csv",
            ANALYST + "|111122223333|docs|''",
            // other buckets
            ANALYST + "|111122223333|docs-archive|reports/q3.pdf",
            ANALYST + "|111122223333|doc|reports/q3.pdf",
            ANALYST + "|111122223333|logs|reports/q3.pdf",
            // other principals and accounts
            "arn:aws:sts::111122223333:assumed-role/admin/s|111122223333|docs|reports/q3.pdf",
            "arn:aws:sts::999999999999:assumed-role/analyst/s|999999999999|docs|reports/q3.pdf",
            "arn:aws:iam::444455556666:user/anyone|111122223333|docs|reports/q3.pdf",
            "arn:aws:iam::777788889999:user/auditor|777788889999|archive|audit/x",
            "arn:aws:iam::777788889999:user/auditor-2|777788889999|logs|audit/x",
            "arn:aws:iam::777788889999:user/auditor|111122223333|logs|audit/x",
            "''|''|docs|reports/q3.pdf",
    })
    void otherReadsAreDenied(String arn, String account, String bucket, String key) {
        assertEquals(Optional.empty(), rule(arn, account, bucket, key));
    }

    @Test
    void noReadRulesDenyEveryRead() {
        Policy p = PolicyParser.parse("{\"mode\":\"pass\"}");
        assertEquals(Optional.empty(), p.readRule(Caller.of(ANALYST, "111122223333"), "docs", "reports/a"));
        assertTrue(p.reads().isEmpty());
    }

    @Test
    void readRulesChangeTheFingerprint() {
        assertNotEquals(PolicyParser.parse("{\"mode\":\"pass\"}").fingerprint(),
                PolicyParser.parse("{\"mode\":\"pass\",\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"*\"]}]}")
                        .fingerprint());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"read\":{}}|read: must be an array",
            "{\"read\":[1]}|read[0]: must be an object",
            "{\"read\":[{\"buckets\":[\"docs\"]}]}|read[0]: a read rule needs principal or account",
            "{\"read\":[{\"account\":\"111122223333\"}]}|read[0].buckets: required",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[]}]}|read[0].buckets: must be a non-empty array",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":\"docs\"}]}|read[0].buckets: must be a non-empty array",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"Docs_1\"]}]}|'Docs_1' is not a bucket name",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"doc*\"]}]}|'doc*' is not a bucket name",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"docs\"],\"prefixes\":[]}]}|read[0].prefixes: must be a non-empty array",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"docs\"],\"prefixes\":[\"\"]}]}|read[0].prefixes: must be a non-empty array",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"docs\"],\"prefixes\":[\"reports/*\"]}]}|no wildcards",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"docs\"],\"prefixes\":[7]}]}|read[0].prefixes: must be a non-empty array",
            "{\"read\":[{\"account\":\"1111\",\"buckets\":[\"docs\"]}]}|read[0].account: must be a 12-digit account id",
            "{\"read\":[{\"principal\":\"analyst\",\"buckets\":[\"docs\"]}]}|read[0].principal: must be an ARN",
            "{\"read\":[{\"principal\":\"\",\"buckets\":[\"docs\"]}]}|read[0].principal: must be a non-empty string",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"docs\"],\"mode\":\"pass\"}]}|read[0]: unknown key 'mode'",
            "{\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"docs\"],\"prefix\":\"a/\"}]}|read[0]: unknown key 'prefix'",
    })
    void invalidReadRulesNameTheProblem(String payload, String expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyParser.parse(payload));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aReadRuleNeedsAPrincipalOrAnAccount() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReadRule(null, null, java.util.List.of("docs"), java.util.List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ReadRule(null, "111122223333", java.util.List.of(), java.util.List.of()));
    }
}
