package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether libphonenumber's {@code findNumbers(window, region, STRICT_GROUPING)} could find a
 * number in a national-form window (no {@code +}): a necessary condition, checked for a fraction
 * of what that call costs. On text with tables of figures ("360 370 40 29 17 10 2 0") most
 * phone candidates are such windows, and {@code findNumbers} for a {@code +1} region walks the
 * ~25 regions of that calling code for every inner candidate it tries (about 0.6 ms per window).
 *
 * <p>What the condition rests on (libphonenumber's own steps): a match the detector keeps starts
 * and ends at whole digit groups of the window, so its digits are those of some run of
 * consecutive groups; {@code parse} takes them as a national number of the region's calling code,
 * after stripping the calling code itself and the national prefix (or applying the region's
 * prefix transform), unless they start with the region's international (IDD) prefix; the match
 * is a valid number, so its national significant number fits the general description of a region
 * of that calling code ({@code isValidNumber} confirms), and it is written with the national
 * prefix where its format asks for one; and under strict grouping the groups libphonenumber
 * formats the number in (its main format or an alternate one) appear, in order, in the matched
 * groups. Digits after an international (IDD) prefix must make a valid number of any calling
 * code. A yes is not a finding: {@code findNumbers} still
 * runs and decides; a no skips a call that could not have found anything.
 * {@code NationalNumbersTest} checks the no against {@code findNumbers} on random and real windows;
 * {@link NumberFormats} holds the formats, with the shortcuts that keep their patterns from running.
 */
final class NationalNumbers {
    /** libphonenumber's lower bound on a national significant number's length (the upper: {@link NumberDesc#MAX_NATIONAL}). */
    private static final int MIN_NATIONAL = 2;

    /** What the condition needs to know of one region. */
    private record Plan(int callingCode, String callingCodeDigits, DigitAutomaton idd, boolean[] iddFirst,
                        NationalPrefix nationalPrefix, List<NumberDesc> generals, long[] generalsByFirstThree,
                        boolean[] lengths, int shortest, NumberFormats formats) {
        /**
         * Whether every number this plan can read from some digits is at most as long as they are:
         * true unless a national prefix transform may put digits in (a transform rewrites the
         * prefix with what its groups matched, which may add some).
         */
        boolean neverLonger() {
            return nationalPrefix == null || nationalPrefix.transformRule() == null;
        }
    }

    /** In {@link Plan#generalsByFirstThree}: not asked for yet. */
    private static final long UNKNOWN = -1L;

    /**
     * The region's national prefix for parsing: a plain digit string, or a pattern with an optional
     * transform ({@code transformRule} {@code null} when there is none: the match is cut off).
     */
    private record NationalPrefix(String literal, DigitAutomaton pattern, String transformRule, boolean[] first) {
        static NationalPrefix of(String forParsing, String transformRule) {
            if (forParsing.isEmpty()) {
                return null;
            }
            String rule = transformRule == null || transformRule.isEmpty() ? null : transformRule;
            boolean plain = rule == null && forParsing.chars().allMatch(c -> c >= '0' && c <= '9');
            Pattern p = Pattern.compile(forParsing);
            return new NationalPrefix(plain ? forParsing : null, new DigitAutomaton(p), rule, NumberDesc.starts(p, 1, false));
        }

        /** What {@code parse} keeps when it strips this prefix from {@code number}; null when it cannot. */
        String strip(String number) {
            if (number.isEmpty() || !first[number.charAt(0) - '0']) {
                return null;
            }
            if (literal != null) {
                return number.startsWith(literal) ? number.substring(literal.length()) : null;
            }
            if (transformRule == null) {
                int end = pattern.lookingAtEnd(number);
                return end < 0 ? null : number.substring(end);
            }
            Matcher m = pattern.pattern().matcher(number);  // the transform reads the match's groups
            if (!m.lookingAt()) {
                return null;
            }
            return m.group(m.groupCount()) != null ? m.replaceFirst(transformRule) : number.substring(m.end());
        }
    }

    private final PhoneNumberUtil util;
    private final Set<String> regions;
    private final InternationalNumbers international;
    /** Built on first use, per region: compiling a region's patterns takes tens of milliseconds. */
    private final Map<String, Optional<Plan>> plans = new ConcurrentHashMap<>();

    NationalNumbers(PhoneNumberUtil util, List<String> regions) {
        this(util, regions, new InternationalNumbers(util, regions));
    }

    /** With the validity checks of {@code international}, made for the same regions. */
    NationalNumbers(PhoneNumberUtil util, List<String> regions, InternationalNumbers international) {
        this.util = util;
        this.regions = Set.copyOf(regions);
        this.international = international;
    }

    /** The region's plan, built on first use; null for a region not configured or unknown. */
    private Plan planOf(String region) {
        Optional<Plan> known = plans.get(region);  // only configured regions are ever kept
        if (known != null) {
            return known.orElse(null);
        }
        return regions.contains(region) ? plans.computeIfAbsent(region, this::planFor).orElse(null) : null;
    }

    private Optional<Plan> planFor(String region) {
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        PhoneMetadata md = source.getMetadataForRegion(region);
        if (md == null) {
            return Optional.empty();
        }
        int cc = md.getCountryCode();
        // a valid number fits the general description of its region (the ten type patterns per
        // region would filter more, but cost too much to compile)
        List<NumberDesc> generals = new ArrayList<>();
        for (String other : util.getRegionCodesForCountryCode(cc)) {
            PhoneMetadata om = source.getMetadataForRegion(other);
            NumberDesc general = om == null ? null : NumberDesc.of(om.getGeneralDesc());
            if (general != null) {
                generals.add(general);
            }
        }
        boolean[] lengths = new boolean[NumberDesc.MAX_NATIONAL + 1];  // any general's: one look-up turns most away
        for (NumberDesc g : generals) {
            for (int len = 0; len < lengths.length; len++) {
                lengths[len] |= g.lengths()[len];
            }
        }
        PhoneMetadata main = source.getMetadataForRegion(util.getRegionCodeForCountryCode(cc));
        Pattern idd = Pattern.compile(md.getInternationalPrefix());
        return Optional.of(new Plan(cc, Integer.toString(cc), new DigitAutomaton(idd), NumberDesc.starts(idd, 1, false),
                NationalPrefix.of(md.getNationalPrefixForParsing(), md.getNationalPrefixTransformRule()),
                List.copyOf(generals), firstThreeTable(generals.size()), lengths, shortest(lengths),
                NumberFormats.of(md, main)));
    }

    /** The shortest length {@code lengths} allows ({@code lengths.length} when none). */
    private static int shortest(boolean[] lengths) {
        int len = 0;
        while (len < lengths.length && !lengths[len]) {
            len++;
        }
        return len;
    }

    /** {@code false} only when {@code findNumbers(window, region, STRICT_GROUPING)} cannot find a whole-group number. */
    boolean mayHoldNumber(String window, String region) {
        return mayHoldNumber(new PhoneWindow(window), region);
    }

    /** As {@link #mayHoldNumber(String, String)}, for a window whose groups are already found. */
    boolean mayHoldNumber(PhoneWindow w, String region) {
        Plan plan = planOf(region);
        if (plan == null) {
            return true;
        }
        String window = w.text();
        for (int i = 0; i < w.count(); i++) {
            // digits shorter than any number of the region can only be one dialled abroad, after
            // the international prefix: every other reading below (as is, a prefix or the calling
            // code taken off) is no longer than the digits, when no prefix transform adds some
            boolean mayDialAbroad = plan.iddFirst()[window.charAt(w.groupStart(i)) - '0'];
            int atLeast = mayDialAbroad || !plan.neverLonger() ? MIN_NATIONAL : Math.max(MIN_NATIONAL, plan.shortest());
            for (int j = i; j < w.count(); j++) {
                if (w.length(i, j) < atLeast) {
                    continue;
                }
                String d = w.digits(i, j);
                int iddEnd = plan.iddFirst()[d.charAt(0) - '0'] ? plan.idd().lookingAtEnd(d) : -1;
                if (iddEnd >= 0 && iddEnd < d.length() && d.charAt(iddEnd) != '0') {
                    if (isValidInternational(d.substring(iddEnd))) {
                        return true;  // dialled abroad: findNumbers decides
                    }
                    continue;  // parse reads these digits as dialled abroad, and they are no valid number
                }
                // the digits as written, with no national prefix, are a number of the region's own
                // calling code: strict grouping then rejects a number whose format asks for the prefix
                String stripped = strip(d, plan);
                // the match is the text of these groups (and an extension after them, if any)
                int from = w.groupStart(i);
                int to = w.hasExtension() ? window.length() : w.groupEnd(j);
                if (isValidGrouped(d, plan, window, from, to, stripped == null)
                        || stripped != null && isValidGrouped(stripped, plan, window, from, to, false)
                        || withCallingCode(d, plan, window, from, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For a window written plainly in a region's national form, "020 7946 0958" or "030-1234567":
     * the number with its calling code and a plus ("+442079460958") when the window is digit groups
     * with single spaces or hyphens between them, starts with the region's national prefix (one
     * with no transform: {@code parse} cuts it off), and its groups are exactly those of the
     * number's main format with the prefix before the first; null otherwise. For such a window, when the number is valid,
     * {@code findNumbers} at strict grouping finds the whole window ({@code PlainNationalTest}).
     */
    String plainNational(String window, String region) {
        return plainNational(new PhoneWindow(window), region);
    }

    /** As {@link #plainNational(String, String)}, for a window whose groups are already found. */
    String plainNational(PhoneWindow groups, String region) {
        Plan plan = planOf(region);
        if (plan == null || plan.nationalPrefix() == null || plan.nationalPrefix().transformRule() != null) {
            return null;
        }
        String window = groups.text();
        int n = window.length();
        int last = groups.count() - 1;
        if (last < 0 || groups.groupStart(0) != 0 || groups.groupEnd(last) != n) {
            return null;
        }
        for (int g = 1; g <= last; g++) {
            int gap = groups.groupEnd(g - 1);
            if (groups.groupStart(g) != gap + 1 || (window.charAt(gap) != ' ' && window.charAt(gap) != '-')) {
                return null;  // one space or hyphen between groups, nothing else
            }
        }
        if (!plan.nationalPrefix().first()[window.charAt(0) - '0']) {
            return null;  // what strip answers, before the digits are joined
        }
        String digits = groups.digits(0, last);
        String nsn = plan.nationalPrefix().strip(digits);  // what parse keeps after the prefix
        if (nsn == null || nsn.length() <= MIN_NATIONAL || nsn.length() > NumberDesc.MAX_NATIONAL || nsn.charAt(0) == '0') {
            return null;
        }
        // the window's groups must be the format's: the prefix and the first group, then each other
        // group. The window's first digits are the prefix when its first group holds them all
        int prefixLength = digits.length() - nsn.length();
        if (groups.groupEnd(0) < prefixLength) {
            return null;
        }
        int w = plan.formats().rfcWrittenAt(nsn, window, prefixLength);
        return w == n ? "+" + plan.callingCodeDigits() + nsn : null;
    }

    /**
     * Whether {@code d} starts with the plan's calling code written without a plus, and what
     * follows, as is or with one or two national prefixes stripped (as {@code parse} may read
     * it), is a valid number grouped as the window groups it.
     */
    private boolean withCallingCode(String d, Plan plan, String window, int from, int to) {
        if (!d.startsWith(plan.callingCodeDigits())) {
            return false;
        }
        String rest = d.substring(plan.callingCodeDigits().length());
        if (isValidGrouped(rest, plan, window, from, to, false)) {
            return true;
        }
        String once = strip(rest, plan);
        if (once == null) {
            return false;
        }
        if (isValidGrouped(once, plan, window, from, to, false)) {
            return true;
        }
        String twice = strip(once, plan);
        return twice != null && isValidGrouped(twice, plan, window, from, to, false);
    }

    /** Whether the digits after an international prefix make a valid number, as {@code parse} reads them. */
    private boolean isValidInternational(String afterIdd) {
        return international.isValid("+" + afterIdd);  // what parse and isValidNumber answer, for less
    }

    private static String strip(String number, Plan plan) {
        return plan.nationalPrefix() == null ? null : plan.nationalPrefix().strip(number);
    }

    private boolean isValidGrouped(String nsn, Plan plan, String window, int from, int to, boolean bare) {
        if (nsn.length() < MIN_NATIONAL || nsn.length() > NumberDesc.MAX_NATIONAL || !plan.lengths()[nsn.length()]
                || !fitsAGeneral(plan, nsn) || bare && plan.formats().requiresPrefix(nsn)) {
            return false;
        }
        // the grouping first: formatting reads one region's formats, validity may walk every region of the code
        return plan.formats().groupedInOrder(nsn, window, from, to) && international.isValidNumber(plan.callingCode(), nsn);
    }

    /**
     * Whether {@code nsn} fits the general description of a region of the plan's calling code.
     * A calling code shared by many regions (25 for +1) lists one description per region, each
     * for its own area codes: the descriptions a number's first three digits can start are kept
     * per three digits, as a bit set, when first asked for, so a number is matched against those
     * only.
     */
    private static boolean fitsAGeneral(Plan plan, String nsn) {
        List<NumberDesc> generals = plan.generals();
        long[] table = plan.generalsByFirstThree();
        if (table == null || nsn.length() < 3) {
            for (NumberDesc t : generals) {
                if (t.matches(nsn)) {
                    return true;
                }
            }
            return false;
        }
        int key = NumberDesc.firstThree(nsn);
        long mask = table[key];
        if (mask == UNKNOWN) {
            String prefix = nsn.substring(0, 3);
            mask = 0;
            for (int i = 0; i < generals.size(); i++) {
                mask |= generals.get(i).mayStartWith(prefix) ? 1L << i : 0;
            }
            table[key] = mask;  // a race only writes the same answer twice
        }
        for (long m = mask; m != 0; m &= m - 1) {
            if (generals.get(Long.numberOfTrailingZeros(m)).matches(nsn)) {
                return true;
            }
        }
        return false;
    }

    /** A table for {@link #fitsAGeneral}, all unknown; none when the descriptions do not fit in a bit set. */
    private static long[] firstThreeTable(int generals) {
        if (generals > 63) {
            return null;
        }
        long[] table = new long[1000];
        java.util.Arrays.fill(table, UNKNOWN);
        return table;
    }

}
