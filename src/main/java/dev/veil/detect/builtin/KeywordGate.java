package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
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
 * texts that contain at least one of those keywords as a whole word, ignoring case. A look-up in
 * the text's shared word filter replaces a pattern scan plus a context look-up for every short number in a text
 * that mentions no CVV, PIN or account at all. The output is unchanged, as long as every context
 * phrase contains one of the keywords.
 */
final class KeywordGate implements Detector {
    private final Detector delegate;
    private final String[] keywords;
    /** The keywords as one-word phrases, whose hashes are made once: the check costs a few filter look-ups. */
    private final ContextWords gate;

    /**
     * @param keywords lower-case ASCII words; every context phrase of {@code delegate} must
     *                 contain one of them
     */
    KeywordGate(Detector delegate, String... keywords) {
        this.delegate = delegate;
        this.keywords = keywords.clone();
        this.gate = ContextWords.of(keywords);
        for (String k : keywords) {
            if (k.length() < 2 || !k.equals(k.toLowerCase(Locale.ROOT)) || !k.matches("[a-z]+")) {
                throw new IllegalArgumentException("keywords must be lower-case ASCII words of 2+ letters");
            }
        }
    }

    /**
     * Gates {@code delegate} on its context phrases: on each one-word phrase, and on one word of
     * each longer phrase that does not contain one of those (its longest word, the later one on a
     * tie: "verification" rather than "card", "thru" rather than "good").
     */
    static KeywordGate onContext(Detector delegate, String... contextPhrases) {
        List<String> words = new ArrayList<>();
        List<String[]> longer = new ArrayList<>();
        for (String p : contextPhrases) {
            String[] parts = p.toLowerCase(Locale.ROOT).split("[^a-z]+");
            if (parts.length == 1) {
                words.add(parts[0]);
            } else {
                longer.add(parts);
            }
        }
        for (String[] parts : longer) {
            String pick = "";
            boolean covered = false;
            for (String w : parts) {
                covered |= words.contains(w);
                pick = w.length() >= pick.length() ? w : pick;
            }
            if (!covered) {
                words.add(pick);
            }
        }
        return new KeywordGate(delegate, words.toArray(String[]::new));
    }

    /** The detector this gate runs. */
    Detector delegate() {
        return delegate;
    }

    /** The words this gate looks for. */
    List<String> keywords() {
        return List.of(keywords);
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
    public List<ContextWords> contextPhrases() {
        return delegate.contextPhrases();
    }

    @Override
    public List<Finding> detect(TextView view) {
        return mayMentionKeyword(view) ? delegate.detect(view) : List.of();
    }

    /**
     * Whether the text may hold a keyword, from the view's shared word filter: {@code false} is
     * certain; a rare {@code true} for a text without one only costs the delegate's run, whose
     * findings all need a keyword nearby anyway.
     */
    boolean mayMentionKeyword(TextView view) {
        return gate.mayAppearIn(view);
    }
}
