package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Email addresses: an RFC 5322 dot-atom local part, {@code @}, a host name of letter-digit-hyphen
 * labels and a known top-level domain ({@link TopLevelDomains}). The scan jumps from one
 * {@code @} to the next, so text without one costs almost nothing, and reads the address around
 * it by hand ({@link EmailShape}). A {@code mailto:} prefix is
 * left out of the span because the colon cannot start a local part, and an address directly
 * followed by more domain characters ({@code a@b.com.dmf}) is not cut short into a valid one.
 */
final class EmailDetector implements Detector {
    static final String NAME = "email";
    private static final ContextWords CONTEXT = ContextWords.of("email", "e mail", "mail", "contact", "address",
            "mailto", "reply", "send");
    private static final double BASE = 0.9;
    /** Every finding's explanation, made once (see {@link Scoring}). */
    private static final Explanation WHY = Explanation.of(NAME, "address", BASE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.EMAIL);
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        List<Finding> out = new ArrayList<>();
        int done = 0;
        int[] scratch = new int[EmailShape.SCRATCH];  // where the top-level domain starts at [0]
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = localPartStart(text, at, done);
            int end = EmailShape.end(text, start, at, scratch);
            if (end >= 0 && TopLevelDomains.isKnown(text, scratch[0], end)) {
                out.add(Scoring.score(EntityType.EMAIL, NAME, WHY, CONTEXT, false, view, start, end));
                done = end;
                at = end - 1;
            }
        }
        return out;
    }

    /** Where the local part before {@code at} begins: the start of its run of atom characters and dots. */
    private static int localPartStart(String text, int at, int floor) {
        int s = at;
        while (s > floor && at - s < 600 && isLocalChar(text.charAt(s - 1))) {
            s--;
        }
        while (s < at && text.charAt(s) == '.') {
            s++;  // a local part does not start with a dot
        }
        return s;
    }

    private static boolean isLocalChar(char c) {
        return c < 128 && (EmailShape.isAtomChar(c) || c == '.');
    }
}
