package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a detector that reports only next to its keywords (a context-required detector) only on
 * texts that contain at least one of those keywords, ignoring case. One quick pass over the text
 * replaces a pattern scan plus a context look-up for every short number in a text that mentions
 * no CVV, PIN or account at all. The output is unchanged: a context word found as a whole word is
 * also found as a substring.
 */
final class KeywordGate implements Detector {
    private final Detector delegate;
    private final String[] keywords;
    /** For each pair of ASCII lower-case characters, whether some keyword starts with it. */
    private final boolean[] firstPairs = new boolean[128 * 128];

    /**
     * @param keywords lower-case ASCII words; every context phrase of {@code delegate} must start
     *                 with one of them
     */
    KeywordGate(Detector delegate, String... keywords) {
        this.delegate = delegate;
        this.keywords = keywords.clone();
        for (String k : keywords) {
            if (k.length() < 2 || !k.equals(k.toLowerCase(Locale.ROOT)) || !k.matches("[a-z]+")) {
                throw new IllegalArgumentException("keywords must be lower-case ASCII words of 2+ letters");
            }
            firstPairs[k.charAt(0) * 128 + k.charAt(1)] = true;
        }
    }

    /** Gates {@code delegate} on the first word of each of its context phrases. */
    static KeywordGate onFirstWords(Detector delegate, String... contextPhrases) {
        List<String> first = new ArrayList<>();
        for (String p : contextPhrases) {
            String w = p.toLowerCase(Locale.ROOT).split("[^a-z]+")[0];
            if (!first.contains(w)) {
                first.add(w);
            }
        }
        return new KeywordGate(delegate, first.toArray(String[]::new));
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Set<EntityType> types() {
        return delegate.types();
    }

    @Override
    public List<Finding> detect(TextView view) {
        return mentionsKeyword(view.text()) ? delegate.detect(view) : List.of();
    }

    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    boolean mentionsKeyword(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int n = text.length() - 1;
        int prev = lower(text.charAt(0));
        for (int i = 0; i < n; i++) {
            int next = lower(text.charAt(i + 1));
            if (prev < 128 && next < 128 && firstPairs[prev * 128 + next]) {
                for (String k : keywords) {
                    if (text.regionMatches(true, i, k, 0, k.length())) {
                        return true;
                    }
                }
            }
            prev = next;
        }
        return false;
    }
}
