package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialDetectorsTest {
    private static final List<Detector> ALL = FinancialDetectors.all();
    /** A synthetic document with one value of every type. */
    private static final String STATEMENT = String.join("\n",
            "Card 4114 7104 9746 5079, exp 12/27, CVV 907.",
            "IBAN DE50 5260 1815 9083 0166 13, BIC VEILDEFF, routing number 015798682, account 0099887766.",
            "SSN 536-22-8145, ITIN 912-70-8145, SIN 116 372 657.",
            "Wallet 18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFC, key AKIA5LKR4AQXVUPCTNWL,",
            "aws_secret_access_key = AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuNw",
            "Your new PIN is 4821.");

    @Test
    void namesAreUniqueAndEveryTypeIsCovered() {
        Set<String> names = new HashSet<>();
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (Detector d : ALL) {
            assertTrue(names.add(d.name()), d.name());
            types.addAll(d.types());
        }
        assertEquals(EnumSet.of(EntityType.CREDIT_DEBIT_NUMBER, EntityType.CREDIT_DEBIT_CVV,
                EntityType.CREDIT_DEBIT_EXPIRY, EntityType.PIN, EntityType.INTERNATIONAL_BANK_ACCOUNT_NUMBER,
                EntityType.BANK_ROUTING, EntityType.BANK_ACCOUNT_NUMBER, EntityType.SWIFT_CODE, EntityType.SSN,
                EntityType.US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER, EntityType.CA_SOCIAL_INSURANCE_NUMBER,
                EntityType.CRYPTO_WALLET, EntityType.AWS_ACCESS_KEY, EntityType.AWS_SECRET_KEY), types);
    }

    @Test
    void findsEveryTypeInAStatementAndExplainsWithoutValues() {
        List<Finding> found = DetectionEngine.builder().detectors(ALL).build().detect(STATEMENT);
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (Finding f : found) {
            types.add(f.type());
            String value = STATEMENT.substring(f.start(), f.end());
            assertFalse(f.explanation().toString().contains(value), f.explanation()::toString);
        }
        assertEquals(14, types.size(), found::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CVV: 123", "card verification value 1234", "PIN 4821", "personal identification number 1234",
        "exp 12/27", "good thru 11/30", "account 12345678", "SWIFT VEILDEFF", "bank identifier code VEILDEFF",
        "secret key AqwK8jZfALhLSzFyCmmdKTxp+TkSF2RCdKDFRuNw", "123 4567 12/27 VEILDEFF spinning",
    })
    void keywordGatesChangeNoOutput(String text) {
        List<Detector> ungated = List.of(PaymentCardDetectors.cvv(), PaymentCardDetectors.pin(),
                PaymentCardDetectors.expiry(), BankDetectors.account(), BankDetectors.swift(),
                WalletAndKeyDetectors.awsSecretKey());
        int gatedCount = 0;
        int ungatedCount = 0;
        for (Detector d : ALL) {
            gatedCount += d.detect(new TextView(text)).size();
        }
        for (Detector d : ungated) {
            ungatedCount += d.detect(new TextView(text)).size();
        }
        int unaffected = 0;
        for (Detector d : ALL) {
            if (!(d instanceof KeywordGate)) {
                unaffected += d.detect(new TextView(text)).size();
            }
        }
        assertEquals(ungatedCount, gatedCount - unaffected);
    }

    @ParameterizedTest
    @CsvSource({"'PIN: 1234', true", "'your Pin', true", "'pin', true", "'spinning top', false",
        "'opinion', false", "'pinch 1234', false", "'', false"})
    void keywordGateLooksForWholeWords(String text, boolean open) {
        KeywordGate gate = KeywordGate.onContext(PaymentCardDetectors.pin(), "pin", "pin code");
        assertEquals(open, gate.mayMentionKeyword(new TextView(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1 ", "1234 ", "123-", "12/25 ", "4111 ", "AB12", "A", "AKIA",
        "1abcdefghijkmnopqrstuvwxyz", "bc1qqqqqqqqqq", "aB3/", "DE89 ", "0000-0000-", "9. "})
    void adversarialInputsTakeLinearTime(String unit) {
        String text = "account PIN cvv exp swift secret " + unit.repeat(100_000 / unit.length());
        TextView view = new TextView(text);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (Detector d : ALL) {
                d.detect(view);
            }
        });
    }
}
