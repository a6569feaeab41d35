package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
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
    private record Plan(int callingCode, String callingCodeDigits, Pattern idd, boolean[] iddFirst,
                        NationalPrefix nationalPrefix, List<NumberDesc> generals, boolean[] lengths,
                        NumberFormats formats) {
    }

    /** The region's national prefix for parsing: a plain digit string, or a pattern with an optional transform. */
    private record NationalPrefix(String literal, Pattern pattern, String transformRule, boolean[] first) {
        static NationalPrefix of(String forParsing, String transformRule) {
            if (forParsing.isEmpty()) {
                return null;
            }
            boolean plain = forParsing.chars().allMatch(c -> c >= '0' && c <= '9')
                    && (transformRule == null || transformRule.isEmpty());
            Pattern p = Pattern.compile(forParsing);
            return new NationalPrefix(plain ? forParsing : null, p, transformRule, NumberDesc.starts(p, 1, false));
        }

        /** What {@code parse} keeps when it strips this prefix from {@code number}; null when it cannot. */
        String strip(String number) {
            if (number.isEmpty() || !first[number.charAt(0) - '0']) {
                return null;
            }
            if (literal != null) {
                return number.startsWith(literal) ? number.substring(literal.length()) : null;
            }
            Matcher m = pattern.matcher(number);
            if (!m.lookingAt()) {
                return null;
            }
            if (transformRule != null && !transformRule.isEmpty() && m.group(m.groupCount()) != null) {
                return m.replaceFirst(transformRule);
            }
            return number.substring(m.end());
        }
    }

    private final PhoneNumberUtil util;
    private final Set<String> regions;
    /** Built on first use, per region: compiling a region's patterns takes tens of milliseconds. */
    private final Map<String, Optional<Plan>> plans = new ConcurrentHashMap<>();

    NationalNumbers(PhoneNumberUtil util, List<String> regions) {
        this.util = util;
        this.regions = Set.copyOf(regions);
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
        return Optional.of(new Plan(cc, Integer.toString(cc), idd, NumberDesc.starts(idd, 1, false),
                NationalPrefix.of(md.getNationalPrefixForParsing(), md.getNationalPrefixTransformRule()),
                List.copyOf(generals), lengths, NumberFormats.of(md, main)));
    }

    /** {@code false} only when {@code findNumbers(window, region, STRICT_GROUPING)} cannot find a whole-group number. */
    boolean mayHoldNumber(String window, String region) {
        Plan plan = regions.contains(region) ? plans.computeIfAbsent(region, this::planFor).orElse(null) : null;
        if (plan == null) {
            return true;
        }
        List<int[]> groups = digitGroups(window);
        boolean extension = hasExtension(window);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            digits.setLength(0);
            for (int j = i; j < groups.size(); j++) {
                digits.append(window, groups.get(j)[0], groups.get(j)[1]);
                String d = digits.toString();
                Matcher idd = plan.iddFirst()[d.charAt(0) - '0'] ? plan.idd().matcher(d) : null;
                if (idd != null && idd.lookingAt() && idd.end() < d.length() && d.charAt(idd.end()) != '0') {
                    if (isValidInternational(d.substring(idd.end()))) {
                        return true;  // dialled abroad: findNumbers decides
                    }
                    continue;  // parse reads these digits as dialled abroad, and they are no valid number
                }
                // the digits as written, with no national prefix, are a number of the region's own
                // calling code: strict grouping then rejects a number whose format asks for the prefix
                String stripped = strip(d, plan);
                // the match is the text of these groups (and an extension after them, if any)
                int to = extension ? window.length() : groups.get(j)[1];
                for (String nsn : nationalCandidates(d, stripped, plan)) {
                    if (isValidGrouped(nsn, plan, window, groups.get(i)[0], to, stripped == null && nsn.equals(d))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the digits after an international prefix make a valid number, as {@code parse} reads them. */
    private boolean isValidInternational(String afterIdd) {
        try {
            return util.isValidNumber(util.parse("+" + afterIdd, "ZZ"));
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return false;
        }
    }

    /**
     * What {@code parse} could keep as the national significant number of these digits, and
     * whether it took the calling code from the region (no calling code written): such numbers
     * must start with the national prefix where the number's format asks for one.
     */
    private static List<String> nationalCandidates(String d, String stripped, Plan plan) {
        List<String> out = new ArrayList<>(6);
        out.add(d);
        if (stripped != null) {
            out.add(stripped);
        }
        if (d.startsWith(plan.callingCodeDigits())) {
            String rest = d.substring(plan.callingCodeDigits().length());
            out.add(rest);
            String once = strip(rest, plan);
            if (once != null) {
                out.add(once);
                String twice = strip(once, plan);
                if (twice != null) {
                    out.add(twice);
                }
            }
        }
        return out;
    }

    private static String strip(String number, Plan plan) {
        return plan.nationalPrefix() == null ? null : plan.nationalPrefix().strip(number);
    }

    private boolean isValidGrouped(String nsn, Plan plan, String window, int from, int to, boolean bare) {
        if (nsn.length() < MIN_NATIONAL || nsn.length() > NumberDesc.MAX_NATIONAL || !plan.lengths()[nsn.length()]
                || !fitsAGeneral(plan, nsn) || bare && plan.formats().requiresPrefix(nsn)) {
            return false;
        }
        PhoneNumber number = new PhoneNumber().setCountryCode(plan.callingCode())
                .setNationalNumber(Long.parseLong(nsn));
        if (nsn.length() > 1 && nsn.charAt(0) == '0') {
            int zeros = 1;
            while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') {
                zeros++;
            }
            number.setItalianLeadingZero(true);
            if (zeros != 1) {
                number.setNumberOfLeadingZeros(zeros);
            }
        }
        // the grouping first: formatting reads one region's formats, validity may walk every region of the code
        return plan.formats().groupedInOrder(nsn, window, from, to) && util.isValidNumber(number);
    }

    private static boolean fitsAGeneral(Plan plan, String nsn) {
        for (NumberDesc t : plan.generals()) {
            if (t.matches(nsn)) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> digitGroups(String window) {
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < window.length()) {
            if (isAsciiDigit(window.charAt(i))) {
                int s = i;
                while (i < window.length() && isAsciiDigit(window.charAt(i))) {
                    i++;
                }
                groups.add(new int[] {s, i});
            } else {
                i++;
            }
        }
        return groups;
    }

    /** Whether the window ends in an extension ("x12", "ext. 7", "#3"): its digits may follow the number's. */
    private static boolean hasExtension(String window) {
        for (int i = 0; i < window.length(); i++) {
            char c = window.charAt(i);
            if (Character.isLetter(c) || c == '#') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

}
