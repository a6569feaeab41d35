package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyedTokensTest {
    private final KeyedTokens tokens = new KeyedTokens(TestKeys.a(), NameTokens.FULL_NAME);
    private final KeyedTokens perPart = new KeyedTokens(TestKeys.a(), NameTokens.PER_PART);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NAME                | Mary Smith          | MARY SMITH",
            "NAME                | Mary Smith          | 'Mary  Smith '",
            "EMAIL               | Jane.Doe@Example.com | jane.doe@example.com",
            "CREDIT_DEBIT_NUMBER | 4111 1111 1111 1111 | 4111-1111-1111-1111",
            "SSN                 | 078-05-1120         | 078 05 1120",
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER | DE89 3704 0044 0532 0130 00 | de89370400440532013000",
            "ADDRESS             | 12 High Street      | '12  high street'",
    })
    void normalisedVariantsGiveTheSameTokenUpToSeparatorsAndCase(EntityType type, String a, String b) {
        String ta = tokens.token(type, a);
        String tb = tokens.token(type, b);
        assertEquals(Normaliser.normalise(type, ta), Normaliser.normalise(type, tb));
    }

    @Test
    void separatorsAndCaseOfTheInputAreKept() {
        String spaced = tokens.token(EntityType.CREDIT_DEBIT_NUMBER, "4111 1111 1111 1111");
        String dashed = tokens.token(EntityType.CREDIT_DEBIT_NUMBER, "4111-1111-1111-1111");
        assertEquals(spaced.replace(' ', '-'), dashed);
        assertEquals(tokens.token(EntityType.NAME, "Mary Smith").toUpperCase(java.util.Locale.ROOT),
                tokens.token(EntityType.NAME, "MARY SMITH"));
    }

    @Test
    void typesAreSeparateDomains() {
        assertNotEquals(Normaliser.normalise(EntityType.USERNAME, tokens.token(EntityType.NAME, "jsmith")),
                Normaliser.normalise(EntityType.USERNAME, tokens.token(EntityType.USERNAME, "jsmith")));
        assertNotEquals(tokens.token(EntityType.SSN, "123456789"), tokens.token(EntityType.BANK_ACCOUNT_NUMBER, "123456789"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREDIT_DEBIT_NUMBER | 4111 1111 1111 1111 | '^\\d{4} \\d{4} \\d{4} \\d{4}$'",
            "PHONE               | +1 (555) 010-0199   | '^\\+\\d \\(\\d{3}\\) \\d{3}-\\d{4}$'",
            "UK_NATIONAL_INSURANCE_NUMBER | QQ 12 34 56 C | '^[A-Z]{2} \\d{2} \\d{2} \\d{2} [A-Z]$'",
            "EMAIL               | jane.doe@example.com | '^[a-z]+\\.[a-z]+@[a-z]+\\.example$'",
            "NAME                | Mary Smith          | '^[A-Z][a-z]+ [A-Z][a-z]+$'",
            "NAME                | Anne-Marie O'Neil   | '^[A-Z][a-z]+-[A-Z][a-z]+ [A-Z]''[A-Z][a-z]+$'",
            "NAME                | J. R. Smith         | '^[A-Z]\\. [A-Z]\\. [A-Z][a-z]+$'",
            "IP_ADDRESS          | 192.168.10.1        | '^\\d{3}\\.\\d{3}\\.\\d{2}\\.\\d$'",
    })
    void tokensKeepTheShapeOfTheirType(EntityType type, String value, String shape) {
        String token = tokens.token(type, value);
        assertTrue(token.matches(shape), type + " token has the wrong shape: " + token);
    }

    @Test
    void perPartTokensLetFamilyNamesMatchAndFullNameTokensDoNot() {
        String mary = perPart.token(EntityType.NAME, "Mary Smith");
        String jane = perPart.token(EntityType.NAME, "Jane Smith");
        assertEquals(mary.split(" ")[1], jane.split(" ")[1]);
        assertNotEquals(mary.split(" ")[0], jane.split(" ")[0]);
        String fullMary = tokens.token(EntityType.NAME, "Mary Smith");
        String fullJane = tokens.token(EntityType.NAME, "Jane Smith");
        assertNotEquals(fullMary.split(" ")[1], fullJane.split(" ")[1]);
    }

    @Test
    void addressesAtOneDomainShareTheDomainToken() {
        String a = tokens.token(EntityType.EMAIL, "jane@corp.example.org");
        String b = tokens.token(EntityType.EMAIL, "mary@corp.example.org");
        assertNotEquals(a, b);
        assertEquals(a.substring(a.indexOf('@')), b.substring(b.indexOf('@')));
    }

    @Test
    void aOneDigitValueStillGetsADifferentToken() {
        for (int d = 0; d <= 9; d++) {
            String v = Integer.toString(d);
            assertNotEquals(v, tokens.token(EntityType.PIN, v));
        }
    }
}
