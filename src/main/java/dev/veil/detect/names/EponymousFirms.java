package dev.veil.detect.names;

import dev.veil.detect.Letters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Firms, indices and brands whose names are people's names ("Morgan Stanley", "Dow Jones",
 * "Calvin Klein"): written like a first name and a surname, and in running text almost always the
 * firm. Listed by their last word, so that a run is compared with the list only when its last
 * word's hash is one of theirs (then letter by letter: a shared hash costs a comparison). Written for Veil (Apache-2.0).
 */
final class EponymousFirms {
    private static final Set<String> FIRMS = Set.of(
            "morgan stanley", "goldman sachs", "dow jones", "merrill lynch", "lehman brothers", "charles schwab",
            "wells fargo", "johnson controls", "berkshire hathaway", "jones lang lasalle", "booz allen",
            "price waterhouse", "arthur andersen", "baker mckenzie", "clifford chance", "herbert smith",
            "thomson reuters", "hewlett packard", "harley davidson", "rolls royce", "mercedes benz", "estee lauder",
            "ralph lauren", "calvin klein", "tommy hilfiger", "louis vuitton", "hugo boss", "christian dior",
            "yves saint laurent", "jack daniel", "johnnie walker", "walt disney", "ted baker", "paul smith",
            "marc jacobs", "michael kors", "kate spade", "tory burch", "vera wang", "oscar de la renta",
            "stella mccartney", "alexander mcqueen", "john lewis", "tim hortons", "dunkin donuts");
    /** The firms by their last word's {@link WordTable#hash} (which folds case): one hash turns most runs away. */
    private static final Map<Integer, List<String>> BY_LAST_WORD = FIRMS.stream().collect(Collectors.groupingBy(
            f -> WordTable.hash(f, f.lastIndexOf(' ') + 1, f.length())));
    /**
     * The keys of {@link #BY_LAST_WORD}, sorted: a search here turns a run away without boxing
     * its hash for the map.
     */
    private static final int[] LAST_WORD_HASHES = BY_LAST_WORD.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    /**
     * Per first letter of a firm and last letter of its last word ({@code a-z} each, at
     * {@code 26 * first + last}), the lengths that last word has, a bit each: asked of every run of
     * two names or more, this turns nearly all away before any hashing or walk over the last word
     * (a last letter and length alone let through every "… Smith" and "… Jones", a common name's
     * runs, to be hashed and compared with "Paul Smith" and "Dow Jones").
     */
    private static final int[] LAST_WORD_LENGTHS = lastWordLengths();

    private static int[] lastWordLengths() {
        int[] lengths = new int[26 * 26];
        for (String f : FIRMS) {
            int len = f.length() - (f.lastIndexOf(' ') + 1);
            char first = f.charAt(0);
            char last = f.charAt(f.length() - 1);
            if (first < 'a' || first > 'z' || last < 'a' || last > 'z' || len >= 32) {
                throw new AssertionError("a firm must start with a-z, its last word end in a-z and be shorter than 32 letters: " + f);
            }
            lengths[(first - 'a') * 26 + last - 'a'] |= 1 << len;
        }
        return lengths;
    }

    private EponymousFirms() {
    }

    /** The firms, lower case, words separated by one space (for tests). */
    static Set<String> firms() {
        return FIRMS;
    }

    /** Whether {@code text[start, end)}, words separated by spaces or hyphens, is one of the firms, ignoring case. */
    static boolean named(String text, int start, int end) {
        // the first and last letters (folded as sameFirm folds them) first, then the last word's length
        char first = fold(text.charAt(start));
        char last = fold(text.charAt(end - 1));
        if (first < 'a' || first > 'z' || last < 'a' || last > 'z') {
            return false;
        }
        int lengths = LAST_WORD_LENGTHS[(first - 'a') * 26 + last - 'a'];
        if (lengths == 0) {
            return false;
        }
        int lastStart = end;
        while (lastStart > start && isLetter(text.charAt(lastStart - 1))) {
            lastStart--;
        }
        if (end - lastStart >= 32 || (lengths >>> (end - lastStart) & 1) == 0) {
            return false;
        }
        int h = WordTable.hash(text, lastStart, end);
        if (Arrays.binarySearch(LAST_WORD_HASHES, h) < 0) {
            return false;
        }
        for (String firm : BY_LAST_WORD.get(h)) {
            if (sameFirm(text, start, end, firm)) {
                return true;
            }
        }
        return false;
    }

    /** A letter as {@link #sameFirm} compares it with a firm's: lower case, "é" as "e". */
    private static char fold(char c) {
        return c == '\u00e9' || c == '\u00c9' ? 'e' : Letters.lower(c);
    }

    /** {@link Character#isLetter(char)}, without its table for ASCII. */
    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    /**
     * Whether {@code text[start, end)} spells {@code firm}, ignoring case and accents on "e", with any
     * run of spaces, tabs, line breaks or hyphens where the firm has one space.
     */
    private static boolean sameFirm(String text, int start, int end, String firm) {
        int i = start;
        int j = 0;
        while (i < end && j < firm.length()) {
            char c = text.charAt(i);
            char f = firm.charAt(j);
            if (f == ' ') {
                if (!isGap(c)) {
                    return false;
                }
                while (i < end && isGap(text.charAt(i))) {
                    i++;
                }
                j++;
                continue;
            }
            if (fold(c) != f) {
                return false;
            }
            i++;
            j++;
        }
        return i == end && j == firm.length();
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-';
    }
}
