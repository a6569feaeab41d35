package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Addresses written as parts separated by commas that end in a town and its postcode, the usual
 * form in South and East Asia and in much of Africa: "House 12, Road 5, Dhanmondi, Dhaka 1205",
 * "No. 14, 3rd Cross, Indiranagar, Bengaluru 560038", "Room 501, No. 18, Lane 200, Huaihai Road,
 * Xuhui District, Shanghai 200031", "5-2-1 Minatomirai, Nishi-ku, Yokohama 220-0012", "Apt 1203,
 * 21 Seongsui-ro, Seongdong-gu, Seoul 04783", "Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104".
 *
 * <p>Tried at a postcode only: a run of four to six digits, a Japanese "220-0012" or an Indian
 * "400 001" (from the shared index of digit runs), after a space or a hyphen and one to three
 * capitalised town words that follow a comma or a line break. From there the parts before the
 * town are read backwards by hand, each at most {@value #MAX_PART} characters of capitalised
 * words, numbers and a few particles. The address starts at the earliest of them that begins with
 * a house or a unit ("House 12", "Flat 12B", "Plot 34", "No. 14", "B-204", "302", "5-2-1
 * Minatomirai"), which may end a part of running text ("delivered to Flat 12B", "address: House
 * No. 27"), and is reported only when a part from there on holds an address word ("Road",
 * "Cross", "Sector", "Lane", "District", "Phase", "Soi", a Japanese "-ku", a Korean "-gu" or
 * "-ro", ...). A four-digit postcode that reads as a year (1900-2099) is not one.
 *
 * <p>Where addresses seldom carry a postcode (West and East Africa, the Gulf, Colombia and Peru,
 * Hong Kong) the same parts may end in one of their cities instead ("Plot 17, Admiralty Way, Lekki
 * Phase 1, Lagos", "Office 1402, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE"): searched
 * only where the view's word filter says the text may hold every word of the city. Every step is bounded, so a
 * candidate costs at most a few hundred characters read.
 */
final class TownPostcodeAddressDetector extends AddressDetector {
    static final String NAME = "intl-street-address";
    private static final String RULE = "parts-town-postcode";
    private static final double SCORE = 0.8;
    /** The most parts read before the town. */
    private static final int MAX_PARTS = 8;
    /** The longest part, in characters. */
    static final int MAX_PART = 60;
    private static final int MAX_TOWN_WORDS = 3;
    /** Parts before the town, the house's included, that make an address without an address word ("C-502, Lodha Paradise, Majiwada, Thane West"). */
    private static final int MIN_PARTS_WITHOUT_WORD = 4;
    private static final int MAX_TOWN_WORD = 30;
    /** The furthest back before a town that its parts are read: every part, its separator and spaces. */
    private static final int LOOK_BACK = MAX_PARTS * (MAX_PART + 3);

    /** Words that name a house or a unit when a number follows them ("House 12", "Flat 12B", "No. 14"). */
    private static final Set<String> UNIT_WORDS = Set.of("house", "h.no.", "flat", "plot", "apt", "apt.", "apartment",
            "room", "rm", "rm.", "unit", "suite", "building", "bldg", "bldg.", "block", "door", "shop", "office", "villa",
            "tower", "floor", "no.", "no", "lot", "stand", "erf", "blk", "blk.", "hse", "apto", "apto.", "dpto", "dpto.",
            "casa", "lote");
    /** Whole words that make a part an address's (a street, an area, a building). */
    private static final Set<String> ADDRESS_WORDS = Set.of("road", "rd", "rd.", "street", "st", "st.", "lane", "ln",
            "cross", "main", "sector", "phase", "block", "nagar", "colony", "marg", "way", "avenue", "ave", "ave.",
            "soi", "thanon", "district", "area", "layout", "extension", "estate", "apartments", "residency", "tower",
            "towers", "enclave", "society", "complex", "village", "ward", "mohalla", "chowk", "bazar", "bazaar", "gali",
            "township", "gardens", "park", "plaza", "drive", "close", "crescent", "lu", "jie", "hutong", "lorong",
            "jalan", "jln", "jl.", "jl", "gang", "gg.", "taman", "barangay", "brgy", "brgy.", "purok", "subdivision", "compound", "quarters",
            "housing", "cantonment", "highway", "rua", "avenida", "av.", "alameda", "travessa", "rodovia", "praça",
            "calle", "carrera", "expressway", "boulevard", "blvd");
    /** Endings of Japanese, Korean and Chinese place words written with a hyphen ("Nishi-ku", "Seongdong-gu", "Seongsui-ro"). */
    private static final Set<String> ADDRESS_ENDINGS = Set.of("ku", "gu", "ro", "gil", "dong", "si", "shi", "cho",
            "machi", "gun", "eup", "myeon", "ri", "chome", "ken", "fu", "lu", "qu");
    /** Lower-case words a part may hold between its capitalised words and numbers. */
    private static final Set<String> PARTICLES = Set.of("of", "de", "del", "la", "da", "das", "do", "dos", "e", "y",
            "and", "&", "#", "bin", "al", "el");

    private static final String CITY_RULE = "parts-city";
    /** A city alone ends an address less surely than a postcode. */
    private static final double CITY_SCORE = 0.75;
    /**
     * Cities of countries whose addresses seldom carry a postcode (West and East Africa, the Gulf,
     * Colombia and Peru, Hong Kong), as they are written in English and Spanish.
     */
    private static final String[] CITIES = {"Accra", "Kumasi", "Tema", "Takoradi", "Tamale", "Cape Coast", "Lagos", "Abuja",
        "Ibadan", "Kano", "Port Harcourt", "Enugu", "Kaduna", "Benin City", "Owerri", "Nairobi", "Mombasa", "Kisumu",
        "Nakuru", "Eldoret", "Kampala", "Entebbe", "Dar es Salaam", "Arusha", "Kigali", "Addis Ababa", "Lusaka", "Harare",
        "Bulawayo", "Gaborone", "Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Doha", "Muscat", "Salalah", "Manama",
        "Kuwait City", "Bogotá", "Bogota", "Medellín", "Medellin", "Cali", "Barranquilla", "Cartagena", "Lima", "Arequipa",
        "Cusco", "Hong Kong", "Kowloon"};
    /**
     * The {@link TextView#wordHash} of each city's words in lower case, for the view's word filter:
     * a text that may hold "port" but not "harcourt" is not searched for "Port Harcourt".
     */
    private static final int[][] CITY_WORDS = Arrays.stream(CITIES)
            .map(c -> Arrays.stream(c.toLowerCase(Locale.ROOT).split(" ")).mapToInt(TextView::wordHash).toArray())
            .toArray(int[][]::new);
    /** Countries taken into an address after its city. */
    private static final String[] COUNTRIES = {"Ghana", "Nigeria", "Kenya", "Uganda", "Tanzania", "Rwanda", "Ethiopia",
        "Zambia", "Zimbabwe", "Botswana", "UAE", "U.A.E.", "United Arab Emirates", "Qatar", "Oman", "Bahrain", "Kuwait",
        "Colombia", "Peru", "Perú", "Hong Kong SAR", "Hong Kong"};

    /** Words before a number that make it a quantity, not a postcode ("Total 45000", "Capacity 1200"): never a town's. */
    private static final Set<String> NOT_TOWNS = Set.of("total", "subtotal", "budget", "capacity", "amount", "price",
            "cost", "costs", "fee", "fees", "page", "pages", "vol", "volume", "issue", "edition", "year", "invoice", "order",
            "ref", "reference", "account", "balance", "qty", "quantity", "units", "unit", "item", "items", "tel", "phone",
            "fax", "mobile", "population", "revenue", "salary", "code", "score", "size", "weight", "height", "length",
            "count", "number", "model", "serial", "version", "batch", "stock", "part", "seats", "rent", "deposit", "tax",
            "sum", "net", "gross", "ticket", "case", "claim", "policy", "id", "pin", "otp", "room", "suite", "flat");

    /** Runs of three to six digits after a space or a hyphen ({@link #postcodeAt} asks the rest). */
    private static final RunIndex.Shape POSTCODE_RUNS = RunIndex.Shape.of(3, 4, 5, 6).prev(RunIndex.Chars.of(" -"))
            .test(TownPostcodeAddressDetector::postcodeAt);
    private static final RunCandidates POSTCODES = RunCandidates.digits(POSTCODE_RUNS);

    private final ContextWords context;

    TownPostcodeAddressDetector(ContextWords context) {
        super(NAME);
        this.context = context;
    }

    @Override
    public List<Finding> detect(TextView view) {
        int[] starts = POSTCODES.starts(view);
        List<Finding> out = new ArrayList<>(0);
        String text = view.text();
        int lastEnd = 0;
        for (int s : starts) {
            if (s < lastEnd) {
                continue;
            }
            int end = postcodeEnd(text, s);
            int town = townStart(text, s);
            if (end < 0 || town < 0) {
                continue;
            }
            int start = addressStart(text, town, Math.max(lastEnd, town - LOOK_BACK));
            if (start < 0) {
                continue;
            }
            out.add(Scoring.score(EntityType.ADDRESS, NAME, RULE, SCORE, context, false, view, start, end));
            lastEnd = end;
        }
        for (int c = 0; c < CITIES.length; c++) {
            if (mayContainAll(view, CITY_WORDS[c])) {
                findBeforeCity(view, c, out);
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    /**
     * Addresses that end in {@code city} with no postcode ("Plot 17, Admiralty Way, Lekki Phase 1,
     * Lagos"): the city after a comma or a line break, not glued to a word after it, with a house
     * and an address word in the parts before it as for a postcode; a country after it is taken in.
     */
    private void findBeforeCity(TextView view, int c, List<Finding> out) {
        String text = view.text();
        String city = CITIES[c];
        int firstWord = CITY_WORDS[c][0];
        int n = text.length();
        int lastEnd = 0;
        // a city is taken only after a separator and blanks, so where it starts a word starts: the
        // words whose hash is its first word's are the places to try (a search of the text for it
        // read every character of a long text for each city whose words it may hold)
        for (int k = 0, words = view.wordCount(); k < words; k++) {
            if (view.wordHashAt(k) != firstWord) {
                continue;
            }
            int i = view.wordStart(k);
            int end = i + city.length();
            if (i < lastEnd || !text.startsWith(city, i)
                    || (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'))) {
                continue;
            }
            int sep = separatorBefore(text, i);
            if (sep < 0 || !isSeparator(text.charAt(sep))) {
                continue;
            }
            int start = addressStart(text, i, Math.max(lastEnd, i - LOOK_BACK));
            if (start < 0) {
                continue;
            }
            end = withCountry(text, end);
            out.add(Scoring.score(EntityType.ADDRESS, NAME, CITY_RULE, CITY_SCORE, context, false, view, start, end));
            lastEnd = end;
        }
    }

    private static boolean mayContainAll(TextView view, int[] wordHashes) {
        for (int h : wordHashes) {
            if (!view.mayContainWordHash(h)) {
                return false;
            }
        }
        return true;
    }

    /** {@code end}, or the end of ", Ghana" (a country of {@link #COUNTRIES}) right after it. */
    private static int withCountry(String text, int end) {
        int j = end;
        if (j + 2 < text.length() && text.charAt(j) == ',' && text.charAt(j + 1) == ' ') {
            for (String country : COUNTRIES) {
                int e = j + 2 + country.length();
                if (text.startsWith(country, j + 2) && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                    return e;
                }
            }
        }
        return end;
    }

    /** Whether the digit run {@code [s, e)} is a postcode after a town ({@link #postcodeEnd} and {@link #townStart}). */
    static boolean postcodeAt(String text, int s, int e) {
        // the town first: most numbers in a table or in prose have no capitalised word right before them
        int j = s - 2;
        while (j > 0 && s - j <= 4 && (text.charAt(j) == ' ' || text.charAt(j) == '-')) {
            j--;
        }
        return j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == ',') // Brazil: "- RJ, 22410-002"
                && townStart(text, s) >= 0 && postcodeEnd(text, s) >= 0;
    }

    /**
     * Where the postcode that starts with the digit run at {@code s} ends: six, five or four digits
     * (not a year), a Japanese "220-0012" or an Indian "400 001", with no letter, digit or hyphen
     * glued after it; -1 when it is none of these.
     */
    static int postcodeEnd(String text, int s) {
        int n = text.length();
        int e = s;
        while (e < n && RunIndex.isDigit(text.charAt(e))) {
            e++;
        }
        int length = e - s;
        if (length == 3) {
            if (e + 5 <= n && text.charAt(e) == '-' && RunIndex.digitsAt(text, e + 1, 4)) {
                e += 5; // Japan
            } else if (e + 4 <= n && text.charAt(e) == ' ' && RunIndex.digitsAt(text, e + 1, 3)) {
                e += 4; // India, written in two halves
            } else {
                return -1;
            }
        } else if (length == 5 && e + 4 <= n && text.charAt(e) == '-' && RunIndex.digitsAt(text, e + 1, 3)) {
            e += 4; // Brazil's CEP
        } else if (length == 4) {
            int year = Integer.parseInt(text, s, e, 10);
            if (year >= 1900 && year <= 2099) {
                return -1;
            }
        } else if (length < 3 || length > 6) {
            return -1;
        }
        if (e < n) {
            char c = text.charAt(e);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '_' || c == '@'
                    || (c == '.' && e + 1 < n && RunIndex.isDigit(text.charAt(e + 1)))) {
                return -1;
            }
        }
        return e;
    }

    /**
     * Where the town before the postcode at {@code s} starts: one to three capitalised words ("Dhaka",
     * "New Delhi", "Navi Mumbai") joined by single spaces, one or two spaces or a hyphen ("Dhaka-1205")
     * before the postcode, a comma or a line break before the town; -1 when the text is not so.
     */
    static int townStart(String text, int s) {
        int j = s - 1;
        boolean hyphen = false;
        if (j < 1) {
            return -1;
        }
        if (text.charAt(j) == ' ') {
            j -= text.charAt(j - 1) == ' ' ? 2 : 1;
            if (j >= 2 && text.charAt(j) == ',') {
                // Brazil: "São Paulo - SP, 01426-001", the town and its state's code before a comma
                j--;
                if (j >= 4 && isCapital(text.charAt(j)) && isCapital(text.charAt(j - 1))
                        && (text.charAt(j - 2) == '/' || text.startsWith(" - ", j - 4))) {
                    j -= text.charAt(j - 2) == '/' ? 3 : 5;
                } else {
                    return -1;
                }
            }
        } else if (text.charAt(j) == '-') {
            hyphen = true;
            j -= text.charAt(j - 1) == ' ' ? 2 : 1;
            if (j >= 0 && text.charAt(j) == ' ') {
                j--; // "Bengaluru - 560038"
            }
        } else {
            return -1;
        }
        for (int words = 0; words < MAX_TOWN_WORDS; words++) {
            // j is at the word's last character
            int end = j + 1;
            int k = j;
            while (k >= 0 && end - k <= MAX_TOWN_WORD && isWordChar(text.charAt(k))) {
                k--;
            }
            int start = k + 1;
            boolean particle = words > 0 && end - start <= 3 && PARTICLES.contains(text.substring(start, end));
            if (!particle && (end - start < 2 || end - start > MAX_TOWN_WORD || !Character.isUpperCase(text.charAt(start))
                    || !Character.isLetter(text.charAt(end - 1))
                    || NOT_TOWNS.contains(text.substring(start, end).toLowerCase(Locale.ROOT)))) {
                return -1; // a word of a town, or a particle inside it ("Rio de Janeiro")
            }
            if (particle && (k < 0 || text.charAt(k) != ' ')) {
                return -1; // the first word is a capitalised one
            }
            if (words == 0 && !hasLowerCase(text, start, end) && (hyphen || end - start == 2)) {
                // a form's code ("IR-6526"), not a town: "Dhaka-1205" is written in lower case; and a US
                // state's code ("Springfield, IL 62704") is the US rules' (`us-city-state-zip`, `us-street-address`)
                return -1;
            }
            if (k < 0) {
                return -1;
            }
            char before = text.charAt(k);
            if (before == '\n') {
                return start;
            }
            if (before == ' ' || before == '\t') {
                int q = k;
                while (q >= 0 && s - q < 200 && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                    q--;
                }
                if (q >= 0 && (text.charAt(q) == ',' || text.charAt(q) == '\n')) {
                    return start;
                }
                if (q != k - 1 || q < 0) {
                    return -1; // more than one space between town words
                }
                j = q;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /**
     * The start of the address whose town starts at {@code town}, reading its parts backwards (no
     * further back than {@code limit}); -1 when no part begins with a house or a unit, or no part
     * from the first such on holds an address word.
     */
    static int addressStart(String text, int town, int limit) {
        int cursor = separatorBefore(text, town);
        int start = -1;
        boolean addressWord = false;
        boolean wordsSoFar = false; // an address word in a part read so far (all of them after the current one)
        int partsSoFar = 0;
        int bareNumber = -2; // where the part just read starts when it is a number alone
        for (int parts = 0; parts < MAX_PARTS && cursor > limit; parts++) {
            int partEnd = cursor;
            while (partEnd > limit && isSpace(text.charAt(partEnd - 1))) {
                partEnd--;
            }
            int rawStart = partEnd;
            while (rawStart > limit && partEnd - rawStart < MAX_PART && !isBoundary(text.charAt(rawStart - 1))
                    && !columnGap(text, rawStart, limit)) {
                rawStart--;
            }
            boolean cut = rawStart > limit && !isBoundary(text.charAt(rawStart - 1)) && !columnGap(text, rawStart, limit);
            int partStart = rawStart;
            if (cut) {
                // longer than a part: only a tail from a word's start can be one
                while (partStart < partEnd && text.charAt(partStart) != ' ') {
                    partStart++;
                }
            }
            while (partStart < partEnd && isSpace(text.charAt(partStart))) {
                partStart++;
            }
            if (partStart >= partEnd) {
                break;
            }
            int from = !cut && isPart(text, partStart, partEnd) ? partStart : houseSuffix(text, partStart, partEnd);
            if (from < 0) {
                break;
            }
            boolean word = hasAddressWord(text, from, partEnd);
            wordsSoFar |= word;
            partsSoFar++;
            if (isHouse(text, from, partEnd) || (word && (endsInNumber(text, from, partEnd) || start == bareNumber))) {
                start = from; // a street part before a part that is its number alone: "Rua Oscar Freire, 1290"
                addressWord = wordsSoFar || partsSoFar >= MIN_PARTS_WITHOUT_WORD;
            }
            bareNumber = isNumber(text, from, partEnd) ? from : -2;
            if (from != partStart || rawStart == limit || !isSeparator(text.charAt(rawStart - 1))) {
                break; // a house at the end of running text, or after a colon, a bracket...: the address starts no earlier
            }
            cursor = rawStart - 1;
        }
        return start >= 0 && addressWord ? start : -1;
    }

    /** The comma or line break just before {@code town} (spaces between), as the end of the part before it. */
    private static int separatorBefore(String text, int town) {
        int k = town - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k;
    }

    /**
     * Where, in a part that is not all address ("delivered to Flat 12B", "address: House No. 27",
     * "to view Rua Visconde de Pirajá 550"), the longest tail of address words that begins with a
     * house, or is a street and its number, starts; -1 when none does.
     */
    private static int houseSuffix(String text, int from, int to) {
        for (int w = from; w < to; w++) {
            if ((w == from || text.charAt(w - 1) == ' ') && text.charAt(w) != ' '
                    && (isHouse(text, w, to) || (endsInNumber(text, w, to) && hasAddressWord(text, w, to)))
                    && isPart(text, w, to)) {
                return w;
            }
        }
        return -1;
    }

    /** Whether every word of {@code [from, to)} is capitalised, a number, or a particle (not the first). */
    static boolean isPart(String text, int from, int to) {
        int w = wordEnd(text, from, to);
        if (!isUpperOrDigit(text.charAt(from))) {
            // "apto 84", "flat 1" may start a part in lower case, "of" may not
            if (!UNIT_WORDS.contains(text.substring(from, w).toLowerCase(Locale.ROOT))) {
                return false;
            }
        } else if (!isAddressToken(text, from, w)) {
            return false;
        }
        while (w < to) {
            int s = w + 1;
            w = wordEnd(text, s, to);
            if (w > s && !isAddressToken(text, s, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAddressToken(String text, int s, int e) {
        char c = text.charAt(s);
        if (Character.isUpperCase(c) || RunIndex.isDigit(c)) {
            for (int i = s + 1; i < e; i++) {
                char d = text.charAt(i);
                if (!Character.isLetterOrDigit(d) && d != '-' && d != '.' && d != '/' && d != '\'' && d != '\u2019') {
                    return false;
                }
            }
            return true;
        }
        return (e - s <= 3 && PARTICLES.contains(text.substring(s, e))) || hasAddressEnding(text, s, e);
    }

    /** Whether the word {@code [s, e)} ends in a place word after a hyphen: "Nishi-ku", "jungang-ro". */
    private static boolean hasAddressEnding(String text, int s, int e) {
        int hyphen = e - 1;
        while (hyphen > s && text.charAt(hyphen) != '-') {
            hyphen--; // within the word: a search of the whole text before it made a text of many words quadratic
        }
        return hyphen > s && hyphen < e - 1
                && ADDRESS_ENDINGS.contains(text.substring(hyphen + 1, e).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code [from, to)} begins with a house or a unit: a number ("302", "5-2-1
     * Minatomirai", "12B"), a capital and a hyphen before a number ("B-204", "F-8/3"), or a unit
     * word and a number ("House 12", "House No. 27", "Flat 12B", "No. 14").
     */
    static boolean isHouse(String text, int from, int to) {
        char c = text.charAt(from);
        if (RunIndex.isDigit(c)) {
            return true;
        }
        if (from + 2 < to && Character.isUpperCase(c) && text.charAt(from + 1) == '-' && RunIndex.isDigit(text.charAt(from + 2))) {
            return true;
        }
        int e = wordEnd(text, from, to);
        if (!UNIT_WORDS.contains(text.substring(from, e).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int w = e + 1;
        if (w < to && (text.startsWith("No.", w) || text.startsWith("no.", w))) {
            w += 3;
            if (w < to && text.charAt(w) == ' ') {
                w++;
            }
        }
        return w < to && (RunIndex.isDigit(text.charAt(w))
                || (w + 1 < to && Character.isUpperCase(text.charAt(w)) && RunIndex.isDigit(text.charAt(w + 1))));
    }

    /** Whether the part {@code [from, to)} is one number ("1290", "12B"). */
    private static boolean isNumber(String text, int from, int to) {
        return RunIndex.isDigit(text.charAt(from)) && wordEnd(text, from, to) == to;
    }

    /** Whether the part {@code [from, to)} ends in a house number: "Jl. Monkey Forest No. 28", "Lane 200". */
    private static boolean endsInNumber(String text, int from, int to) {
        int w = to;
        while (w > from && text.charAt(w - 1) != ' ') {
            w--;
        }
        return w > from && RunIndex.isDigit(text.charAt(w));
    }

    /** Whether a word of {@code [from, to)} is an address word, or ends in one after a hyphen ("Nishi-ku"). */
    static boolean hasAddressWord(String text, int from, int to) {
        int w = from;
        while (w < to) {
            int e = wordEnd(text, w, to);
            if (e > w && (ADDRESS_WORDS.contains(text.substring(w, e).toLowerCase(Locale.ROOT))
                    || hasAddressEnding(text, w, e))) {
                return true;
            }
            w = e + 1;
        }
        return false;
    }

    private static int wordEnd(String text, int from, int to) {
        int e = from;
        while (e < to && text.charAt(e) != ' ') {
            e++;
        }
        return e;
    }

    /** A town word's characters: letters, a hyphen, a dot, an apostrophe. */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '.' || c == '\'' || c == '\u2019';
    }

    /** Where a part ends: a comma or a line break (the next part before it), or what ends running text's clause. */
    private static boolean isBoundary(char c) {
        return c == ',' || c == '\n' || c == '\r' || c == ':' || c == ';' || c == '(' || c == ')' || c == '\t'
                || c == '"' || c == '|' || c == '\u2014' || c == '\u2013';
    }

    /** Three spaces before {@code k}: the gap between two columns of a text table, which no address part spans. */
    private static boolean columnGap(String text, int k, int limit) {
        return k - 3 >= limit && text.charAt(k - 1) == ' ' && text.charAt(k - 2) == ' ' && text.charAt(k - 3) == ' ';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\n';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean hasLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpperOrDigit(char c) {
        return Character.isUpperCase(c) || RunIndex.isDigit(c);
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
