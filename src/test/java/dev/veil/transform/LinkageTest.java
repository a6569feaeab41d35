package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two records: tokenised, they name nobody and still link. */
class LinkageTest {
    private static final String RECORD_1 = "Record 1: Name: Mary Smith   Relationship: Daughter of Jane Smith";
    private static final String RECORD_2 = "Record 2: Name: Jane Smith   Relationship: Mother of Mary Smith";
    private static final Pattern LAYOUT = Pattern.compile(
            "Record \\d: Name: ([A-Z][a-z]+ [A-Z][a-z]+) {3}Relationship: (?:Daughter|Mother) of ([A-Z][a-z]+ [A-Z][a-z]+)");

    /** Stands in for the name detector, so the test is about tokens only. */
    private static final DetectionEngine ENGINE = DetectionEngine.builder()
            .detector(PatternDetector.builder("test-names", EntityType.NAME)
                    .pattern("given-family", "\\b(?:Mary|Jane) Smith\\b", 0.9).trigger(Trigger.ANY).build())
            .build();

    private static String tokenise(String record, NameTokens mode) {
        // a new transformer per record: linkage must hold across requests, not only within one
        Transformer t = new Transformer(OperatorPolicy.builder()
                .defaultOperator(new KeyedTokenOperator(TestKeys.a(), mode)).keyId(TestKeys.a().id()).build());
        return t.apply(record, ENGINE.detect(record)).text();
    }

    private static String[] names(String tokenised) {
        Matcher m = LAYOUT.matcher(tokenised);
        if (!m.matches()) {
            throw new AssertionError("layout changed: " + tokenised);
        }
        return new String[] {m.group(1), m.group(2)};
    }

    @Test
    void recordsNameNobodyAndStillLink() {
        String one = tokenise(RECORD_1, NameTokens.FULL_NAME);
        String two = tokenise(RECORD_2, NameTokens.FULL_NAME);
        for (String s : new String[] {one, two}) {
            assertFalse(s.contains("Mary") || s.contains("Jane") || s.contains("Smith"), s);
        }
        String[] r1 = names(one);
        String[] r2 = names(two);
        assertEquals(r1[1], r2[0], "Jane Smith has one token in both records");
        assertEquals(r1[0], r2[1], "Mary Smith has one token in both records");
        assertNotEquals(r1[0], r1[1], "two people stay two people");
    }

    @Test
    void perPartTokensAlsoShowTheSharedFamilyName() {
        String[] r1 = names(tokenise(RECORD_1, NameTokens.PER_PART));
        String[] r2 = names(tokenise(RECORD_2, NameTokens.PER_PART));
        assertEquals(r1[1], r2[0]);
        assertEquals(r1[0], r2[1]);
        assertEquals(r1[0].split(" ")[1], r1[1].split(" ")[1], "Smith has one token");
    }

    @Test
    void anotherKeyGivesOtherTokens() {
        String one = tokenise(RECORD_1, NameTokens.FULL_NAME);
        Transformer other = new Transformer(OperatorPolicy.builder()
                .defaultOperator(new KeyedTokenOperator(TestKeys.b())).build());
        String withB = other.apply(RECORD_1, ENGINE.detect(RECORD_1)).text();
        assertNotEquals(names(one)[0], names(withB)[0]);
    }
}
