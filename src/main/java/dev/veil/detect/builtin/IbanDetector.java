package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.ScoreModel;
import dev.veil.detect.TextView;
import dev.veil.detect.Trigger;
import dev.veil.detect.checksum.Iban;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs, compact ({@code DE89370400440532013000}) or in groups of four separated by one space or
 * hyphen ({@code DE89 3704 0044 0532 0130 00}). Not a plain pattern because the length depends
 * on the country: the detector reads exactly as many characters as the country's IBAN has, so a
 * word after a grouped IBAN ("… 8901 X") is not swallowed, then checks mod 97.
 */
final class IbanDetector implements Detector {
    private static final String NAME = "iban";
    /** Where an IBAN can start: a country code and check digits, not inside a longer word. */
    private static final Pattern START = Pattern.compile("[A-Z](?<![A-Za-z0-9-][A-Z])[A-Z][0-9]{2}");
    /** Only {@link #START} needs to lie in a region: its two check digits, and the two letters before them. */
    private static final Trigger CHECK_DIGITS = Trigger.digits(2, 0, 2);
    private static final ContextWords CONTEXT = ContextWords.of("iban", "bank account", "account",
            "international bank account number", "kontonummer", "rib", "iban code");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.INTERNATIONAL_BANK_ACCOUNT_NUMBER);
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        int[] regions = view.regions(CHECK_DIGITS);
        Matcher m = START.matcher(text);
        m.useTransparentBounds(true);
        List<Finding> out = new ArrayList<>();
        int next = 0;
        for (int r = 0; r < regions.length; r += 2) {
            int from = Math.max(regions[r], next);
            if (from >= regions[r + 1]) {
                continue;
            }
            m.region(from, regions[r + 1]);
            while (m.find()) {
                int length = Iban.lengthFor(text.substring(m.start(), m.start() + 2));
                int end = length == 0 ? -1 : end(text, m.start(), length);
                if (end < 0 || !Iban.isValid(text.substring(m.start(), end))) {
                    continue;
                }
                out.add(finding(view, m.start(), end));
                next = end;
                if (end >= regions[r + 1]) {
                    break;
                }
                m.region(end, regions[r + 1]);
            }
        }
        return out;
    }

    /**
     * The end of an IBAN of {@code length} characters starting at {@code start}, written compact
     * or grouped by four with one consistent separator; -1 if the text has another shape there.
     */
    static int end(String text, int start, int length) {
        int n = text.length();
        int pos = start + 4;
        if (pos >= n) {
            return -1;
        }
        char sep = text.charAt(pos) == ' ' || text.charAt(pos) == '-' ? text.charAt(pos) : 0;
        for (int i = 4; i < length; i++) {
            if (sep != 0 && i % 4 == 0) {
                if (pos >= n || text.charAt(pos) != sep) {
                    return -1;
                }
                pos++;
            }
            if (pos >= n || !isUpperAlnum(text.charAt(pos))) {
                return -1;
            }
            pos++;
        }
        if (pos < n && Character.isLetterOrDigit(text.charAt(pos))) {
            return -1;
        }
        return pos;
    }

    private static boolean isUpperAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static Finding finding(TextView view, int start, int end) {
        double score = ScoreModel.VALIDATED;
        Explanation why = Explanation.of(NAME, "country-length", score).withCheck("mod-97", score);
        String word = CONTEXT.findNear(view, start, end);
        if (word != null) {
            score = ScoreModel.boosted(score);
            why = why.withContext(word, score);
        }
        return new Finding(EntityType.INTERNATIONAL_BANK_ACCOUNT_NUMBER, start, end, score, NAME, why);
    }
}
