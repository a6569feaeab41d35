package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts a value in the canonical form that tokens are derived from, so that {@code MARY SMITH}
 * and {@code Mary  Smith}, or {@code 4111 1111 1111 1111} and {@code 4111-1111-1111-1111},
 * tokenise alike. Rules per {@link ValueKind}.
 */
public final class Normaliser {
    private Normaliser() {
    }

    public static String normalise(EntityType type, String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        return switch (ValueKind.of(type)) {
            case EXACT -> v;
            case IDENTIFIER -> lettersAndDigits(v).toLowerCase(Locale.ROOT);
            case PERSON_NAME, EMAIL, TEXT -> collapseSpaces(v).toLowerCase(Locale.ROOT);
        };
    }

    private static String lettersAndDigits(String v) {
        StringBuilder b = new StringBuilder(v.length());
        v.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String collapseSpaces(String v) {
        StringBuilder b = new StringBuilder(v.length());
        boolean space = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.appendCodePoint(cp);
        }
        return b.toString();
    }
}
