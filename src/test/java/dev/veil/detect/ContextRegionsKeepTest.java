package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regions a context-requiring detector keeps ({@code ContextRegions.keep}, with its filters
 * on hashes and letter pairs) are exactly those its definition keeps, read here word by word
 * without a filter: a phrase starting among the six words before the region to the three after
 * it (its last word also as the start of a longer word), or a phrase's first word cut from a word
 * by an edge inside the region. On texts of phrases, their pieces, words that start or end with a
 * phrase's first word, numbers and letters that fold to ASCII, with regions drawn at random; for
 * candidates that may or may not cut words ({@code ContextWords.forCandidates}), read word by word
 * or from the engine's shared index.
 */
class ContextRegionsKeepTest {
    private static final String[] TOKENS = {
        "passport", "Passport No", "passports", "PASSPORT", "pass", "port", "travel document", "travel", "document",
        "licence", "License", "driver", "driver license", "drivers", "dl", "DLN", "plate", "plates", "number plate",
        "number", "numbers", "tax reference", "tax", "taxes", "reference", "referenced", "cvv", "CVC", "cvvs",
        "card verification", "verification", "expiry", "Expiry", "expiration", "vin", "vinyl", "pavin", "sin", "basin",
        "plakası", "numéro de série", "série", "matrícula", "the", "of", "and", "public", "Kelvin\u212A", "\u212Aey",
        "ı", "é", "ß", "ÉXP", "12345", "4111 1111", "AB123456", "2024-01-31", "7", "x", "ab", "ba", "abab", "a",
    };
    private static final String[] SEPARATORS = {" ", " ", " ", "", "-", ":", ".", "/", ",", "\n", "_", "  ", "1", "é"};

    static Stream<List<String>> phraseSets() {
        return Stream.of(
                List.of("passport", "passport no", "travel document"),
                List.of("driver license", "licence", "dl", "dln", "number plate", "plate"),
                List.of("tax reference", "utr", "self assessment"),
                List.of("cvv", "cvc", "card verification", "security code"),
                List.of("expiry", "expiration", "valid thru", "exp"),
                List.of("vin", "sin", "social insurance"),
                List.of("plakası", "numéro de série", "matrícula", "série"),
                List.of("number"),
                List.of("ba", "ab"),
                List.of("a", "pin"));
    }

    /**
     * The four ways a detector's candidates may cut words (starting, ending inside one, both,
     * neither), each without and with the engine's shared index of phrase places
     * ({@link ContextIndex}): the same regions as the definition with only those cuts.
     */
    static Stream<Arguments> phraseSetsAndCuts() {
        List<Arguments> out = new ArrayList<>();
        for (List<String> phrases : phraseSets().toList()) {
            for (int cuts = 0; cuts < 4; cuts++) {
                out.add(Arguments.of(phrases, (cuts & 1) != 0, (cuts & 2) != 0, false));
                out.add(Arguments.of(phrases, (cuts & 1) != 0, (cuts & 2) != 0, true));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("phraseSetsAndCuts")
    void keepsWhatTheDefinitionKeeps(List<String> phrases, boolean startsInWord, boolean endsInWord, boolean indexed) {
        ContextWords context = ContextWords.of(phrases.toArray(String[]::new)).forCandidates(startsInWord, endsInWord);
        // the index as an engine makes it: this detector's phrases among others'
        ContextIndex index = ContextIndex.of(List.of(ContextWords.of("passport", "a").regions(), context.regions(),
                ContextWords.of("number", "ab").forCandidates(true, false).regions()));
        List<String[]> split = phrases.stream().map(p -> p.split(" ")).toList();
        Random random = new Random(phrases.hashCode());
        int kept = 0;
        int dropped = 0;
        for (int t = 0; t < 3_000; t++) {
            StringBuilder sb = new StringBuilder();
            int tokens = 1 + random.nextInt(t % 5 == 0 ? 300 : 40);
            for (int i = 0; i < tokens; i++) {
                sb.append(TOKENS[random.nextInt(TOKENS.length)]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            String text = sb.toString();
            TextView view = new TextView(text);
            if (indexed) {
                view.useContextIndex(index);
            }
            int[] drawn = randomRegions(random, text.length());
            int[] expected = byDefinition(view, split, drawn, startsInWord, endsInWord);
            assertArrayEquals(expected, context.regionsNear(view, drawn),
                    () -> "regions " + Arrays.toString(drawn) + " of: " + text);
            kept += expected.length / 2;
            dropped += (drawn.length - expected.length) / 2;
        }
        assertTrue(kept > 1_000 && dropped > 1_000, "kept " + kept + ", dropped " + dropped + ": too one-sided to compare");
    }

    private static int[] byDefinition(TextView view, List<String[]> phrases, int[] regions, boolean startsInWord,
            boolean endsInWord) {
        TextWords words = view.words();
        String text = view.text();
        int count = words.count();
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < regions.length; r += 2) {
            int a = regions[r];
            int b = regions[r + 1];
            int fa = 0;
            while (fa < count && words.start(fa) < a) {
                fa++;
            }
            int end = fa;
            while (end < count && words.start(end) < b) {
                end++;
            }
            boolean keep = false;
            for (int k = Math.max(0, fa - ContextWords.WORDS_BEFORE); k < Math.min(count, end + ContextWords.WORDS_AFTER); k++) {
                for (String[] p : phrases) {
                    keep |= phraseAt(text, words, k, p);
                }
            }
            int from = fa > 0 && words.end(fa - 1) > a ? fa - 1 : fa;
            for (int k = from; k < end; k++) {
                for (String[] p : phrases) {
                    keep |= cut(text, words.start(k), words.end(k), a, b, p[0], startsInWord, endsInWord);
                }
            }
            if (keep) {
                out.add(a);
                out.add(b);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Phrase {@code p} from word {@code k}: its words by hash, the last also as the start of a longer word. */
    private static boolean phraseAt(String text, TextWords words, int k, String[] p) {
        if (k + p.length > words.count() || words.hash(k) != WordHash.of(p[0])) {
            return false;
        }
        if (p.length == 1) {
            return true;
        }
        for (int j = 1; j < p.length - 1; j++) {
            if (words.hash(k + j) != WordHash.of(p[j])) {
                return false;
            }
        }
        int last = k + p.length - 1;
        String lastWord = p[p.length - 1];
        String word = text.substring(words.start(last), words.end(last));
        return words.hash(last) == WordHash.of(lastWord)
                || (word.length() > lastWord.length() && sameIgnoringCase(word.substring(0, lastWord.length()), lastWord));
    }

    /** The word {@code [ws, we)} with {@code first} as a proper prefix cut in {@code [a, b)} or suffix cut in {@code (a, b]}. */
    private static boolean cut(String text, int ws, int we, int a, int b, String first, boolean startsInWord,
            boolean endsInWord) {
        int prefixEnd = ws + first.length();
        int suffixStart = we - first.length();
        return (startsInWord && prefixEnd < we && prefixEnd >= a && prefixEnd < b && sameIgnoringCase(text.substring(ws, prefixEnd), first))
                || (endsInWord && suffixStart > ws && suffixStart > a && suffixStart <= b
                        && sameIgnoringCase(text.substring(suffixStart, we), first));
    }

    /** As the detectors compare a text's letters with a phrase's: each equal, or equal once lower-cased. */
    private static boolean sameIgnoringCase(String s, String lower) {
        if (s.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != lower.charAt(i) && Character.toLowerCase(s.charAt(i)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ascending regions that do not touch, of one character to a few dozen, some at the text's
     * edges; a third of the time one region only, so that whether it is kept turns on the words
     * at the window's edges.
     */
    private static int[] randomRegions(Random random, int length) {
        if (random.nextInt(3) == 0) {
            int start = random.nextInt(length);
            return new int[] {start, Math.min(length, start + 1 + random.nextInt(12))};
        }
        int[] out = new int[2 * length + 2];
        int size = 0;
        int pos = random.nextInt(3) == 0 ? 0 : random.nextInt(Math.max(1, Math.min(length, 30)));
        while (pos < length) {
            int end = Math.min(length, pos + 1 + random.nextInt(random.nextBoolean() ? 4 : 40));
            out[size++] = pos;
            out[size++] = end;
            pos = end + 1 + random.nextInt(random.nextBoolean() ? 3 : 60);
        }
        return Arrays.copyOf(out, size);
    }
}
