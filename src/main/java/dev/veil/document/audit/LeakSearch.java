package dev.veil.document.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks for a value in a text in every form that would still disclose it: as is in any case,
 * URL-encoded, and with its separators changed or dropped (letters and digits only, so
 * "536-22-8145" is found as "536 22 8145" or "536228145", and a name split over two runs is found
 * joined). The haystack is prepared once and searched for many values.
 */
public final class LeakSearch {
    /** Below this many letters and digits the separator-free form matches by chance too often. */
    static final int MIN_COMPACT = 6;

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
    private final String compact;

    /** Prepares {@code haystack} (typically {@link IndependentText#of}) for searching. */
    public LeakSearch(String haystack) {
        this.lower = haystack.toLowerCase(Locale.ROOT);
        this.compact = compact(haystack);
    }

    /** The forms in which {@code value} occurs; empty when it does not. */
    public List<Form> find(String value) {
        List<Form> found = new ArrayList<>(3);
        String v = value.toLowerCase(Locale.ROOT);
        if (lower.contains(v)) {
            found.add(Form.VERBATIM);
        }
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (!encoded.equals(v) && lower.contains(encoded)) {
            found.add(Form.URL_ENCODED);
        }
        String c = compact(value);
        if (c.length() >= MIN_COMPACT && found.isEmpty() && compact.contains(c)) {
            found.add(Form.SEPARATORS_CHANGED);
        }
        return found;
    }

    /** Lower-case letters and digits only. */
    static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit)
                .map(cp -> Character.toLowerCase(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
