package dev.veil.document.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for a value in a text in every form that would still disclose it: as is in any case,
 * URL-encoded, and with its separators changed or dropped (so "536-22-8145" is found as
 * "536 22 8145" or "536228145", and a name split over two runs is found joined). A match must
 * stand alone: a letter or digit right before or after it makes it part of another word or
 * number ("day de" inside "today detroit" is not the name "Day De"). The haystack is prepared
 * once and searched for many values.
 */
public final class LeakSearch {
    /** Separators between a value's letter-and-digit runs that still read as the value. */
    private static final String GAP = "[^\\p{L}\\p{N}]{0,3}";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A form in which a value was found. */
    public enum Form {
        VERBATIM("verbatim"), URL_ENCODED("url-encoded"), SEPARATORS_CHANGED("separators changed");

        private final String label;

        Form(String label) {
            this.label = label;
        }

        /** The form as the audit reports it. */
        public String label() {
            return label;
        }
    }

    private final String lower;

    /** Prepares {@code haystack} (typically {@link IndependentText#of}) for searching. */
    public LeakSearch(String haystack) {
        this.lower = haystack.toLowerCase(Locale.ROOT);
    }

    /** The forms in which {@code value} occurs, its separators changed included; empty when it does not. */
    public List<Form> find(String value) {
        return find(value, true);
    }

    /**
     * The forms in which {@code value} occurs; with {@code separatorsChanged} false only verbatim
     * and URL-encoded (for words a detector picked out of prose, whose words may recur apart).
     */
    public List<Form> find(String value, boolean separatorsChanged) {
        List<Form> found = new ArrayList<>(3);
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return found;
        }
        if (standsAlone(v)) {
            found.add(Form.VERBATIM);
        }
        String encoded = URLEncoder.encode(v, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (!encoded.equals(v) && standsAlone(encoded)) {
            found.add(Form.URL_ENCODED);
        }
        if (found.isEmpty() && separatorsChanged) {
            Pattern loose = looseForm(v);
            if (loose != null && loose.matcher(lower).find()) {
                found.add(Form.SEPARATORS_CHANGED);
            }
        }
        return found;
    }

    private boolean standsAlone(String v) {
        for (int at = lower.indexOf(v); at >= 0; at = lower.indexOf(v, at + 1)) {
            int end = at + v.length();
            boolean openStart = !Character.isLetterOrDigit(v.codePointAt(0)) || at == 0
                    || !Character.isLetterOrDigit(lower.codePointBefore(at));
            boolean openEnd = !Character.isLetterOrDigit(v.codePointBefore(v.length())) || end == lower.length()
                    || !Character.isLetterOrDigit(lower.codePointAt(end));
            if (openStart && openEnd) {
                return true;
            }
        }
        return false;
    }

    /** The value's letter-and-digit runs with any short separators between them; null for a value without any. */
    static Pattern looseForm(String v) {
        Matcher m = RUN.matcher(v);
        StringBuilder regex = new StringBuilder(BEFORE);
        int runs = 0;
        while (m.find()) {
            if (runs++ > 0) {
                regex.append(GAP);
            }
            regex.append(Pattern.quote(m.group()));
        }
        return runs == 0 ? null : Pattern.compile(regex.append(AFTER).toString());
    }
}
