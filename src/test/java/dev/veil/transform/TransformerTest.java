package dev.veil.transform;

import static dev.veil.transform.Findings.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransformerTest {
    private static final String TEXT = "Mail jane.doe@example.com or call +1 555 010 0199, card 4111 1111 1111 1111.";

    private static List<Finding> findings() {
        return List.of(
                at(TEXT, "jane.doe@example.com", EntityType.EMAIL),
                at(TEXT, "+1 555 010 0199", EntityType.PHONE),
                at(TEXT, "4111 1111 1111 1111", EntityType.CREDIT_DEBIT_NUMBER));
    }

    @Test
    void labelsEveryFindingByDefault() {
        TransformResult r = new Transformer(OperatorPolicy.labels()).apply(TEXT, findings());
        assertEquals("Mail [EMAIL] or call [PHONE], card [CREDIT_DEBIT_NUMBER].", r.text());
    }

    @Test
    void appliesPerTypeStylesAndKeepsOffsetsValidWhateverTheOrder() {
        OperatorPolicy policy = OperatorPolicy.builder()
                .defaultOperator(MaskOperator.full())
                .operator(EntityType.CREDIT_DEBIT_NUMBER, MaskOperator.lastFour())
                .operator(EntityType.EMAIL, new LabelOperator())
                .build();
        List<Finding> shuffled = List.of(findings().get(1), findings().get(2), findings().get(0));
        TransformResult r = new Transformer(policy).apply(TEXT, shuffled);
        assertEquals("Mail [EMAIL] or call +* *** *** ****, card **** **** **** 1111.", r.text());
    }

    @Test
    void summaryCountsTypesAndMethodsAndHoldsNoValue() {
        OperatorPolicy policy = OperatorPolicy.builder()
                .operator(EntityType.CREDIT_DEBIT_NUMBER, MaskOperator.lastFour()).keyId("k-test").build();
        TransformSummary s = new Transformer(policy).apply(TEXT, findings()).summary();
        assertEquals(Map.of(EntityType.EMAIL, 1, EntityType.PHONE, 1, EntityType.CREDIT_DEBIT_NUMBER, 1), s.counts());
        assertEquals(Map.of("label", 2, "partial-mask", 1), s.methods());
        assertEquals(Optional.of("k-test"), s.keyId());
        assertEquals(3, s.total());
        assertFalse(s.toString().contains("4111"), s.toString());
        assertFalse(s.toString().contains("jane"), s.toString());
    }

    @Test
    void summariesAdd() {
        Transformer t = new Transformer(OperatorPolicy.labels());
        TransformSummary s = t.apply(TEXT, findings()).summary().plus(t.apply(TEXT, findings().subList(0, 1)).summary());
        assertEquals(2, s.counts().get(EntityType.EMAIL));
        assertEquals(4, s.methods().get("label"));
    }

    @Test
    void noFindingsLeavesTheTextAlone() {
        TransformResult r = new Transformer(OperatorPolicy.labels()).apply(TEXT, List.of());
        assertEquals(TEXT, r.text());
        assertEquals(0, r.summary().total());
    }

    @Test
    void rejectsOverlappingFindings() {
        Finding whole = at(TEXT, "4111 1111 1111 1111", EntityType.CREDIT_DEBIT_NUMBER);
        Finding part = at(TEXT, "1111 1111", EntityType.BANK_ACCOUNT_NUMBER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Transformer(OperatorPolicy.labels()).apply(TEXT, List.of(whole, part)));
        assertTrue(e.getMessage().contains("overlap"));
    }

    @Test
    void rejectsFindingsOutsideTheText() {
        Finding f = at(TEXT, "1111.", EntityType.PIN);
        assertThrows(IllegalArgumentException.class,
                () -> new Transformer(OperatorPolicy.labels()).apply(TEXT.substring(0, TEXT.length() - 2), List.of(f)));
    }
}
