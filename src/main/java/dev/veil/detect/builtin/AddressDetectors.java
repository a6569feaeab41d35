package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Postal addresses: US street addresses (house number, optional direction, one to four
 * capitalised name words, a street suffix, optional unit, then optionally a city, state and ZIP
 * on the same or the next line), a "City, ST 12345" line on its own, a ZIP code next to the
 * word "zip", UK postcodes with a valid outward/inward structure ({@code SW1A 1AA}), a UK street
 * with its town and postcode as one address, and continental European street addresses
 * ("Hauptstraße 5, 10827 Berlin", "45 rue de Rivoli, 75001 Paris"). Every
 * repeat is bounded, so a match is at most a few hundred characters.
 */
final class AddressDetectors {
    private static final String[] CONTEXT = {"address", "lives", "lived", "live", "living", "located", "location",
        "residence", "resides", "home", "mailing", "shipping", "billing", "deliver", "delivery", "ship"};
    private static final String NUM = "\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?";
    private static final String DIR = "(?:[NSEW]|N[EW]|S[EW]|North|South|East|West|Northeast|Northwest|Southeast"
            + "|Southwest)\\.?";
    /** A word of a street's name: capitalised, an ordinal ("5th"), or "Jr." / "Sr." ("Martin Luther King Jr. Blvd"). */
    private static final String WORD = "(?:[A-Z][A-Za-z'-]{0,24}|[JS]r\\.|\\d{1,3}(?:st|nd|rd|th))";
    private static final String SUFFIX = "(?i:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr"
            + "|court|ct|place|pl|terrace|ter|way|parkway|pkwy|highway|hwy|circle|cir|square|sq|trail|trl"
            + "|alley|aly|crescent|cres|close|plaza|plz|loop|path|pike|row|walk|expressway|expy|freeway|fwy"
            + "|route|rte|grove|gardens|heights|hill|park|point|ridge|view|mews)";
    /** The first two letters of the street suffixes, for the gate before the pattern. */
    private static final boolean[] SUFFIX_STARTS = suffixStarts();
    /** The street suffixes, lower-case. */
    private static final java.util.Set<String> SUFFIXES =
            java.util.Set.of(SUFFIX.substring("(?i:".length(), SUFFIX.length() - 1).split("\\|"));
    private static final int LONGEST_SUFFIX = SUFFIXES.stream().mapToInt(String::length).max().orElseThrow();
    private static final String UNIT = "(?:,?[ \\t]{1,3}(?i:apt|apartment|suite|ste|unit|fl|floor|room|rm|#)\\.?"
            + "[ \\t]{0,3}#?[ \\t]{0,2}(?:\\d[A-Za-z0-9-]{0,7}|[A-Za-z](?![\\w])))";
    private static final String STATE_CODE = "(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]"
            + "|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])";
    private static final String STATE_NAME = "(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut"
            + "|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine"
            + "|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
            + "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon"
            + "|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
            + "|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico)";
    static final String ZIP = "\\d{5}(?:-\\d{4})?";
    private static final String CITY = "[A-Z][A-Za-z.'-]{1,24}(?:[ \\t][A-Z][A-Za-z.'-]{1,24}){0,3}";
    private static final String CITY_LINE = "(?:,?[ \\t]{0,3}(?:\\r?\\n)?[ \\t]{0,3}" + CITY + ",?[ \\t]{1,3}(?:"
            + STATE_CODE + "|" + STATE_NAME + ")(?:[ \\t]{1,3}" + ZIP + ")?(?![\\w-]))";
    /** Between a street's number and words: one or two spaces or a tab, not the three or more between a text table's columns. */
    private static final String GAP = "(?:[ ]{1,2}|\\t)";
    private static final String STREET = "\\b" + NUM + GAP + "(?:" + DIR + GAP + ")?(?:" + WORD
            + GAP + "){1,4}?" + SUFFIX + "\\b\\.?(?:[ \\t]{1,3}" + DIR + "(?![\\w]))?" + UNIT + "?";
    private static final String OUTWARD = "(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
            + "|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])";
    private static final String INWARD = "[0-9][ABD-HJLNP-UW-Z]{2}";

    /** A UK postcode: outward code, optional space, inward code ({@code SW1A 1AA}), or Girobank's {@code GIR 0AA}. */
    static final String UK_POSTCODE = "(?:GIR ?0AA|" + OUTWARD + " ?" + INWARD + ")";
    /** A UK street address's town (optional) and postcode after the street: ", Bristol BS16 4RT". */
    private static final String TOWN_POSTCODE = "(?:,?[ \\t]{0,3}(?:\\r?\\n)?[ \\t]{0,3}" + CITY + ")?(?:,?[ \\t]{1,3}|,?[ \\t]{0,3}\\r?\\n[ \\t]{0,3})"
            + UK_POSTCODE + "(?![\\w])";

    /** Longest "City Name, ST " before a ZIP: four 25-letter words, their spaces, comma and gaps. */
    private static final int CITY_LINE_BEFORE_ZIP = 4 * 25 + 3 + 1 + 3 + 2 + 3;
    /** A ZIP+4 and the character after it. */
    private static final int ZIP_LENGTH = 10;
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    /** {@link #INWARD_LETTERS} as a table over ASCII: tested at the end of every digit run. */
    private static final boolean[] IS_INWARD_LETTER = new boolean[128];

    static {
        for (char c : INWARD_LETTERS.toCharArray()) {
            IS_INWARD_LETTER[c] = true;
        }
    }

    private AddressDetectors() {
    }

    static List<Detector> all() {
        Detector street = street().withCommonRule("street");
        Detector cityLine = cityStateZip();
        Detector zip = new ZipCodeDetector();
        Detector postcode = new RunEdgeAnchoredDetector("uk-postcode", EntityType.ADDRESS, "postcode",
                Pattern.compile("\\b" + UK_POSTCODE + "\\b"), 0.55,
                ContextWords.of("postcode", "post code", "postal code", "address", "london", "uk", "england",
                        "scotland", "wales", "united kingdom", "lives", "lived", "street", "road"),
                INWARD_CODES, 5, 3);
        return List.of(street, cityLine, zip, postcode, new EuropeanStreetDetector(ContextWords.of(CONTEXT)),
                new TownPostcodeAddressDetector(ContextWords.of(CONTEXT)), new PostBoxDetector(), canadianCityLine(),
                australianTownLine(), irishTownLine(), new LabelledAddressDetector());
    }

    /** ", Co. Clare", " County Kerry": an Irish county after the town. */
    private static final String IRISH_COUNTY = ",?[ \\t]{1,3}(?:Co\\.?|County)[ \\t]{1,3}\\p{Lu}\\p{Ll}+";
    /** An Eircode's letters: its routing key's first, and those of its unique identifier. */
    private static final String EIRCODE_LETTERS = "ACDEFHKNPRTVWXY";

    /**
     * "Ennis, Co. Clare V95 F6R3", "Dock Road, Limerick V94 K2E1": a town with its county ("Co.
     * Clare"), or a town after a comma (the end of an address's line, not "Model N91 X2C4"), and an
     * Eircode (a routing key of a letter and two digits, then four letters and digits of Eircode's
     * alphabet). Anchored at the routing key's digits, with its letter before them.
     */
    static Detector irishTownLine() {
        return new RunEdgeAnchoredDetector("ie-town-eircode", EntityType.ADDRESS, "town-eircode",
                Pattern.compile("(?<![\\p{L}\\d_])(?:(?<=,[ \\t]{1,3})" + TOWN_WORDS + "(?:" + IRISH_COUNTY + ")?|" + TOWN_WORDS
                        + IRISH_COUNTY + "),?[ \\t]{1,3}[" + EIRCODE_LETTERS + "]\\d{2}[ \\t]?[0-9" + EIRCODE_LETTERS
                        + "]{4}(?![\\w-])"),
                0.8, ContextWords.of(CONTEXT), AddressDetectors::eircodeRoutingDigits,
                RunIndex.Shape.of(2).prev(RunIndex.Chars.of(EIRCODE_LETTERS)), TOWN_LINE_BEFORE + 20, 8);
    }

    /**
     * The two digits of an Eircode's routing key ("V95 F6R3" at the "9"): a letter of Eircode's
     * alphabet before them after a space, then an optional space and four characters of that
     * alphabet or digits, with at least one letter, and nothing glued after them.
     */
    static boolean eircodeRoutingDigits(String text, int i) {
        int n = text.length();
        if (i < 3 || !isSpaceOrTab(text.charAt(i - 2)) || EIRCODE_LETTERS.indexOf(text.charAt(i - 1)) < 0
                || i + 2 >= n || isDigit(text.charAt(i + 2))) {
            return false;
        }
        int j = i + 2 + (isSpaceOrTab(text.charAt(i + 2)) ? 1 : 0);
        if (j + 4 > n || (j + 4 < n && (Character.isLetterOrDigit(text.charAt(j + 4)) || text.charAt(j + 4) == '-'))) {
            return false;
        }
        boolean letter = false;
        for (int k = j; k < j + 4; k++) {
            char c = text.charAt(k);
            if (!isDigit(c) && EIRCODE_LETTERS.indexOf(c) < 0) {
                return false;
            }
            letter |= !isDigit(c);
        }
        return letter;
    }

    /**
     * A town of a Canadian or Australian address line: one to four capitalised words with a lower-case
     * letter each, accents allowed ("Montréal", "Alice Springs"; not "IBM").
     */
    private static final String TOWN_WORDS = "[A-Z]\\p{Ll}[\\p{L}.'-]{0,23}(?:[ \\t]\\p{Lu}\\p{Ll}[\\p{L}.'-]{0,23}){0,3}";
    /** A Canadian postcode: letter, digit, letter, digit, letter, digit; the first letter one that Canada Post uses. */
    static final String CA_POSTCODE = "[ABCEGHJ-NPR-TVXY]\\d[A-Z] ?\\d[A-Z]\\d";
    /** How far a town, its comma and a province or state code reach before the postcode. */
    private static final int TOWN_LINE_BEFORE = 4 * 26 + 4 + 3 + 3 + 3;

    /**
     * "Montréal, QC H2X 1K4", "Edmonton AB T5J 2G8": a town, a province or territory code and a
     * postcode (letter, digit, letter, digit, letter, digit; the first letter one that Canada Post
     * uses). Anchored at the postcode's first digit, with the province code before it.
     */
    static Detector canadianCityLine() {
        return new RunEdgeAnchoredDetector("ca-city-postcode", EntityType.ADDRESS, "city-province-postcode",
                Pattern.compile("(?<![\\p{L}\\d_])" + TOWN_WORDS + ",?[ \\t]{1,3}(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
                        + "[ \\t]{1,3}" + CA_POSTCODE + "(?![\\w-])"), 0.85, ContextWords.of(CONTEXT),
                AddressDetectors::canadianPostcodeDigit, RunIndex.Shape.of(1).prev(RunIndex.Chars.UPPER)
                        .next(RunIndex.Chars.UPPER), TOWN_LINE_BEFORE + 1, 6);
    }

    /**
     * The first digit of a Canadian postcode after a province code: "QC H2X 1K4" at the "2" (a
     * letter before it, a letter after it, then an optional space, a digit, a letter and a digit).
     */
    static boolean canadianPostcodeDigit(String text, int i) {
        int n = text.length();
        if (i < 5 || i + 4 >= n || !isCapital(text.charAt(i - 1)) || !isCapital(text.charAt(i + 1))) {
            return false;
        }
        int j = i + 2 + (text.charAt(i + 2) == ' ' ? 1 : 0);
        if (j + 2 >= n || !isDigit(text.charAt(j)) || !isCapital(text.charAt(j + 1)) || !isDigit(text.charAt(j + 2))) {
            return false;
        }
        // the province code: two capitals and a space or tab before the postcode
        return isSpaceOrTab(text.charAt(i - 2)) && isCapital(text.charAt(i - 3)) && isCapital(text.charAt(i - 4));
    }

    /**
     * "Toowoomba QLD 4350", "Alice Springs NT 0871", "Fremantle, WA 6959": a town, a state or
     * territory code and four digits. Anchored at the postcode's first digit, with the code before it.
     */
    static Detector australianTownLine() {
        return new RunEdgeAnchoredDetector("au-town-postcode", EntityType.ADDRESS, "town-state-postcode",
                Pattern.compile("(?<![\\p{L}\\d_])" + TOWN_WORDS + ",?[ \\t]{1,3}(?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT)"
                        + "[ \\t]{1,3}\\d{4}(?![\\w-])"), 0.75, ContextWords.of(CONTEXT),
                AddressDetectors::australianPostcode, RunIndex.Shape.of(4).prev(RunIndex.Chars.of(" \t"))
                        .next(RunIndex.Chars.except("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                TOWN_LINE_BEFORE + 1, 4);
    }

    /** Four digits, alone, after one space or tab and a state or territory code ("QLD 4350"). */
    static boolean australianPostcode(String text, int i) {
        if (i < 4 || digitsAt(text, i, 5) != 4 || (i + 4 < text.length() && Character.isLetterOrDigit(text.charAt(i + 4)))
                || !isSpaceOrTab(text.charAt(i - 1))) {
            return false;
        }
        int k = i - 2;
        int capitals = 0;
        while (k >= 0 && capitals < 4 && isCapital(text.charAt(k))) {
            k--;
            capitals++;
        }
        return capitals >= 2 && capitals <= 3 && (k < 0 || !Character.isLetterOrDigit(text.charAt(k)));
    }

    /**
     * The street address rules, each tried where a house number starts. Wherever the longer two
     * match, "street" does too: each is STREET and more, and STREET cut back to its street
     * suffix (everything after it is optional) is followed by no word character, since a word
     * boundary ends the suffix; so {@link DigitAnchoredDetector#withCommonRule} may try it first.
     */
    static DigitAnchoredDetector street() {
        return street(STREET_START);
    }

    /** {@link #streetStart} as the street detector's anchor, told where each run of digits ends. */
    static final DigitAnchor STREET_START = new DigitAnchor() {
        @Override
        public boolean at(String text, int i) {
            return streetStart(text, i);
        }

        @Override
        public boolean atRun(String text, int start, int end) {
            // every run of a text is asked: its length from the run index, not counted again
            return houseNumberBeforeWord(text, start, end) && suffixFollows(text, start);
        }

        @Override
        public int longestRun() {
            return 6;
        }

        @Override
        public RunIndex.Chars afterRun() {
            // "-12", a letter ("221B") or the spaces before the street's first word
            return RunIndex.Chars.LETTERS.plus(" \t-");
        }
    };

    /** The street address rules, tried where {@code anchor} says a house number starts. */
    static DigitAnchoredDetector street(DigitAnchor anchor) {
        return street(anchor, AddressDetectors::inwardCodeWithin);
    }

    /**
     * As {@link #street(DigitAnchor)}, its UK rule tried only where {@code postcodeReach} says a
     * postcode may end ({@code null}: everywhere, as a test compares).
     */
    static DigitAnchoredDetector street(DigitAnchor anchor, DigitAnchoredDetector.Reach postcodeReach) {
        DigitAnchoredDetector.Rule uk = new DigitAnchoredDetector.Rule("street-town-postcode",
                Pattern.compile(STREET + TOWN_POSTCODE), 0.85);
        return new DigitAnchoredDetector("us-street-address", EntityType.ADDRESS, List.of(
                new DigitAnchoredDetector.Rule("street-city-state", Pattern.compile(STREET + CITY_LINE), 0.85),
                postcodeReach == null ? uk : uk.onlyWhere(postcodeReach),
                new DigitAnchoredDetector.Rule("street", Pattern.compile(STREET + "(?![\\w])"), 0.6)),
                ContextWords.of(CONTEXT), 400, false, anchor);
    }

    /**
     * A street address may start here: a house number ({@link #houseNumberBeforeWord}) and, on
     * the same line, a street suffix that can end the street's name. STREET reads after the
     * number an optional direction and one to four name words, each followed by one to three
     * spaces or tabs, then the suffix (ASCII letters, either case) and a word boundary: so the
     * suffix is the whole leading run of ASCII letters of the second to sixth word after the
     * number (words being what stands between runs of one to three spaces or tabs), and no digit
     * or underscore follows it. A number before "Corporate HQ" or a table's next columns costs
     * no call of the pattern, which takes microseconds to fail there.
     */
    static boolean streetStart(String text, int i) {
        return houseNumberBeforeWord(text, i) && suffixFollows(text, i);
    }

    /** The suffix half of {@link #streetStart}, for a house number at {@code i}. */
    private static boolean suffixFollows(String text, int i) {
        int n = text.length();
        int k = i;
        for (int word = 0; word <= 6; word++) {
            // word 0 is the number; then each word after one to three spaces or tabs
            if (word > 0) {
                int spaces = 0;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k++;
                    spaces++;
                }
                if (spaces == 0 || spaces > 3 || k >= n) {
                    return false;
                }
                if (word >= 2 && suffixAt(text, k)) {
                    return true;
                }
            }
            while (k < n && !isSpaceOrTab(text.charAt(k))) {
                char c = text.charAt(k);
                if (c == '\n' || c == '\r') {
                    return false;
                }
                k++;
            }
        }
        return false;
    }

    /** A street suffix is the whole run of ASCII letters at {@code s}, and no digit or underscore follows it. */
    private static boolean suffixAt(String text, int s) {
        int n = text.length();
        int e = s;
        while (e < n && e - s <= LONGEST_SUFFIX && asciiLetterIndex(text.charAt(e)) >= 0) {
            e++;
        }
        if (e - s < 2 || e - s > LONGEST_SUFFIX || (e < n && (isDigit(text.charAt(e)) || text.charAt(e) == '_'))) {
            return false;
        }
        return SUFFIXES.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The "City, ST 12345" detector, tried at the ZIP digits {@code anchor} accepts. */
    static Detector cityStateZip(DigitAnchor anchor) {
        return new RunEdgeAnchoredDetector("us-city-state-zip", EntityType.ADDRESS, "city-state-zip", CITY_STATE_ZIP,
                0.7, ContextWords.of(CONTEXT), anchor, RunEdgeAnchoredDetector.Edge.FIRST, CITY_LINE_BEFORE_ZIP, ZIP_LENGTH);
    }

    /**
     * The "City, ST 12345" detector at the ZIPs of {@link #zipAfterStateCode}, which holds only at
     * the first digit of a run of five after a blank: those runs are read off the shared run index,
     * not each of the text's runs asked.
     */
    static Detector cityStateZip() {
        return new RunEdgeAnchoredDetector("us-city-state-zip", EntityType.ADDRESS, "city-state-zip", CITY_STATE_ZIP,
                0.7, ContextWords.of(CONTEXT), AddressDetectors::zipAfterCityStateCode,
                RunIndex.Shape.of(5).prev(RunIndex.Chars.of(" \t")), CITY_LINE_BEFORE_ZIP, ZIP_LENGTH);
    }

    /** The longest city of {@link #CITY}: four words of 25 letters and their three spaces. */
    private static final int LONGEST_CITY = 4 * 25 + 3;

    /**
     * {@link #zipAfterStateCode}, and a city may end at the comma before the state code: within
     * {@link #LONGEST_CITY} characters back from the comma, over nothing but the city's characters
     * and blanks, a capital stands where the pattern may start (no ASCII letter, digit or
     * underscore before it, and not one of those or a comma and a space: the look-behind that
     * keeps a street's "Elm Drive, Austin, TX 78701" from being a city line of its own). A window
     * whose ZIP fails this holds no match: a match ends at the ZIP after its city's comma, and one
     * that ends at an earlier ZIP was tried, from the same start, in that ZIP's window (every
     * match's ZIP is such a run; the windows are visited in order). Each of the mixed text's 783
     * ZIPs ends a street address's line, and its 114-character window cost ten tries of the pattern.
     */
    static boolean zipAfterCityStateCode(String text, int i) {
        int comma = stateCodeComma(text, i);
        if (comma < 0) {
            return false;
        }
        for (int s = comma - 1; s >= 0 && comma - s <= LONGEST_CITY && isCityOrBlank(text.charAt(s)); s--) {
            if (isCapital(text.charAt(s)) && (s == 0 || !isWordChar(text.charAt(s - 1)))
                    && !(s >= 2 && text.charAt(s - 1) == ' ' && (isWordChar(text.charAt(s - 2)) || text.charAt(s - 2) == ','))) {
                return true;
            }
        }
        return false;
    }

    /** A character of {@link #CITY}: an ASCII letter, {@code .'-}, or the space or tab between its words. */
    private static boolean isCityOrBlank(char c) {
        return asciiLetterIndex(c) >= 0 || c == '.' || c == '\'' || c == '-' || c == ' ' || c == '\t';
    }

    /** A character of the patterns' {@code \\w}: an ASCII letter or digit, or an underscore. */
    private static boolean isWordChar(char c) {
        return asciiLetterIndex(c) >= 0 || isDigit(c) || c == '_';
    }

    private static final Pattern CITY_STATE_ZIP = Pattern.compile("(?<![\\w,] )\\b" + CITY + ",[ \\t]{1,3}" + STATE_CODE
            + "[ \\t]{1,3}" + ZIP + "(?![\\w-])");

    /**
     * A ZIP of a "City, ST 12345" line starts here: a run of exactly five digits (a longer run
     * is no ZIP), after one to three spaces or tabs, two capitals, one to three spaces or tabs
     * and a comma. What the pattern needs at and before the ZIP, read by hand: a bare capital
     * before a number (a table's "Line 7 12345") no longer starts a search of the 120 characters
     * before it.
     */
    static boolean zipAfterStateCode(String text, int i) {
        return stateCodeComma(text, i) >= 0;
    }

    /** The comma before the state code of {@link #zipAfterStateCode}'s ZIP at {@code i}, or -1 where it fails. */
    private static int stateCodeComma(String text, int i) {
        if (!zipAfterState(text, i) || digitsAt(text, i, 6) != 5) {
            return -1;
        }
        int k = i - 1;
        while (k > 0 && i - k <= 3 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        // text[k] is a capital (zipAfterState): the state code's second letter
        int p = k - 2;
        if (p < 0 || !isCapital(text.charAt(k - 1)) || !isSpaceOrTab(text.charAt(p))) {
            return -1;
        }
        int spaces = 0;
        while (p >= 0 && spaces < 3 && isSpaceOrTab(text.charAt(p))) {
            p--;
            spaces++;
        }
        return p >= 0 && text.charAt(p) == ',' ? p : -1;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * The places of the text's UK postcode inward codes, ascending: the last digit of a digit run
     * and two inward letters after it ("1AA" in "SW1A 1AA", "8TH" in "B338TH"); every UK postcode
     * ends in one.
     */
    static final TextView.SharedPass<int[]> INWARD_CODES = view -> {
        String text = view.text();
        int n = text.length();
        int[] out = new int[8];
        int size = 0;
        for (int k = 0, runs = view.digitRunCount(); k < runs; k++) {
            // inwardCode at the run's last digit, its digit known: only the two letters after it are read
            int e = view.digitRunEnd(k);
            if (e + 1 < n && isInwardLetter(text.charAt(e)) && isInwardLetter(text.charAt(e + 1))) {
                if (size == out.length) {
                    out = java.util.Arrays.copyOf(out, size * 2);
                }
                out[size++] = e - 1;
            }
        }
        return java.util.Arrays.copyOf(out, size);
    };

    /** Whether an inward code ({@link #INWARD_CODES}) lies within {@code [start, limit)}: a UK postcode may end there. */
    static boolean inwardCodeWithin(TextView view, int start, int limit) {
        int[] codes = view.shared(INWARD_CODES);
        int k = java.util.Arrays.binarySearch(codes, start);
        int first = k >= 0 ? k : -k - 1;
        return first < codes.length && codes[first] + 3 <= limit;
    }

    /** A postcode's inward code starts here: a digit and two inward letters. */
    static boolean inwardCode(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9' && i + 2 < text.length() && isInwardLetter(text.charAt(i + 1))
                && isInwardLetter(text.charAt(i + 2));
    }

    private static boolean isInwardLetter(char c) {
        return c < 128 && IS_INWARD_LETTER[c];
    }

    /** A five-digit run starts here after a space and a capital letter, as in "Austin, TX 78701". */
    static boolean zipAfterState(String text, int i) {
        char c = text.charAt(i);
        if (c < '0' || c > '9' || i < 3 || (text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\t')) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && i - k <= 3 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        char state = text.charAt(k);
        return state >= 'A' && state <= 'Z';
    }

    /**
     * A house number starts here: at most six digits, maybe "-12" and a letter, then one to three
     * spaces and the start of a direction or first street-name word (a capital, or a one- to
     * three-digit ordinal such as "5th"); a cheap test that most numbers in prose, tables and logs
     * (card groups, phone numbers) fail.
     */
    static boolean houseNumberBeforeWord(String text, int i) {
        return houseNumberBeforeWord(text, i, i + digitsAt(text, i, 7));
    }

    /** {@link #houseNumberBeforeWord} for the digits {@code [i, j)}: the whole run, or its first seven when longer. */
    private static boolean houseNumberBeforeWord(String text, int i, int j) {
        int n = text.length();
        if (j - i > 6) {
            return false;
        }
        if (j < n && text.charAt(j) == '-') {
            int more = digitsAt(text, j + 1);
            if (more < 1 || more > 4) {
                return false;
            }
            j += 1 + more;
        }
        if (j < n && asciiLetterIndex(text.charAt(j)) >= 0) {
            j++;
        }
        int spaces = 0;
        while (j < n && spaces < 3 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
            spaces++;
        }
        if (spaces == 0 || j >= n) {
            return false;
        }
        char c = text.charAt(j);
        boolean firstWord = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9' && ordinalAt(text, j));
        return firstWord && secondWordMayFollow(text, j);
    }

    /**
     * After the first word at {@code j} (a direction or a name word, which ends at a space or
     * tab), one to three spaces and a second word that is a name word (a capital, a digit) or
     * begins with a street suffix in any case: every street address has one, and a log line's
     * "01Z INFO request" has not.
     */
    static boolean secondWordMayFollow(String text, int j) {
        int n = text.length();
        int k = j;
        while (k < n && isWordOrDirectionChar(text.charAt(k))) {
            k++;
        }
        int spaces = 0;
        while (k < n && spaces <= 3 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
            spaces++;
        }
        if (spaces == 0 || spaces > 3 || k >= n) {
            return false;
        }
        char c = text.charAt(k);
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        // the suffix pattern folds ASCII case only: its first two letters, lower-cased, must be a suffix's
        int a = k + 1 < n ? asciiLetterIndex(c) : -1;
        int b = a < 0 ? -1 : asciiLetterIndex(text.charAt(k + 1));
        return b >= 0 && SUFFIX_STARTS[a * 26 + b];
    }

    /** 0 to 25 for an ASCII letter in either case, else -1. */
    private static int asciiLetterIndex(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c >= 'A' && c <= 'Z' ? c - 'A' : -1;
    }

    /** {@code true} at {@code 26 * first + second} for the first two letters of each street suffix. */
    private static boolean[] suffixStarts() {
        boolean[] starts = new boolean[26 * 26];
        for (String suffix : SUFFIX.substring("(?i:".length(), SUFFIX.length() - 1).split("\\|")) {
            starts[(suffix.charAt(0) - 'a') * 26 + suffix.charAt(1) - 'a'] = true;
        }
        return starts;
    }

    /** What a direction ("N.", "West") or a street-name word ("O'Neil", "5th") is made of. */
    private static boolean isWordOrDirectionChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '-'
                || c == '.';
    }

    /** One to three digits and an ordinal suffix at {@code j}, as in "5th" (the next column of a table is not). */
    private static boolean ordinalAt(String text, int j) {
        int d = digitsAt(text, j, 4);
        return d >= 1 && d <= 3 && isOrdinalSuffix(text, j + d);
    }

    /** One of the lower-case ordinal suffixes a numbered street name word ends with. */
    private static boolean isOrdinalSuffix(String text, int i) {
        return text.startsWith("st", i) || text.startsWith("nd", i) || text.startsWith("rd", i)
                || text.startsWith("th", i);
    }

    /** Length of the run of ASCII digits starting at {@code i}, counted up to {@code max}. */
    private static int digitsAt(String text, int i, int max) {
        int end = Math.min(text.length(), i + max);
        int j = i;
        while (j < end && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        return j - i;
    }

    /** Length of the run of ASCII digits starting at {@code i}. */
    static int digitsAt(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        return j - i;
    }
}
