package dev.veil.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that make a nearby candidate more likely to be personal data ("card", "routing number",
 * "passport"). Matched as whole words, case-insensitively, within a window of words before and
 * after the candidate: "lic" never fires inside "public". A phrase of several words must appear
 * as consecutive words. Words are maximal runs of letters; digits and punctuation separate them,
 * so "SSN#:" holds the word "ssn" and "e-mail" the words "e" "mail".
 */
public final class ContextWords {
    /** Words looked at before a candidate. */
    public static final int WORDS_BEFORE = 6;
    /** Words looked at after a candidate. */
    public static final int WORDS_AFTER = 3;

    private final List<String[]> phrases;
    private final Set<String> firstWords;

    private ContextWords(List<String[]> phrases) {
        this.phrases = List.copyOf(phrases);
        Set<String> first = new HashSet<>();
        for (String[] p : phrases) {
            first.add(p[0]);
        }
        this.firstWords = Set.copyOf(first);
    }

    public static ContextWords of(String... words) {
        List<String[]> phrases = new ArrayList<>();
        for (String w : words) {
            List<String> parts = words(w, 0, w.length());
            if (!parts.isEmpty()) {
                phrases.add(parts.toArray(String[]::new));
            }
        }
        return new ContextWords(phrases);
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /**
     * The context phrase found near {@code [start, end)} of {@code text} (words joined by a space),
     * or {@code null} when there is none.
     */
    public String findNear(CharSequence text, int start, int end) {
        return findNear(text, start, end, WORDS_BEFORE, WORDS_AFTER);
    }

    public String findNear(CharSequence text, int start, int end, int wordsBefore, int wordsAfter) {
        if (phrases.isEmpty()) {
            return null;
        }
        List<String> before = wordsBefore(text, start, wordsBefore);
        String hit = match(before);
        if (hit != null) {
            return hit;
        }
        return match(wordsAfter(text, end, wordsAfter));
    }

    private String match(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!firstWords.contains(words.get(i))) {
                continue;
            }
            for (String[] p : phrases) {
                if (p.length <= words.size() - i && matchesAt(words, i, p)) {
                    return String.join(" ", p);
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(List<String> words, int i, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(i + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** Up to {@code max} words ending at {@code pos}, in text order, lower-cased. */
    static List<String> wordsBefore(CharSequence text, int pos, int max) {
        List<String> out = new ArrayList<>();
        int i = pos;
        while (out.size() < max && i > 0) {
            while (i > 0 && !Character.isLetter(text.charAt(i - 1))) {
                i--;
                if (pos - i > 200) {
                    return reversed(out);
                }
            }
            int e = i;
            while (i > 0 && Character.isLetter(text.charAt(i - 1)) && e - i < 64) {
                i--;
            }
            if (e > i) {
                out.add(text.subSequence(i, e).toString().toLowerCase(Locale.ROOT));
            }
        }
        return reversed(out);
    }

    /** Up to {@code max} words starting at {@code pos}, lower-cased. */
    static List<String> wordsAfter(CharSequence text, int pos, int max) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = pos;
        while (out.size() < max && i < n) {
            int gap = i;
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
                if (i - gap > 200) {
                    return out;
                }
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i)) && i - s < 64) {
                i++;
            }
            if (i > s) {
                out.add(text.subSequence(s, i).toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static List<String> words(CharSequence text, int start, int end) {
        List<String> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(text.subSequence(s, i).toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l.size());
        for (int k = l.size() - 1; k >= 0; k--) {
            r.add(l.get(k));
        }
        return r;
    }
}
