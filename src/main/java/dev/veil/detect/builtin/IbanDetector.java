package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.ScoreModel;
import dev.veil.detect.TextView;
import dev.veil.detect.checksum.Iban;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IBANs, compact ({@code DE89370400440532013000}) or in groups of four separated by one space or
 * hyphen ({@code DE89 3704 0044 0532 0130 00}). Not a plain pattern because the length depends
 * on the country: the detector reads exactly as many characters as the country's IBAN has, so a
 * word after a grouped IBAN ("… 8901 X") is not swallowed, then checks mod 97. Candidates are the
 * text's shared digit runs of two or more digits right after two capital letters (the country
 * code, not glued to a letter, digit or hyphen before it), so no pattern scans the text.
 */
final class IbanDetector implements Detector {
    private static final String NAME = "iban";
    /**
     * The runs of digits that can start with the check digits: 2 to 32 long, after a capital
     * letter (the country code's second; {@link #isCountryCode} checks both).
     */
    private static final RunIndex.Shape CHECK_DIGIT_RUNS = RunIndex.Shape.of(RunIndex.range(2, 32))
            .prev(RunIndex.Chars.UPPER).test((t, s, e) -> isCountryCode(t, s - 2));
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
        List<Finding> out = new ArrayList<>();
        int next = 0;
        // the check digits start a run of digits after the country code: only such runs are tried,
        // from the shared index of digit runs (no IBAN has more than 32 characters after its code)
        for (int digits : view.shared(RunIndex.DIGITS).starts(text, CHECK_DIGIT_RUNS)) {
            int start = digits - 2;
            if (start < next) {
                continue;
            }
            int length = Iban.lengthFor(text.charAt(start), text.charAt(start + 1));
            int end = length == 0 ? -1 : end(text, start, length);
            if (end < 0 || !Iban.isValid(text, start, end)) {
                continue;
            }
            out.add(finding(view, start, end));
            next = end;
        }
        return out;
    }

    /**
     * Two capital letters at {@code start}, not inside a longer word or number (no letter, digit
     * or hyphen before them): where an IBAN's country code can be.
     */
    private static boolean isCountryCode(String text, int start) {
        if (start < 0 || !isUpper(text.charAt(start)) || !isUpper(text.charAt(start + 1))) {
            return false;
        }
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !(isUpper(before) || (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '-');
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
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

    /** Every finding's explanation before a context word, made once (see {@link Scoring}). */
    private static final Explanation CHECKED =
            Explanation.of(NAME, "country-length", ScoreModel.VALIDATED).withCheck("mod-97", ScoreModel.VALIDATED);
    private static final Scoring.ContextWhy CONTEXT_WHYS = new Scoring.ContextWhy();

    private static Finding finding(TextView view, int start, int end) {
        double score = ScoreModel.VALIDATED;
        Explanation why = CHECKED;
        String word = CONTEXT.findNear(view, start, end);
        if (word != null) {
            score = ScoreModel.boosted(score);
            why = CONTEXT_WHYS.withContext(why, word, score);
        }
        return new Finding(EntityType.INTERNATIONAL_BANK_ACCOUNT_NUMBER, start, end, score, NAME, why);
    }
}
