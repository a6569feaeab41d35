package dev.veil.detect.names;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextTables;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.Set;

/**
 * Finds people's names offline, with word lists shipped in the jar and rules over capitalised
 * words: a known first name followed by a surname ("Mary Kowalski", "John F. O'Brien",
 * "Anna van der Berg", "MARY SMITH"), a title before a name or lone surname ("Dr. Patel"),
 * "Last, First" ("Smith, Mary"), and any capitalised name after a cue ("Dear Ana,", "Name:",
 * "Sincerely,\n") or an e-mail address near it that spells it ("Grace Smith, grace.smith@example.com"),
 * a lone first name by what stands around it (a possessive, "and" with another
 * first name or "I", an action item "Olga to draft", a chat speaker "Nadia:", a signature line),
 * and authors in reference lists ("Whitfield, J. R.", "Chen Y,", "Kowalski et al.", "Moreau
 * (1998)"). Ordinary words that are also names ("Will", "May", "Grant") start a name
 * only before a distinctive surname; runs before a company suffix or street type ("Smith Ltd",
 * "John Street") are not people. A possessive "'s" is left out of the finding.
 *
 * <p>One pass over the words with allocation-free hash look-ups. Immutable and thread-safe; the
 * word lists load once, on first use.
 */
public final class NameDetector implements Detector {
    private static final String NAME = "names";

    private NameDetector() {
    }

    /** The detector with the shipped word lists (loaded once, on the first scan in the JVM). */
    public static NameDetector create() {
        return new NameDetector();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.NAME);
    }

    @Override
    public List<Finding> detect(TextView text) {
        String s = text.text();
        return new NameMatcher(s, new WordTokens(text, NameLexicon.shipped()), NAME).findAll(text.shared(TextTables.PASS));
    }
}
