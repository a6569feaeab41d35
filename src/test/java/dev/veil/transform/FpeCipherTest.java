package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FpeCipherTest {
    private static final int VALUES = 40;
    private final FpeCipher cipher = new FpeCipher(TestKeys.a());
    private final FpeCipher other = new FpeCipher(TestKeys.b());

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void encryptsEveryApplicableTypeReversiblyKeepingItsShape(EntityType type) {
        Random r = new Random(type.ordinal());
        int encrypted = 0;
        for (int i = 0; i < VALUES; i++) {
            String value = SampleValues.next(type, r);
            Optional<String> token = cipher.encrypt(type, value);
            if (FpeAlphabet.forType(type).isEmpty()) {
                assertTrue(token.isEmpty(), type + " is not an FF3-1 type");
                continue;
            }
            if (token.isEmpty()) {
                continue; // below FF3-1's minimum domain (a 3-digit CVV)
            }
            encrypted++;
            String t = token.get();
            assertEquals(value.length(), t.length());
            assertEquals(value.replaceAll("[A-Za-z0-9]", "x"), t.replaceAll("[A-Za-z0-9]", "x"), "separators kept");
            assertEquals(token, cipher.encrypt(type, value), "deterministic");
            assertEquals(Normaliser.normalise(type, value), Normaliser.normalise(type, cipher.decrypt(type, t).orElseThrow()));
            assertNotEquals(t, other.encrypt(type, value).orElseThrow(), "another key, another ciphertext");
            if (FpeAlphabet.forType(type).get() == FpeAlphabet.DIGITS) {
                assertTrue(t.replaceAll("[^0-9]", "").length() == value.replaceAll("[^0-9]", "").length());
            }
        }
        if (FpeAlphabet.forType(type).isPresent() && type != EntityType.CREDIT_DEBIT_CVV && type != EntityType.PIN) {
            assertEquals(VALUES, encrypted, type + ": every generated value is long enough");
        }
    }

    @ParameterizedTest
    @CsvSource({"CREDIT_DEBIT_CVV, 123", "PIN, 12345", "SSN, 12-34", "LICENSE_PLATE, AB1", "CREDIT_DEBIT_NUMBER, 4111 1111 1111 111X"})
    void leavesValuesOutsideFf3DomainToTheFallback(EntityType type, String value) {
        assertTrue(cipher.encrypt(type, value).isEmpty());
        FpeOperator op = new FpeOperator(TestKeys.a(), new KeyedTokenOperator(TestKeys.a()));
        assertEquals("hmac", op.apply(type, value).method());
    }

    @Test
    void typesAreSeparateDomains() {
        assertNotEquals(cipher.encrypt(EntityType.SSN, "123456789"), cipher.encrypt(EntityType.BANK_ROUTING, "123456789"));
    }

    @Test
    void keepsTheCaseAnAlphanumericCodeWasWrittenIn() {
        String upper = cipher.encrypt(EntityType.UK_NATIONAL_INSURANCE_NUMBER, "QQ 12 34 56 C").orElseThrow();
        String lower = cipher.encrypt(EntityType.UK_NATIONAL_INSURANCE_NUMBER, "qq 12 34 56 c").orElseThrow();
        assertEquals(upper.toLowerCase(java.util.Locale.ROOT), lower);
        assertEquals(upper, upper.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void operatorCountsEncryptionsAsFpe() {
        FpeOperator op = new FpeOperator(TestKeys.a(), new LabelOperator());
        Replacement r = op.apply(EntityType.CREDIT_DEBIT_NUMBER, "4111 1111 1111 1111");
        assertEquals("fpe", r.method());
        assertTrue(r.text().matches("\\d{4} \\d{4} \\d{4} \\d{4}"), r.text());
        assertEquals("[NAME]", op.apply(EntityType.NAME, "Mary Smith").text());
    }
}
