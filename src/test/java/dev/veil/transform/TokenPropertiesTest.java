package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Properties every keyed token must have, checked on generated values of every entity type. */
class TokenPropertiesTest {
    private static final int VALUES = 300;
    private static final Pattern EMAIL_TOKEN = Pattern.compile("[a-z]+\\.[a-z]+@[a-z]+\\.example");
    private final KeyedTokens a = new KeyedTokens(TestKeys.a(), NameTokens.FULL_NAME);
    private final KeyedTokens aAgain = new KeyedTokens(TestKeys.key("test-a", 1), NameTokens.FULL_NAME);
    private final KeyedTokens b = new KeyedTokens(TestKeys.b(), NameTokens.FULL_NAME);

    @ParameterizedTest
    @EnumSource(EntityType.class)
    void sameKeySameTokenOtherKeyOtherTokenShapeKeptNeverTheInput(EntityType type) {
        Random r = new Random(type.ordinal());
        int sameUnderOtherKey = 0;
        for (int i = 0; i < VALUES; i++) {
            String value = SampleValues.next(type, r);
            String token = a.token(type, value);
            assertEquals(token, aAgain.token(type, value), "deterministic");
            assertNotEquals(Normaliser.normalise(type, value), Normaliser.normalise(type, token), "never the input");
            assertTrue(sameShape(type, value, token), type + " shape: " + template(type) + " -> " + shape(token));
            if (b.token(type, value).equals(token)) {
                sameUnderOtherKey++;
            }
        }
        // small value spaces (a two-digit age) may coincide by chance; nothing else may
        assertTrue(sameUnderOtherKey <= VALUES / 10, type + ": " + sameUnderOtherKey + " equal under two keys");
    }

    private static String template(EntityType type) {
        return SampleValues.template(type);
    }

    static boolean sameShape(EntityType type, String value, String token) {
        return switch (ValueKind.of(type)) {
            case EMAIL -> EMAIL_TOKEN.matcher(token).matches();
            case PERSON_NAME -> wordShape(value).equals(wordShape(token));
            default -> shape(value).equals(shape(token));
        };
    }

    /** d for a digit, A/a for a letter by case, anything else itself. */
    static String shape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isDigit(c) ? 'd'
                : Character.isLetter(c) ? (Character.isUpperCase(c) ? 'A' : 'a') : c));
        return b.toString();
    }

    /** W for a capitalised run of letters, w for a lower-case one, anything else itself. */
    static String wordShape(String s) {
        return shape(s).replaceAll("Aa+", "W").replaceAll("a+", "w");
    }
}
