package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Entries round-trip exactly, stay small enough for a DynamoDB item, and open only under their id and key. */
class SealedFindingsTest {
    final SecureRandom random = new SecureRandom();
    final TokenKey key = TokenKey.generate(random, Instant.parse("2026-11-28T00:00:00Z"));
    final KeyRing ring = KeyRing.of(key);

    static Finding finding(EntityType type, int start, int end, double score, String detector, String rule) {
        return new Finding(type, start, end, score, detector, Explanation.of(rule, score));
    }

    static String describe(List<List<Finding>> units) {
        StringBuilder sb = new StringBuilder();
        for (int u = 0; u < units.size(); u++) {
            for (Finding f : units.get(u)) {
                sb.append(u).append(' ').append(f.type()).append(' ').append(f.start()).append('-').append(f.end())
                        .append(' ').append(f.score()).append(' ').append(f.detector()).append(' ')
                        .append(f.explanation().rule()).append('\n');
            }
            sb.append("|\n");
        }
        return sb.toString();
    }

    @Test
    void findingsRoundTripInTheirOrderWithTypesScoresAndRules() {
        List<List<Finding>> units = List.of(
                List.of(finding(EntityType.EMAIL, 900_000, 900_030, 0.9991, "remote", "comprehend"),
                        finding(EntityType.NAME, 3, 14, 0.85, "names", "first-last"),
                        finding(EntityType.SSN, 2_000_000_000, 2_000_000_011, 1.0, "ssn", "ssn-dashed")),
                List.of(),
                List.of(finding(EntityType.CREDIT_DEBIT_NUMBER, 0, 19, 1.0, "credit-card", "card-16")));
        byte[] digest = SealedFindings.digest(List.of("a", "b", "c"));
        SealedFindings.Contents in = new SealedFindings.Contents(Instant.ofEpochSecond(1_800_000_000L), digest, units);
        SealedFindings.Contents out = SealedFindings.open("id-1", ring, SealedFindings.seal("id-1", key, in, random));
        assertEquals(describe(units), describe(out.findings()));
        assertEquals(in.expiresAt(), out.expiresAt());
        assertArrayEquals(digest, out.textDigest());
    }

    @Test
    void tenThousandFindingsFitWellInsideADynamoDbItem() {
        Random r = new Random(7);
        List<List<Finding>> units = new ArrayList<>();
        int n = 0;
        while (n < 10_000) {
            List<Finding> unit = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < 50; i++, n++) {
                at += 10 + r.nextInt(200);
                unit.add(finding(EntityType.values()[r.nextInt(6)], at, at + 5 + r.nextInt(30), 0.85, "d" + r.nextInt(5), "rule"));
            }
            units.add(unit);
        }
        byte[] sealed = SealedFindings.seal("id", key, new SealedFindings.Contents(Instant.now(),
                new byte[32], units), random);
        assertTrue(sealed.length < 64 * 1024, "bytes: " + sealed.length);
        assertEquals(describe(units), describe(SealedFindings.open("id", ring, sealed).findings()));
    }

    @Test
    void anEntryOpensOnlyUnderItsIdAndWithItsKey() {
        byte[] sealed = SealedFindings.seal("id-1", key, new SealedFindings.Contents(Instant.now(), new byte[32],
                List.of(List.of(finding(EntityType.NAME, 0, 4, 0.9, "n", "r")))), random);
        assertThrows(SealedFindings.Rejected.class, () -> SealedFindings.open("id-2", ring, sealed));
        KeyRing other = KeyRing.of(new TokenKey(key.id(), new byte[32], Instant.now()));
        assertThrows(SealedFindings.Rejected.class, () -> SealedFindings.open("id-1", other, sealed), "same id, other secret");
        byte[] again = SealedFindings.seal("id-1", key, new SealedFindings.Contents(Instant.now(), new byte[32], List.of()),
                random);
        assertNotEquals(java.util.HexFormat.of().formatHex(sealed, 0, 40), java.util.HexFormat.of().formatHex(again, 0, 40),
                "a fresh nonce per entry");
    }
}
