package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.AlternateFormatsCountryCodeSet;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How libphonenumber groups a calling code's national numbers, for {@link NationalNumbers}: which
 * format it picks for a national significant number, whether that format asks for the national
 * prefix, and the digit groups of the number as the main (RFC 3966) format and each alternate
 * format write it, as strict grouping compares them with the groups of the text.
 *
 * <p>Each format keeps a table of the first digits its leading-digits pattern can start with and
 * the lengths its pattern can match, so that most formats are turned away before a regular
 * expression runs (Germany has 19 formats and 41 alternates).
 */
final class NumberFormats {
    /**
     * One format: leading digits (null when any), the pattern and its length bounds, the format
     * rule, and whether a number it formats, written without its calling code, must carry the
     * national prefix (strict grouping rejects "30 1234567" for Germany, only "030 1234567" is one).
     */
    record Format(DigitAutomaton leadingDigits, boolean prefixDecides, byte[] leadsByPrefix, Pattern pattern, int minLength, int maxLength,
                  boolean digitsOnly, String rule, boolean requiresPrefix, Writer writer) {
        private static final byte UNKNOWN = 0;
        private static final byte NO = 1;
        private static final byte YES = 2;
        private static final byte LONGER = 3;

        /**
         * A main format, read as {@code chooseFormattingPatternForNumber} reads it (its last
         * leading-digits pattern), or an alternate one, read as strict grouping reads it (its first).
         */
        static Format of(NumberFormat f, boolean alternate) {
            int n = f.getLeadingDigitsPatternCount();
            Pattern leading = n == 0 ? null : Pattern.compile(f.getLeadingDigitsPattern(alternate ? 0 : n - 1));
            String prefixRule = f.getNationalPrefixFormattingRule();
            boolean firstGroupOnly = prefixRule.isEmpty() || prefixRule.matches("\\(?\\$1\\)?");
            int[] bounds = lengthBounds(f.getPattern());
            boolean digitsOnly = bounds[1] != Integer.MAX_VALUE && DIGIT_GROUPS.matcher(f.getPattern()).matches();
            return new Format(leading == null ? null : new DigitAutomaton(leading),
                    leading != null && NumberDesc.decidedByStart(leading), new byte[PREFIXES],
                    Pattern.compile(f.getPattern()), bounds[0], bounds[1], digitsOnly, f.getFormat(),
                    !alternate && !f.getNationalPrefixOptionalWhenFormatting() && !firstGroupOnly,
                    Writer.of(f.getPattern(), f.getFormat()));
        }

        /**
         * Whether the leading-digits pattern (if any) starts {@code nsn}. Leading digits rarely look
         * further than three digits, so the answer for a number's first three is kept: a match
         * within them, or a failure that did not need more, decides for every number they start.
         */
        boolean leads(String nsn) {
            if (leadingDigits == null) {
                return true;
            }
            if (nsn.length() < PREFIX_DIGITS || !prefixDecides) {
                return leadingDigits.lookingAt(nsn);
            }
            int key = NumberDesc.firstThree(nsn);
            byte known = leadsByPrefix[key];
            if (known == UNKNOWN) {
                java.util.regex.Matcher m = leadingDigits.pattern().matcher(nsn.substring(0, PREFIX_DIGITS));
                known = m.lookingAt() ? YES : m.hitEnd() ? LONGER : NO;
                leadsByPrefix[key] = known;  // a race only writes the same answer twice
            }
            return known == YES || known == LONGER && leadingDigits.lookingAt(nsn);
        }

        /** Whether this is the format libphonenumber picks for {@code nsn}, checked in list order. */
        boolean formats(String nsn) {
            return nsn.length() >= minLength && nsn.length() <= maxLength && leads(nsn)
                    && (digitsOnly || pattern.matcher(nsn).matches());
        }

        /** {@code nsn} written with this format wherever its pattern is found, as libphonenumber formats with a pattern. */
        String write(String nsn) {
            if (nsn.length() < minLength) {
                return nsn;
            }
            if (writer != null && nsn.length() <= maxLength) {
                return writer.write(nsn);
            }
            return pattern.matcher(nsn).replaceAll(rule);
        }
    }

    /**
     * A format pattern of captured digit groups with counted repeats ("(\d{3})(\d{3,4})", as
     * nearly every format is) and its rule, written without a regular expression. For a number
     * whose length lies within the pattern's bounds the pattern's greedy match takes the whole
     * number, each group as many digits as the groups after it leave over, and {@code replaceAll}
     * writes the rule once with those groups: this writes the same, without a matcher, its groups
     * and the replacement's parsing. On a contact list the regular expression cost ~8 % of the
     * engine's time. {@code NumberFormatsTest} compares it with {@code replaceAll} for every format.
     */
    record Writer(int[] lo, int[] hi, int[] restLo, String[] literals, int[] refs) {
        private static final Pattern GROUP = Pattern.compile("\\(\\\\d(?:\\{(\\d{1,2})(?:,(\\d{1,2}))?\\})?\\)");

        /** The writer for {@code pattern} and {@code rule}; null when either is of another kind. */
        static Writer of(String pattern, String rule) {
            Matcher m = GROUP.matcher(pattern);
            List<int[]> groups = new ArrayList<>();
            int at = 0;
            while (at < pattern.length() && m.find(at) && m.start() == at) {
                int lo = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                int hi = m.group(2) == null ? lo : Integer.parseInt(m.group(2));
                if (lo < 1 || hi < lo) {
                    return null;
                }
                groups.add(new int[] {lo, hi});
                at = m.end();
            }
            if (at != pattern.length() || groups.isEmpty() || groups.size() > 9
                    || rule.indexOf('\\') >= 0 || rule.contains("${")) {
                return null;
            }
            int n = groups.size();
            int[] lo = new int[n];
            int[] hi = new int[n];
            int[] restLo = new int[n];
            for (int i = n - 1; i >= 0; i--) {
                lo[i] = groups.get(i)[0];
                hi[i] = groups.get(i)[1];
                restLo[i] = i == n - 1 ? 0 : restLo[i + 1] + lo[i + 1];
            }
            List<String> literals = new ArrayList<>();
            List<Integer> refs = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < rule.length(); i++) {
                char c = rule.charAt(i);
                if (c != '$') {
                    literal.append(c);
                    continue;
                }
                int ref = i + 1 < rule.length() ? rule.charAt(i + 1) - '0' : -1;
                if (ref < 0 || ref > n) {
                    return null;  // not a group of the pattern: replaceAll would throw or read the whole match
                }
                literals.add(literal.toString());
                literal.setLength(0);
                refs.add(ref);
                i++;
            }
            literals.add(literal.toString());
            if (refs.contains(0)) {
                return null;
            }
            return new Writer(lo, hi, restLo, literals.toArray(String[]::new),
                    refs.stream().mapToInt(Integer::intValue).toArray());
        }

        /**
         * {@link NumberFormats#rfcWrittenAt} for {@code nsn}, whose length lies within the
         * pattern's bounds: the rule's literals and groups read in turn, nothing written out.
         */
        int readAt(String nsn, String window, int at) {
            int[] ends = groupEnds(nsn);
            int state = at << 1;
            for (int k = 0; k < refs.length; k++) {
                state = NumberFormats.readAt(literals[k], 0, literals[k].length(), state, window);
                state = NumberFormats.readAt(nsn, ends[refs[k] - 1], ends[refs[k]], state, window);
            }
            String last = literals[refs.length];
            return reached(NumberFormats.readAt(last, 0, last.length(), state, window));
        }

        /** Where each group ends in {@code nsn} (group {@code i} is {@code [ends[i], ends[i + 1])}), as the greedy match takes them. */
        private int[] groupEnds(String nsn) {
            int n = lo.length;
            int[] ends = new int[n + 1];
            int at = 0;
            for (int i = 0; i < n; i++) {
                at += Math.min(hi[i], nsn.length() - at - restLo[i]);
                ends[i + 1] = at;
            }
            return ends;
        }

        /** {@code nsn}, whose length lies within the pattern's bounds, written with the rule. */
        String write(String nsn) {
            int[] ends = groupEnds(nsn);
            StringBuilder out = new StringBuilder(nsn.length() + 8);
            for (int k = 0; k < refs.length; k++) {
                out.append(literals[k]).append(nsn, ends[refs[k] - 1], ends[refs[k]]);
            }
            return out.append(literals[refs.length]).toString();
        }
    }

    /** Digits of a number's start whose leading-digits answer is kept, and how many such starts there are. */
    private static final int PREFIX_DIGITS = 3;
    private static final int PREFIXES = 1000;
    /** A pattern of {@code \d} groups with counted repeats: it matches every digit string of a length within its bounds. */
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?:\\(?\\\\d(?:\\{\\d+(?:,\\d+)?\\})?\\)?)+");

    private final List<Format> prefixRules;
    private final List<Format> rfcFormats;
    private final List<Format> alternates;

    private NumberFormats(List<Format> prefixRules, List<Format> rfcFormats, List<Format> alternates) {
        this.prefixRules = prefixRules;
        this.rfcFormats = rfcFormats;
        this.alternates = alternates;
    }

    /**
     * The formats for numbers parsed in {@code region}: the main region's formats decide the
     * national-prefix rule (none applies when the region parses its prefix differently from its
     * main region), its international ones (RFC 3966 is one; the national ones when it has none)
     * the grouping, with the calling code's alternate formats.
     */
    static NumberFormats of(PhoneMetadata region, PhoneMetadata main) {
        List<Format> prefixRules = new ArrayList<>();
        List<Format> rfc = new ArrayList<>();
        if (main != null) {
            if (main.getNationalPrefixForParsing().equals(region.getNationalPrefixForParsing())
                    && main.getNationalPrefixTransformRule().equals(region.getNationalPrefixTransformRule())) {
                main.getNumberFormatList().forEach(f -> prefixRules.add(Format.of(f, false)));
            }
            (main.getIntlNumberFormatCount() == 0 ? main.getNumberFormatList() : main.getIntlNumberFormatList())
                    .forEach(f -> rfc.add(Format.of(f, false)));
        }
        List<Format> alternates = new ArrayList<>();
        int cc = region.getCountryCode();
        if (AlternateFormatsCountryCodeSet.getCountryCodeSet().contains(cc)) {
            PhoneMetadata md = DefaultMetadataDependenciesProvider.getInstance().getAlternateFormatsMetadataSource()
                    .getFormattingMetadataForCountryCallingCode(cc);
            if (md != null) {
                md.getNumberFormatList().forEach(f -> alternates.add(Format.of(f, true)));
            }
        }
        return new NumberFormats(List.copyOf(prefixRules), List.copyOf(rfc), List.copyOf(alternates));
    }

    /** Whether the format libphonenumber picks for {@code nsn} asks for the national prefix. */
    boolean requiresPrefix(String nsn) {
        for (Format f : prefixRules) {
            if (f.formats(nsn)) {
                return f.requiresPrefix();
            }
        }
        return false;
    }

    /**
     * Whether the groups of {@code nsn}, as the main format or an alternate one whose leading
     * digits fit writes them, appear in order in {@code window} between {@code from} and
     * {@code to}: strict grouping asks at least this of the matched text, which lies there.
     */
    boolean groupedInOrder(String nsn, String window, int from, int to) {
        if (groupsInOrder(rfcWritten(nsn), window, from, to)) {
            return true;
        }
        for (Format f : alternates) {
            if (f.leads(nsn) && groupsInOrder(f.write(nsn), window, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** The national number as libphonenumber formats it for RFC 3966: the first format that fits, or as it is. */
    String rfcWritten(String nsn) {
        for (Format f : rfcFormats) {
            if (f.formats(nsn)) {
                return f.write(nsn);
            }
        }
        return nsn;
    }

    /**
     * How far {@code window}, from {@code at}, reads as {@link #rfcWritten} writes {@code nsn}: each
     * digit written is the window's next character, and where the written form breaks after a
     * digit (a space or hyphen of the format) the window has its next character a non-digit; any
     * other character written stands for none of the window's. The position after the last
     * character read, or -1 where the window differs. Compared without writing the number out
     * when the format is a {@link Writer}'s (a contact list asks this of seven regions' formats
     * per number).
     */
    int rfcWrittenAt(String nsn, String window, int at) {
        for (Format f : rfcFormats) {
            if (f.formats(nsn)) {
                if (f.writer() != null && nsn.length() <= f.maxLength()) {
                    return f.writer().readAt(nsn, window, at);
                }
                String written = f.write(nsn);
                return reached(readAt(written, 0, written.length(), at << 1, window));
            }
        }
        return reached(readAt(nsn, 0, nsn.length(), at << 1, window));
    }

    /**
     * As {@link #rfcWrittenAt}, for the written characters {@code [from, to)} of {@code written},
     * from a state: the window's position, shifted left by one, with the low bit set when the
     * character written last was a digit. The state after them, or -1 where the window differs.
     */
    private static int readAt(CharSequence written, int from, int to, int state, String window) {
        if (state < 0) {
            return state;
        }
        int n = window.length();
        int w = state >>> 1;
        boolean digit = (state & 1) != 0;
        for (int i = from; i < to; i++) {
            char c = written.charAt(i);
            if (isAsciiDigit(c)) {
                if (w >= n || window.charAt(w) != c) {
                    return -1;
                }
                w++;
                digit = true;
                continue;
            }
            if (digit) {
                if (w >= n || isAsciiDigit(window.charAt(w))) {
                    return -1;  // the window runs on where the format breaks
                }
                w++;
            }
            digit = false;
        }
        return w << 1 | (digit ? 1 : 0);
    }

    /** The window position of a {@link #readAt} state, or -1. */
    private static int reached(int state) {
        return state < 0 ? -1 : state >>> 1;
    }

    /** Whether the digit groups of {@code written} appear in order in {@code window} within {@code [from, to)}. */
    private static boolean groupsInOrder(String written, String window, int from, int to) {
        int at = from;
        int i = 0;
        while (i < written.length()) {
            if (!isAsciiDigit(written.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < written.length() && isAsciiDigit(written.charAt(i))) {
                i++;
            }
            at = indexOf(window, written, s, i, at);
            if (at < 0 || at + (i - s) > to) {
                return false;
            }
            at += i - s;
        }
        return true;
    }

    /** {@code window.indexOf(written.substring(s, e), from)} without the substring. */
    private static int indexOf(String window, String written, int s, int e, int from) {
        int len = e - s;
        char first = written.charAt(s);
        for (int at = Math.max(from, 0); at + len <= window.length(); at++) {
            if (window.charAt(at) == first && window.regionMatches(at, written, s, len)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The least and greatest length of text a format pattern can match, for patterns made of
     * groups of digit classes with counted repeats ("(\d{3})(\d{3,4})", as every format of the
     * default regions is); {@code [0, MAX]} for any other pattern, which is then always tried.
     */
    static int[] lengthBounds(String regex) {
        int min = 0;
        int max = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '(' || c == ')') {
                i++;
                continue;
            }
            int atomEnd;
            if (regex.startsWith("\\d", i)) {
                atomEnd = i + 2;
            } else if (c == '[') {
                atomEnd = regex.indexOf(']', i) + 1;
                if (atomEnd == 0 || regex.substring(i + 1, atomEnd - 1).matches(".*[\\[\\\\&].*")) {
                    return unknown();
                }
            } else {
                return unknown();
            }
            int lo = 1;
            int hi = 1;
            i = atomEnd;
            if (i < regex.length() && regex.charAt(i) == '{') {
                int close = regex.indexOf('}', i);
                String[] counts = close < 0 ? new String[0] : regex.substring(i + 1, close).split(",", -1);
                if (counts.length < 1 || counts.length > 2 || !counts[0].matches("\\d{1,2}")
                        || counts.length == 2 && !counts[1].matches("\\d{1,2}")) {
                    return unknown();
                }
                lo = Integer.parseInt(counts[0]);
                hi = counts.length == 2 ? Integer.parseInt(counts[1]) : lo;
                i = close + 1;
            } else if (i < regex.length() && regex.charAt(i) == '?') {
                lo = 0;
                i++;
            }
            if (i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0) {
                return unknown();  // a second quantifier, or a lazy or possessive one
            }
            min += lo;
            max += hi;
        }
        return new int[] {min, Math.min(max, Integer.MAX_VALUE / 2)};
    }

    private static int[] unknown() {
        return new int[] {0, Integer.MAX_VALUE};
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
