package dev.veil.transform;

import java.util.function.Function;

/**
 * Draws tokens that keep the shape of the original from a {@link KeyedStream}: digits become
 * digits, letters letters of the same case, separators stay; names become pronounceable words;
 * e-mail addresses become {@code word.word@word.example}.
 */
final class TokenShapes {
    private static final String CONSONANTS = "bcdfghjklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final String CODAS = "lmnrst";

    private TokenShapes() {
    }

    /** Character by character: digit to digit, letter to ASCII letter of the same case, rest kept. */
    static String sameShape(KeyedStream s, String original) {
        StringBuilder out = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                out.append((char) ('0' + s.next(10)));
            } else if (Character.isLetter(cp)) {
                char c = (char) ('a' + s.next(26));
                out.append(Character.isUpperCase(cp) ? Character.toUpperCase(c) : c);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Each run of letters becomes a word from {@code streamFor} (given the run), with the run's
     * capitalisation; digits become digits; spaces, hyphens and apostrophes stay.
     */
    static String words(String original, Function<String, KeyedStream> streamFor) {
        StringBuilder out = new StringBuilder(original.length() + 8);
        int i = 0;
        KeyedStream digits = null;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            if (Character.isLetter(cp)) {
                int end = i;
                while (end < original.length() && Character.isLetter(original.codePointAt(end))) {
                    end += Character.charCount(original.codePointAt(end));
                }
                String run = original.substring(i, end);
                KeyedStream s = streamFor.apply(run);
                out.append(capitaliseLike(run, run.codePointCount(0, run.length()) == 1 ? letter(s) : word(s)));
                i = end;
            } else {
                if (Character.isDigit(cp)) {
                    digits = digits == null ? streamFor.apply(original) : digits;
                    out.append((char) ('0' + digits.next(10)));
                } else {
                    out.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /** A word of 3 or 4 syllables (consonant, vowel, sometimes a closing consonant). */
    static String word(KeyedStream s) {
        int syllables = 3 + s.next(2);
        StringBuilder w = new StringBuilder(syllables * 3);
        for (int k = 0; k < syllables; k++) {
            w.append(CONSONANTS.charAt(s.next(CONSONANTS.length())));
            w.append(VOWELS.charAt(s.next(VOWELS.length())));
            int coda = s.next(CODAS.length() * 2);
            if (coda < CODAS.length()) {
                w.append(CODAS.charAt(coda));
            }
        }
        return w.toString();
    }

    private static String letter(KeyedStream s) {
        return String.valueOf((char) ('a' + s.next(26)));
    }

    private static String capitaliseLike(String original, String word) {
        boolean allUpper = original.length() > 1 && original.codePoints().allMatch(Character::isUpperCase);
        if (allUpper) {
            return word.toUpperCase(java.util.Locale.ROOT);
        }
        if (Character.isUpperCase(original.codePointAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}
