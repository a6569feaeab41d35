package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link EuropeanStreetDetector#hasStreetType}, which tries the street-type pattern only where a
 * match can start, answers as {@code find} over the same window does, on texts of street types
 * (as words and as the ends of compounds), numbers, their near misses and letters beyond ASCII.
 */
class StreetTypeSearchTest {
    private static final String[] TOKENS = {
        "Hauptstraße", "Berliner", "Straße", "STRASSE", "Hauptstr.", "Karl-Marx-Allee", "Keizersgracht", "Ring", "ring",
        "rue", "Rue", "RUE", "avenue", "av.", "Avda", "c/", "C/Mayor", "via", "Via", "viale", "praça", "Praça",
        "vägen", "Storgatan", "katu", "Mannerheimintie", "weg", "Weg", "wegen", "Torget", "gate", "Gate", "tie",
        "5", "12a", "14-16", "3", "10827", "Berlin", "Paris", "the", "of", "émile", "ſtraße", "Kelvin\u212Aatu", "x",
        "\uD835\uDC49ia", "1015", "CJ", "Amsterdam", "strasse5", "Frankfurterchaussee", "Amselweg", "gasse", "platz", "de", "la",
    };
    private static final String[] SEPARATORS = {" ", " ", "  ", "   ", "    ", "\t", "-", ", ", "\n", "", "."};

    @Test
    void answersAsFindDoes() {
        Random random = new Random(11);
        Matcher type = EuropeanStreetDetector.STREET_TYPE.matcher("");
        int yes = 0;
        int no = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                sb.append(TOKENS[random.nextInt(TOKENS.length)]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            String text = sb.toString();
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            Matcher expected = EuropeanStreetDetector.STREET_TYPE.matcher(text);
            expected.useTransparentBounds(true);
            boolean found = from < to && expected.region(from, to).find();
            type.reset(text);
            type.useTransparentBounds(true);
            boolean answer = from < to && EuropeanStreetDetector.hasStreetType(text, type, from, to);
            assertEquals(found, answer, () -> "[" + from + ", " + to + ") of: " + text);
            yes += found ? 1 : 0;
            no += found ? 0 : 1;
        }
        assertTrue(yes > 1_000 && no > 1_000, yes + " found, " + no + " not");
    }
}
