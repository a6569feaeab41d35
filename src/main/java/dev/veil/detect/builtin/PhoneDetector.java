package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.ScoreModel;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Telephone numbers, confirmed by libphonenumber: {@code findNumbers} at {@link Leniency#VALID}
 * for {@code +} numbers and at {@link Leniency#STRICT_GROUPING} for national forms, whose digits
 * must be grouped the way the region writes them (several national plans are so loose that
 * "824 753 557" or "046 454 286" would pass as valid).
 * libphonenumber is slow on long texts, so it only sees short candidate windows: runs of digit
 * groups with phone punctuation, read by hand at digit runs ({@link PhoneCandidates}). Numbers starting with
 * {@code +} are valid for any country; national forms are tried for the configured regions whose
 * number lengths fit. Dates, IP addresses, card and IBAN groups (four-digit blocks) and parts of
 * longer numbers are not phones; a bare run of digits with no phone punctuation needs a context
 * word such as "phone" or "call".
 */
final class PhoneDetector implements Detector {
    static final String NAME = "phone";
    /**
     * National formats tried by default. Spain and Italy are left out: their nine-digit plans
     * accept most three-three-three groupings, which in practice are national ID numbers.
     */
    static final List<String> DEFAULT_REGIONS = List.of("US", "CA", "GB", "DE", "FR", "IN", "AU", "BR", "IL");

    /**
     * The North American layout, (NXX) NXX-XXXX or NXX-NXX-XXXX: people write placeholder and
     * made-up numbers this way too (555-123-4567), and a redaction should still catch them.
     */
    private static final Pattern NANP_SHAPE = Pattern.compile(
            "(?:\\([ ]?\\d{3}[ ]?\\)[ ]?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?:[ ]{0,2}(?:[xX]|ext\\.?)[ ]{0,2}\\d{1,6})?");
    private static final int NANP_SHAPED = -2;
    /** The fewest digits of a candidate that may hold a number. */
    private static final int MIN_DIGITS = 7;
    /**
     * The most characters between two digit runs of one candidate ({@link PhoneCandidates}): the
     * space and bracket that may close an element, then before an extension's digits two spaces,
     * its longest label ("extension") and two spaces (between two elements: at most nine).
     */
    private static final int MAX_RUN_GAP = 2 + 2 + "extension".length() + 2;
    /** The characters that may stand between two digit runs of a candidate. */
    private static final boolean[] IN_CANDIDATE_GAP = new boolean[128];

    static {
        for (char c : " ()./-#extensionEXTENSION".toCharArray()) {
            IN_CANDIDATE_GAP[c] = true;
        }
    }

    /** The most characters before a candidate's first digit: a plus, a space, a bracket, a space. */
    private static final int MAX_LEAD = 4;
    private static final ContextWords CONTEXT = ContextWords.of("phone", "telephone", "tel", "mobile",
            "cell", "cellphone", "fax", "call", "called", "calling", "ph", "mob", "contact", "dial",
            "sms", "text", "whatsapp", "hotline", "landline", "reach");
    /**
     * Fruitless libphonenumber calls allowed per text: a fixed allowance plus one per this many
     * characters. Past it, loose national forms are no longer read; {@code +} numbers and the
     * North American layouts still are, so a spent allowance never hides a well-written number.
     */
    private static final int CALLS_FIXED = 1_000;
    private static final int CHARS_PER_CALL = 200;
    private static final double INTERNATIONAL = 0.75;
    private static final double FORMATTED = 0.6;
    private static final double BARE_DIGITS = 0.35;
    private static final double SHAPE_ONLY = 0.5;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final List<String> regions;
    private final int callsFixed;
    /** Whether runs with too few digits close after them are passed over ({@link #fewDigitsUntil}). */
    private final boolean filterRuns;
    private final InternationalNumbers international;
    private final NationalNumbers national;
    /** By region index: whether the region's calling code is +1 (then {@link NanpLayout} applies). */
    private final boolean[] nanp;
    /** Digit counts (with and without the national prefix) each region's numbers can have. */
    private final Map<String, boolean[]> lengths;
    /** By region index: the explanations of a formatted national number and of bare digits. */
    private final Explanation[] nationalWhy;
    private final Explanation[] digitsWhy;
    /** The findings' explanations with a context word, the last one kept (see {@link Scoring.ContextWhy}). */
    private final Scoring.ContextWhy contextWhys = new Scoring.ContextWhy();

    PhoneDetector(List<String> regions) {
        this(regions, CALLS_FIXED);
    }

    /** With a different fixed allowance of fruitless libphonenumber calls per text (tests). */
    PhoneDetector(List<String> regions, int callsFixed) {
        this(regions, callsFixed, true);
    }

    private PhoneDetector(List<String> regions, int callsFixed, boolean filterRuns) {
        this.filterRuns = filterRuns;
        this.callsFixed = callsFixed;
        this.regions = List.copyOf(regions);
        Map<String, boolean[]> l = new HashMap<>();
        for (String r : this.regions) {
            l.put(r, possibleLengths(r));
        }
        this.lengths = Map.copyOf(l);
        this.international = new InternationalNumbers(util, this.regions);
        this.national = new NationalNumbers(util, this.regions, international);
        this.nationalWhy = regionWhys(this.regions, "national-", FORMATTED);
        this.digitsWhy = regionWhys(this.regions, "digits-", BARE_DIGITS);
        this.nanp = new boolean[this.regions.size()];
        for (int i = 0; i < nanp.length; i++) {
            nanp[i] = util.getCountryCodeForRegion(this.regions.get(i)) == 1;
        }
    }

    /** The same detector trying a candidate at every digit run: what the filter is compared with. */
    PhoneDetector withoutRunFilter() {
        return new PhoneDetector(regions, callsFixed, false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PHONE);
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        List<Finding> out = new ArrayList<>();
        // tables repeat numbers; libphonenumber is the cost. Sized for a contact list, where every
        // number (two to four runs) is a candidate, so that it is never rehashed as it grows: on one
        // the rehashing cost ~3 % of the engine's time (the sizes of a table are few, at most one
        // slot per two runs, ~0.2 % of a text's size in memory)
        Map<String, List<int[]>> cache = new HashMap<>(Math.max(16, view.digitRunCount() / 2));
        int[] budget = {callsFixed + text.length() / CHARS_PER_CALL};
        // a candidate's first digit starts a digit run, at most "+ ( " before it; candidates are
        // tried left to right and do not overlap, as a scan of the text with the grammar would find them
        // (CandidateLoop's scan of the digit run starts, with the run's index at hand)
        int resume = 0;
        int lastEnd = 0;
        int runs = view.digitRunCount();
        for (int k = 0; k < runs; k++) {
            int run = view.digitRunStart(k);
            if (run < resume) {
                continue;
            }
            resume = run + 1;
            int few = filterRuns ? fewDigitsUntil(view, k, runs) : -1;
            if (few >= 0) {
                // most runs: a year, an amount, a time, with no other digits close after; the runs
                // up to the one not joined are passed over with it (fewDigitsUntil)
                k = few - 1;
                continue;
            }
            // nothing before the previous run's end starts a candidate here: a candidate found there
            // would have been found at that run (and the runs fewDigitsUntil passes over leave no
            // end behind them that could matter)
            int from = Math.max(lastEnd, run - MAX_LEAD);
            for (int p = k > 0 ? Math.max(from, view.digitRunEnd(k - 1)) : from; p <= run; p++) {
                char c = text.charAt(p);
                int end = p == run || c == '+' || c == '(' ? PhoneCandidates.endAt(text, p) : -1;
                if (end >= 0) {
                    addNumbers(view, p, end, cache, budget, out);
                    lastEnd = end;
                    resume = Math.max(run + 1, end);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the digit runs from run {@code k} on, each after the one before with only what
     * {@link #mayJoin} lets stand between them, hold fewer than {@link #MIN_DIGITS} digits: then
     * so does every candidate that starts at one of them (a candidate's digits are those of such
     * runs, or fewer), and {@link #addNumbers} would turn it away; neither its end nor the runs it
     * covers matter to the candidates after it, which start after a gap no candidate spans (more
     * than four characters after its end). Answered from the view's digit runs (at most seven)
     * and the short gaps between them: on the generated mixed text three runs in four (a year, an
     * amount, a time of day) are passed over without reading the candidate grammar (by turns
     * 0.98 there). The answer is the first run after {@code k} not so joined ({@code runs} at the
     * text's end), or -1 when they hold enough digits: every run between {@code k} and it has the
     * same answer (its runs so joined are some of the same, with fewer digits), so the caller
     * passes over them all without reading their gaps again.
     */
    private static int fewDigitsUntil(TextView view, int k, int runs) {
        String text = view.text();
        int digits = 0;
        for (int j = k; j < runs; j++) {
            if (j > k && !mayJoin(text, view.digitRunEnd(j - 1), view.digitRunStart(j))) {
                return j;
            }
            digits += view.digitRunEnd(j) - view.digitRunStart(j);
            if (digits >= MIN_DIGITS) {
                return -1;
            }
        }
        return runs;
    }

    /**
     * Whether the text {@code [from, to)} between two digit runs may lie inside a candidate: at
     * most {@link #MAX_RUN_GAP} characters, each a space, a bracket, a separator or a character of
     * an extension's label ({@link PhoneCandidates}).
     */
    private static boolean mayJoin(String text, int from, int to) {
        if (to - from > MAX_RUN_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !IN_CANDIDATE_GAP[c]) {
                return false;
            }
        }
        return true;
    }

    /** The numbers in the candidate {@code [start, end)}, from the cache or libphonenumber. */
    private void addNumbers(TextView view, int start, int end, Map<String, List<int[]>> cache, int[] budget,
                            List<Finding> out) {
        if (view.text().charAt(start) == '+') {
            int verdict = readPlus(view.text(), start, end);
            if (verdict == PLUS_VALID) {
                out.add(scored(view, start, end, -1));
                return;
            }
            if (verdict == PLUS_TURNED_AWAY) {
                return;
            }
        }
        // the checks that turn a candidate away may run in any order: an IP address first, as a
        // third of the candidates of the generated texts are one (a log has one per line)
        if (IpAddressParser.isIpv4(view.text(), start, end)) {
            return;  // read in place: no copy of it is needed
        }
        int digits = PhoneShapes.countDigits(view.text(), start, end);
        if (digits < MIN_DIGITS || digits > 24) {
            return;  // most digit runs: amounts, counters, years
        }
        if (PhoneShapes.isFigureRow(view.text(), start, end)) {
            return;  // a row of figures or its tail: what numbersIn and the North American layout find in none
        }
        String candidate = view.text().substring(start, end);
        if (notAPhoneShape(candidate)) {
            return;  // cards, dates, IP addresses: cheaper to tell again than to look up
        }
        if (candidate.charAt(0) == '+' && !PhoneShapes.isFigureRow(candidate) && isPlainInternational(candidate)) {
            out.add(scored(view, start, end, -1));  // what spansOf finds for it, for less than a look-up costs
            return;
        }
        // tables and logs repeat values: every verdict below depends on the candidate alone
        List<int[]> spans = cache.get(candidate);
        if (spans == null) {
            if (budget[0] <= 0 && candidate.charAt(0) != '+' && !NANP_SHAPE.matcher(candidate).matches()) {
                return;  // pathological input: stop paying for libphonenumber on loose national forms
            }
            spans = spansOf(candidate, budget);
            cache.put(candidate, spans);
        }
        for (int[] span : spans) {
            out.add(scored(view, start + span[0], start + span[1], span[2]));
        }
    }

    /** {@link #readPlus}: a plain {@code +} number libphonenumber accepts whole. */
    static final int PLUS_VALID = 1;
    /** {@link #readPlus}: a plain {@code +} candidate {@link #addNumbers} turns away. */
    static final int PLUS_TURNED_AWAY = 2;
    /** {@link #readPlus}: anything else, left to {@link #addNumbers}' other checks. */
    static final int PLUS_OTHER = 0;

    /**
     * What {@link #addNumbers} answers for the candidate {@code text[start, end)} that starts with
     * {@code +} and holds only digits, spaces, hyphens and dots after it ("+1 212-555-0954", the
     * most frequent candidate of the generated texts): {@link #PLUS_VALID} when it is one number
     * ({@link #isPlainInternational}), {@link #PLUS_TURNED_AWAY} when a check before the look-up
     * turns it away, {@link #PLUS_OTHER} when it is not plain or not valid (then the other checks
     * run as before). Read in one pass, in place: a plus rules out a row of figures, an IP
     * address, a date, an SSN and a routing number at once, and the digit count, the well-formed
     * check ({@link PhoneShapes#isWellFormed}, which for such a window only counts groups and
     * compares separators) and the plainness are read together; no copy of the candidate is made.
     */
    int readPlus(String text, int start, int end) {
        int digits = 0;
        int groups = 0;
        int singles = 0;
        int run = 0;
        char sep = 0;
        boolean badSep = false;
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (c != ' ' && c != '-' && c != '.') {
                return PLUS_OTHER;
            }
            if (run > 0) {
                digits += run;
                groups++;
                singles += run == 1 ? 1 : 0;
                run = 0;
            }
            if (c != ' ') {
                badSep |= sep != 0 && sep != c;
                sep = c;
            }
        }
        if (run > 0) {
            digits += run;
            groups++;
            singles += run == 1 ? 1 : 0;
        }
        if (digits < MIN_DIGITS || digits > 24 || badSep || groups > 8 || singles > 2
                || PhoneShapes.hasCardBlocks(text, start, end)) {
            return PLUS_TURNED_AWAY;
        }
        return international.isValid(text, start, end) ? PLUS_VALID : PLUS_OTHER;
    }

    /**
     * Whether the candidate's shape is not a phone's: card blocks, a date, an SSN, a routing number
     * (an IP address {@link #addNumbers} tells before it copies the candidate).
     */
    private static boolean notAPhoneShape(String candidate) {
        return PhoneShapes.hasCardBlocks(candidate) || !PhoneShapes.isWellFormed(candidate)
                || PhoneShapes.isDateLike(candidate) || PhoneShapes.isSsnLike(candidate)
                || PhoneShapes.isRoutingLike(candidate);
    }

    /** The numbers in a candidate of a phone's shape ({@link #notAPhoneShape}), from libphonenumber. */
    private List<int[]> spansOf(String candidate, int[] budget) {
        int digits = PhoneShapes.countDigits(candidate, 0, candidate.length());
        List<int[]> spans = numbersIn(candidate, digits, budget);
        if (spans.isEmpty() && NANP_SHAPE.matcher(candidate).matches()) {
            spans = List.of(new int[] {0, candidate.length(), NANP_SHAPED});
        }
        return spans;
    }

    /** Spans {@code [start, end, regionIndex]} of the valid numbers that make up {@code candidate}. */
    private List<int[]> numbersIn(String candidate, int digits, int[] budget) {
        List<int[]> found = new ArrayList<>();
        if (!PhoneShapes.isFigureRow(candidate)) {
            collect(candidate, 0, candidate.length(), digits, found, budget);
        }
        return found;
    }

    private void collect(String candidate, int from, int to, int digits, List<int[]> found, int[] budget) {
        String window = candidate.substring(from, to);
        boolean plus = window.startsWith("+");
        if (plus && isPlainInternational(window)) {
            found.add(new int[] {from, to, -1});
            return;
        }
        PhoneWindow groups = plus ? null : new PhoneWindow(window);
        if (!plus) {
            // a window written plainly in one region's national form is that region's number: asked
            // of every region before any is searched, as a search costs tens of validity checks
            for (int ri = 0; ri < regions.size(); ri++) {
                if (isPlainValid(groups, ri)) {
                    found.add(new int[] {from, to, ri});  // what findNumbers finds here
                    return;
                }
            }
        }
        for (int ri = 0; ri < regions.size(); ri++) {
            String region = regions.get(ri);
            if (!plus && (digits <= 17 && !fits(region, window) || !national.mayHoldNumber(groups, region))) {
                continue;  // no number of this region can be in the window: findNumbers would find nothing
            }
            List<int[]> spans = new ArrayList<>();
            for (PhoneNumberMatch pm : util.findNumbers(window, region, plus ? Leniency.VALID : Leniency.STRICT_GROUPING, 5)) {
                if (!isFragment(window, pm.start(), pm.end()) && !PhoneShapes.isDateLike(pm.rawString())
                        && !IpAddressParser.isIpv4(window, pm.start(), pm.end())) {
                    spans.add(new int[] {from + pm.start(), from + pm.end(), plus ? -1 : ri});
                }
            }
            if (!spans.isEmpty()) {
                int firstStart = spans.get(0)[0];
                int before = PhoneShapes.countDigits(candidate, from, firstStart);
                if (before >= 7) {
                    collect(candidate, from, firstStart, before, found, budget);  // "052 5552606 074-7111234"
                }
                found.addAll(spans);
                return;
            }
            budget[0]--;  // only fruitless calls count: a real contact list is never cut short
            if (plus) {
                return;  // the country code decides; other default regions give the same answer
            }
        }
    }

    /**
     * A valid number written plainly in region {@code ri}'s national form, which {@code findNumbers}
     * in that region finds whole ({@link NanpLayout} for the +1 regions, {@link NationalNumbers#plainNational}
     * for the others), and which the detector's own checks on what it finds (a date, an IP
     * address) keep: its validity, asked of {@link InternationalNumbers}, costs far less than the search.
     */
    private boolean isPlainValid(PhoneWindow groups, int ri) {
        String window = groups.text();
        String whole;
        if (nanp[ri]) {
            String digits = NanpLayout.nationalDigits(window);
            whole = digits == null ? null : "+1" + digits;
        } else {
            whole = national.plainNational(groups, regions.get(ri));
        }
        return whole != null && international.isValid(whole) && !PhoneShapes.isDateLike(window)
                && !IpAddressParser.isIpv4(window, 0, window.length());
    }

    /**
     * A {@code +} number with only digits, spaces, hyphens and dots that libphonenumber accepts as a
     * whole: what {@code findNumbers} would return for it, for a fraction of the cost (no scan of
     * the window for other numbers, brackets, dates or extensions, which such a window cannot hold).
     */
    private boolean isPlainInternational(String window) {
        for (int i = 1; i < window.length(); i++) {
            char c = window.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ' ' && c != '-' && c != '.') {
                return false;
            }
        }
        return international.isValid(window);
    }

    /** Whether the national digits of {@code window} have a length some number of {@code region} has. */
    private boolean fits(String region, String window) {
        int n = 0;
        for (int i = 0; i < window.length(); i++) {
            char c = window.charAt(i);
            if (c == 'x' || c == 'X' || c == 'e' || c == 'E' || c == '#') {
                break;  // extension digits do not count
            }
            n += c >= '0' && c <= '9' ? 1 : 0;
        }
        boolean[] ok = lengths.get(region);
        return n < ok.length && ok[n];
    }

    /** A match glued to more digits (no space between) is part of a longer number. */
    static boolean isFragment(String w, int s, int e) {
        return (s > 0 && gluedDigit(w, s - 1, -1)) || (e < w.length() && gluedDigit(w, e, 1));
    }

    private static boolean gluedDigit(String w, int i, int step) {
        char c = w.charAt(i);
        if (Character.isDigit(c)) {
            return true;
        }
        int j = i + step;
        return (c == '-' || c == '.' || c == '/') && j >= 0 && j < w.length() && Character.isDigit(w.charAt(j));
    }

    /** The explanations before a context word, made once: they are immutable, and every finding of a rule has the same. */
    private static final Explanation INTERNATIONAL_WHY =
            Explanation.of(NAME, "international", INTERNATIONAL).with("libphonenumber: valid");
    private static final Explanation NANP_WHY =
            Explanation.of(NAME, "nanp-shaped", SHAPE_ONLY).with("libphonenumber: not valid, layout only");

    private static Explanation[] regionWhys(List<String> regions, String prefix, double base) {
        Explanation[] out = new Explanation[regions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Explanation.of(NAME, prefix + regions.get(i), base).with("libphonenumber: valid");
        }
        return out;
    }

    private Finding scored(TextView view, int s, int e, int regionIndex) {
        String text = view.text();
        boolean formatted = false;
        for (int i = s; i < e && !formatted; i++) {
            char c = text.charAt(i);
            formatted = !Character.isDigit(c);
        }
        double base = regionIndex == NANP_SHAPED ? SHAPE_ONLY : regionIndex < 0 ? INTERNATIONAL
                : formatted ? FORMATTED : BARE_DIGITS;
        Explanation why = regionIndex == NANP_SHAPED ? NANP_WHY : regionIndex < 0 ? INTERNATIONAL_WHY
                : formatted ? nationalWhy[regionIndex] : digitsWhy[regionIndex];
        double score = base;
        String word = CONTEXT.findNear(view, s, e);
        if (word != null) {
            score = ScoreModel.boosted(base);
            why = contextWhys.withContext(why, word, score);
        }
        return new Finding(EntityType.PHONE, s, e, score, NAME, why);
    }

    private boolean[] possibleLengths(String region) {
        PhoneMetadata md = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                .getMetadataForRegion(region);
        if (md == null) {
            throw new IllegalArgumentException("unknown phone region: " + region);
        }
        boolean[] ok = new boolean[20];
        int prefix = md.hasNationalPrefix() ? md.getNationalPrefix().length() : 0;
        int cc = String.valueOf(md.getCountryCode()).length();
        for (int len : md.getGeneralDesc().getPossibleLengthList()) {
            for (int extra : new int[] {0, prefix, cc}) {
                if (len + extra < ok.length) {
                    ok[len + extra] = true;
                }
            }
        }
        return ok;
    }
}
