package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Letters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link EponymousFirms#named}, with its table of first letters, last letters and lengths that
 * turns runs away before any hashing, answers as a plain comparison with every firm (letters
 * folded, each run of spaces, tabs, line breaks or hyphens as one space) on random runs of the
 * firms' words and of names that share their first or last letters and lengths.
 */
class EponymousFirmsTest {
    private static final String[] GAPS = {" ", "  ", "-", "\n", " \t", "\r\n"};
    private static final String[] OTHERS = {"Paul", "Priya", "Smith", "Jones", "Dow", "Mary", "Stanley", "Morgan", "Walker",
        "Estée", "ESTÉE", "Lauder", "Smyth", "Pauls", "Sachs", "Goldman", "Hugo", "Bosse", "de", "la", "Renta", "Oscar"};

    @Test
    void answersAsAComparisonWithEveryFirm() {
        List<String> words = new ArrayList<>(List.of(OTHERS));
        for (String firm : EponymousFirms.firms()) {
            words.addAll(List.of(firm.split(" ")));
        }
        List<String> firms = new ArrayList<>(EponymousFirms.firms());
        Random random = new Random(22);
        int named = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(3) == 0) {
                // a firm as written, its words in a random case and with random gaps
                String[] parts = firms.get(random.nextInt(firms.size())).split(" ");
                for (int i = 0; i < parts.length; i++) {
                    sb.append(i > 0 ? GAPS[random.nextInt(GAPS.length)] : "").append(randomCase(parts[i], random));
                }
            } else {
                for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                    sb.append(i > 0 ? GAPS[random.nextInt(GAPS.length)] : "").append(randomCase(words.get(random.nextInt(words.size())), random));
                }
            }
            String text = "x " + sb + " y";
            boolean expected = EponymousFirms.firms().contains(normalised(sb.toString()));
            assertEquals(expected, EponymousFirms.named(text, 2, text.length() - 2), sb.toString());
            named += expected ? 1 : 0;
        }
        assertTrue(named > 3_000, named + " firms named");
    }

    private static String randomCase(String word, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> word;
            case 1 -> word.toUpperCase(java.util.Locale.ROOT);
            default -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
        };
    }

    /** Letters folded as the firms are written ("é" as "e"), each run of gaps as one space. */
    private static String normalised(String run) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-') {
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c == '\u00e9' || c == '\u00c9' ? 'e' : Letters.lower(c));
            }
        }
        return sb.toString();
    }
}
