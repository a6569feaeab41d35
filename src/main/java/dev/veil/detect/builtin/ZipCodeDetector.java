package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;

/**
 * A US ZIP code ({@code 78701} or ZIP+4 {@code 78701-1234}) next to a word such as "zip" or
 * "lives in": a run of exactly five digits (from the shared {@link RunIndex} of digit runs), not
 * glued to a letter or digit before it, nor to a word character or hyphen after it. Read by hand,
 * and skipped at once for a text that holds none of the context words.
 */
final class ZipCodeDetector extends AddressDetector {
    static final String NAME = "us-zip-code";
    private static final ContextWords CONTEXT = ContextWords.of("zip", "zipcode", "zip code", "postal code",
            "postcode", "lives in", "lived in", "live in", "living in", "resides in", "moved to");
    private static final double BASE = 0.3;
    private static final int ZIP = 5;
    private static final int PLUS_FOUR = 4;
    private static final int[] FIVE = {ZIP};

    ZipCodeDetector() {
        super(NAME);
    }

    @Override
    public List<Finding> detect(TextView view) {
        List<Finding> out = new ArrayList<>();
        if (!CONTEXT.mayAppearIn(view)) {
            return out;  // every finding needs a context word
        }
        String text = view.text();
        int resume = 0;
        for (int s : view.shared(RunIndex.DIGITS).starts(text, FIVE, RunIndex.RunTest.ANY)) {
            if (s < resume || (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))) {
                continue;
            }
            int end = end(text, s + ZIP);
            Finding f = end < 0 ? null
                    : Scoring.score(EntityType.ADDRESS, NAME, "zip", BASE, CONTEXT, true, view, s, end);
            if (f != null) {
                out.add(f);
                resume = end;
            }
        }
        return out;
    }

    /**
     * The end of {@code \d{5}(?:-\d{4})?(?![\w-])} whose five digits end at {@code e}, or -1: the
     * "+4" part when four digits follow a hyphen and nothing is glued after them.
     */
    private static int end(String text, int e) {
        int n = text.length();
        if (e < n && text.charAt(e) == '-') {
            int d = AddressDetectors.digitsAt(text, e + 1);
            int plusEnd = e + 1 + PLUS_FOUR;
            if (d >= PLUS_FOUR && (plusEnd >= n || !gluedAfter(text.charAt(plusEnd)))) {
                return plusEnd;
            }
        }
        return e < n && gluedAfter(text.charAt(e)) ? -1 : e;
    }

    /** {@code [\w-]}: ASCII letters, digits, underscore, hyphen. */
    private static boolean gluedAfter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
