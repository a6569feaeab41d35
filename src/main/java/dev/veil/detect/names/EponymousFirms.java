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
     * Per last letter of a firm's last word ({@code a-z}), the lengths that last word has, a bit
     * each: asked of every run of two names or more, this turns nearly all away before any
     * hashing (the method was 5 % of the name detector's time on the generated mixed text).
     */
    private static final int[] LAST_WORD_LENGTHS = lastWordLengths();

    private static int[] lastWordLengths() {
        int[] lengths = new int[26];
        for (String f : FIRMS) {
            int len = f.length() - (f.lastIndexOf(' ') + 1);
            char last = f.charAt(f.length() - 1);
            if (last < 'a' || last > 'z' || len >= 32) {
                throw new AssertionError("a firm's last word must end in a-z and be shorter than 32 letters: " + f);
            }
            lengths[last - 'a'] |= 1 << len;
        }
        return lengths;
    }

    private EponymousFirms() {
    }

    /** Whether {@code text[start, end)}, words separated by spaces or hyphens, is one of the firms, ignoring case. */
    static boolean named(String text, int start, int end) {
        int lastStart = end;
        while (lastStart > start && isLetter(text.charAt(lastStart - 1))) {
            lastStart--;
        }
        // the last word's last letter (folded as sameFirm folds it) and length first
        char c = text.charAt(end - 1);
        char last = c == '\u00e9' || c == '\u00c9' ? 'e' : Letters.lower(c);
        if (last < 'a' || last > 'z' || end - lastStart >= 32 || (LAST_WORD_LENGTHS[last - 'a'] >>> (end - lastStart) & 1) == 0) {
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
            char lower = c == '\u00e9' || c == '\u00c9' ? 'e' : Letters.lower(c);
            if (lower != f) {
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
