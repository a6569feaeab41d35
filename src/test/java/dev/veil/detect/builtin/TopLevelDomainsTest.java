package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TopLevelDomainsTest {
    /** Read in place, a domain is known as its substring is, for known domains in any case and random words. */
    @Test
    void inPlaceAsSubstring() {
        String[] known = {"com", "org", "photography", "engineering", "co", "io", "uk", "de", "gb", "eu", "xn--p1ai",
            "museum", "cat", "tokyo", "amsterdam", "international", "ng", "zz", "coop"};
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String other = "0123456789-éſK";
        Random random = new Random(31);
        int found = 0;
        for (int t = 0; t < 300_000; t++) {
            String word;
            if (t % 3 == 0) {
                StringBuilder b = new StringBuilder(known[random.nextInt(known.length)]);
                for (int i = 0; i < b.length(); i++) {
                    if (random.nextBoolean()) {
                        b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
                    }
                }
                word = b.toString();
            } else {
                StringBuilder b = new StringBuilder();
                int len = random.nextInt(t % 3 == 1 ? 4 : 15);
                for (int i = 0; i < len; i++) {
                    b.append(random.nextInt(20) == 0 ? other.charAt(random.nextInt(other.length()))
                            : letters.charAt(random.nextInt(letters.length())));
                }
                word = b.toString();
            }
            String text = "a@b." + word + " ";
            boolean expected = TopLevelDomains.isKnown(word);
            found += expected ? 1 : 0;
            assertEquals(expected, TopLevelDomains.isKnown(text, 4, 4 + word.length()), word);
        }
        assertTrue(found > 50_000, "known " + found);
    }
}
