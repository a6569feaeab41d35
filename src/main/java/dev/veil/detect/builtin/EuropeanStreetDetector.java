package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Continental European street addresses: a street with a street type ("Hauptstraße 5",
 * "45 rue de Rivoli", "Calle Mayor 12"), a comma or line break, a postcode and a town
 * ("10827 Berlin", "75001 Paris", "4050-265 Porto", "1015 CJ Amsterdam"), with a floor and door or
 * a flat between ("Calle de Alcalá 112, 3º B, 28009 Madrid", "ul. Marszałkowska 84/92 m. 15,
 * 00-514 Warszawa"); Turkish streets name their type after the name and the number after "No."
 * ("Bağdat Caddesi No. 214, 34728 Kadıköy/İstanbul"). Tried at the postcode
 * only: a run of four or five digits (two before a Polish postcode's hyphen) (from the shared index of digit runs by length) after a
 * comma or line break, with a capitalised town after it; and the pattern runs only where a
 * street type stands in the window before it.
 */
final class EuropeanStreetDetector extends AddressDetector {
    static final String NAME = "eu-street-address";
    private static final String RULE = "street-postcode-town";
    private static final double SCORE = 0.8;

    /** A house number: "5", "12a", "14-16", "3 bis" is read as "3" and a word. */
    private static final String NUMBER = "\\d{1,4}(?:[ ]?[a-zA-Z](?![\\p{L}]))?"
            + "(?:[-/](?:\\d{1,4}[a-zA-Z]?|(?:I{1,3}|IV|H|hs|huis|bg)(?![\\p{L}])))?";
    /** Street types written as the end of the street's name, or as a word of it (German, Dutch, Nordic). */
    private static final String SUFFIX = "(?iu:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee"
            + "|markt|steig|pfad|straat|laan|gracht|plein|kade|singel|dijk|vej|gade|gatan|gata|gate|veien|vägen|väg"
            + "|katu|tie|allé)";
    /** Street types written first (French, Spanish, Catalan, Italian, Portuguese). */
    private static final String TYPE = "(?iu:rue|avenue|av\\.|boulevard|bd|place|allée|allee|chemin|impasse|quai"
            + "|cours|calle|c/|avenida|avda\\.?|plaza|paseo|camino|carrer|passeig|via|viale|piazza|piazzale|corso"
            + "|vicolo|rua|travessa|praça|praca|estrada|alameda|ul\\.|al\\.|pl\\.|os\\.)";
    /** Turkish street types, a word after the street's name ("Bağdat Caddesi", "Atatürk Bulvarı"), and the number after "No." or "No:"; Hungarian ones, the same way. */
    private static final String TR_TYPE = "(?iu:caddesi|cad\\.|cd\\.|sokak|sokağı|sok\\.|sk\\.|bulvarı|bulvar|blv\\.|bulv\\."
            // Hungarian types are words after the name too ("Andrássy út 47", "Váci utca 12")
            + "|út|utca|körút)";
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'\u2019.-]{0,30}|de|del|des|du|da|das|do|dos|di|della"
            + "|dei|degli|la|le|les|dels|y|e|[ldLD]['\u2019]\\p{Lu}[\\p{L}'\u2019.-]{0,30})";
    private static final String STREET = "(?:"
            // "Hauptstraße 5", "Berliner Straße 12a", "Karl-Marx-Allee 3", "Keizersgracht 123"
            // (a name before the type, as a word or as the front of a compound: not "Ring" alone)
            + "(?<![\\p{L}'\u2019-])(?:(?:\\p{Lu}[\\p{L}'\u2019-]{0,30}[ -]){1,2}(?:\\p{Lu}\\p{L}{0,30})?"
            + "|(?:\\p{Lu}[\\p{L}'\u2019-]{0,30}[ -]){0,2}\\p{Lu}\\p{L}{1,30})" + SUFFIX
            + "[ \\t]{1,3}" + NUMBER
            // "45 rue de Rivoli", "12, avenue Foch"
            + "|\\b" + NUMBER + ",?[ \\t]{1,3}" + TYPE + "(?:[ \\t]{1,2}" + NAME_WORD + "){1,6}"
            // "Calle Mayor 12", "Via Roma 1", "Rua das Flores 88"
            + "|(?<![\\p{L}])" + TYPE + "(?:[ \\t]{1,2}" + NAME_WORD + "){1,6},?[ \\t]{1,3}(?:n[º°o.][ ]?)?" + NUMBER
            // "Bağdat Caddesi No. 214", "Atatürk Bulvarı No: 45"
            + "|(?<![\\p{L}'\u2019-])(?:\\p{Lu}[\\p{L}'\u2019-]{0,30}[ ]){1,3}" + TR_TYPE + ",?[ \\t]{1,3}(?:(?i:no)[.:]?[ ]?)?" + NUMBER
            + ")"
            // a floor and door or a flat after the number: Spanish "3º B", "2ª izq.", Polish "m. 15", "lok. 4"
            + "(?:,?[ \\t]{1,3}(?:\\d{1,2}[º°ª](?:[ ]?(?:[A-Z]|(?i:izq|izda|dcha|der|dch|ctro)\\.?)(?![\\p{L}]))?"
            + "|(?:m|lok|mieszk)\\.[ ]?\\d{1,4}[a-zA-Z]?"
            // German "2. OG", Swedish "3 tr", Turkish "Daire 6", Spanish "Piso 4", Portuguese "apto 84", French "app. 610"
            + "|\\d{1,2}\\.[ ]?(?:OG|Stock|Etage)|\\d{1,2}[ ]tr\\.?"
            + "|(?:Daire|Kat|Piso|Apto|apto|Dpto|Depto|app|Apt|apt)\\.?[ ]?\\d{1,4}[a-zA-Z]?(?![\\p{L}])))?"
            // a district or two before the postcode: Turkish "Beyoğlu", Mexican "Col. Centro"
            + "(?:,[ \\t]{1,3}(?:(?:Col\\.|Colonia)[ ]{1,2})?\\p{Lu}\\p{L}{2,30}(?:[ ]\\p{Lu}\\p{L}{2,30}){0,2}){0,2}";
    /**
     * A postcode (five digits, four, Dutch "1012 AB", Portuguese "4050-265", Swedish "411 38",
     * Polish "00-514") and the town after it ("Kadıköy/İstanbul": a district and its city).
     */
    private static final String POSTCODE_TOWN = "(?:\\d{5}|\\d{4}-\\d{3}|\\d{4}[ ]?[A-Z]{2}|\\d{4}|\\d{3} \\d{2}|\\d{2}-\\d{3})(?![\\d])[ \\t]{1,3}"
            + "\\p{Lu}[\\p{L}'\u2019.-]{0,29}\\p{L}(?:[ /-]\\p{Lu}[\\p{L}'\u2019.-]{0,29}\\p{L}){0,2}(?![\\p{L}])";
    private static final Pattern ADDRESS = Pattern.compile(
            STREET + "(?:,[ \\t]{0,3}|[ \\t]{0,3}\\r?\\n[ \\t]{0,3})" + POSTCODE_TOWN);
    /**
     * What every match holds before its postcode: a street type, as the end of a word before a
     * number or as a whole word. Far cheaper to look for than {@link #ADDRESS}, which runs only then.
     */
    static final Pattern STREET_TYPE = Pattern.compile(
            SUFFIX + "[ \\t]{1,3}\\d|(?<![\\p{L}])(?:" + TYPE + "|" + TR_TYPE + ")(?![\\p{L}])");

    /**
     * Runs of three to five digits after a space, tab, comma or line break and before a space, tab
     * or hyphen ({@link #postcodeAt} asks the rest).
     */
    private static final RunIndex.Shape POSTCODE_RUNS = RunIndex.Shape.of(3, 4, 5).prev(RunIndex.Chars.of(" \t\r\n,"))
            .next(RunIndex.Chars.of(" \t-")).test(EuropeanStreetDetector::postcodeAt);
    /** The first two digits of a Polish "00-514", on the same terms. */
    private static final RunIndex.Shape POLISH_POSTCODE_RUNS = RunIndex.Shape.of(2).prev(RunIndex.Chars.of(" \t\r\n,"))
            .next(RunIndex.Chars.of("-")).test(EuropeanStreetDetector::postcodeAt);
    /** Where a postcode can start, ascending: the runs of either shape. */
    private static final RunCandidates POSTCODES = RunCandidates.digits(POSTCODE_RUNS, POLISH_POSTCODE_RUNS);
    /**
     * Longest street part before a postcode or the districts before it: a number, a type, six name
     * words of 31 letters and their gaps, a floor or flat. The districts are measured by hand
     * ({@link #districtsStart}), so that a window as long as two of them is read only where they are.
     */
    private static final int STREET_BEFORE = 12 + 12 + 6 * 34 + 16 + 16;
    /** The longest district part: a comma, spaces, "Colonia ", three words of 31 letters and their spaces. */
    private static final int LONGEST_DISTRICT = 4 + 9 + 3 * 33;
    /** A postcode, a gap and three town words. */
    private static final int TOWN_AFTER = 8 + 3 + 3 * 32;

    private final ContextWords context;

    EuropeanStreetDetector(ContextWords context) {
        super(NAME);
        this.context = context;
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        int[] starts = POSTCODES.starts(view);
        if (starts.length == 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        Matcher type = STREET_TYPE.matcher(text);
        type.useTransparentBounds(true);
        int lastEnd = 0;
        for (int i : starts) {
            int from = Math.max(lastEnd, districtsStart(text, i) - STREET_BEFORE);
            if (from >= i || !hasStreetType(text, type, from, i)) {
                continue;
            }
            m.region(from, Math.min(text.length(), i + TOWN_AFTER));
            while (m.find()) {
                out.add(Scoring.score(EntityType.ADDRESS, NAME, RULE, SCORE, context, false, view, m.start(), m.end()));
                lastEnd = Math.max(lastEnd, m.end());
            }
        }
        return out;
    }

    /**
     * Where the district parts right before the postcode at {@code i} start (", Beyoğlu, 34430",
     * ", Col. Centro\n06050"): at most two parts of letters, spaces and dots after a comma, each
     * starting with a capital; {@code i} when there is none. A generous reading: the pattern decides.
     */
    static int districtsStart(String text, int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k--;
        }
        if (k < 0 || (text.charAt(k) != ',' && text.charAt(k) != '\n')) {
            return i;
        }
        int start = i;
        for (int parts = 0; parts < 2; parts++) {
            int j = k - 1;
            while (j >= 0 && k - j <= LONGEST_DISTRICT
                    && (Character.isLetter(text.charAt(j)) || text.charAt(j) == ' ' || text.charAt(j) == '.')) {
                j--;
            }
            int first = j + 1;
            while (first < k && text.charAt(first) == ' ') {
                first++;
            }
            if (j < 0 || text.charAt(j) != ',' || first >= k || !Character.isUpperCase(text.charAt(first))) {
                break;
            }
            start = j;
            k = j;
        }
        return start;
    }

    /** The longest and shortest street type written as a word's end ({@link #SUFFIX}: "chaussee", "weg"). */
    private static final int LONGEST_SUFFIX = 8;
    private static final int SHORTEST_SUFFIX = 3;

    /**
     * Whether {@link #STREET_TYPE} matches in {@code text[from, to)}: what {@code find} answers,
     * trying the pattern only where a match can start. Every street type starts with a letter; one
     * written first stands as a word of its own (no letter before it), one written as a word's end
     * is followed by spaces and a digit within {@link #LONGEST_SUFFIX} characters.
     */
    static boolean hasStreetType(String text, Matcher type, int from, int to) {
        int spaceDigit = nextSpaceDigit(text, from, to);
        for (int p = from; p < to; p++) {
            if (!Character.isLetter(text.charAt(p))) {
                continue;
            }
            while (spaceDigit >= 0 && spaceDigit < p + SHORTEST_SUFFIX) {
                spaceDigit = nextSpaceDigit(text, spaceDigit + 1, to);
            }
            boolean wordStart = p == 0 || !Character.isLetter(text.charAt(p - 1));
            boolean suffixMayEndNear = spaceDigit >= 0 && spaceDigit <= p + LONGEST_SUFFIX;
            if ((wordStart || suffixMayEndNear) && type.region(p, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code q >= from} where one to three spaces or tabs and a digit start, before {@code to}; -1 when none. */
    private static int nextSpaceDigit(String text, int from, int to) {
        for (int q = from; q < to; q++) {
            char c = text.charAt(q);
            if (c == ' ' || c == '\t') {
                int j = q;
                while (j < to && j - q < 3 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < to && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    return q;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the run of four or five digits {@code [s, e)} sits where the pattern needs a postcode,
     * read by hand: after a comma or line break (at most three spaces between) that follows a house
     * number, a name word or an abbreviation's dot, and before a capitalised town (after a Portuguese "-265" or a Dutch
     * " AB" for four digits; three digits only as the first half of a Swedish "411 38"). A table's ",12345," or ", 2019 figures" is turned away at once.
     */
    static boolean postcodeAt(String text, int s, int e) {
        int k = s - 1;
        while (k >= 0 && s - k <= 3 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k--;
        }
        if (k < 1 || (text.charAt(k) != ',' && text.charAt(k) != '\n')) {
            return false;
        }
        char before = text.charAt(k - 1);
        // a house number, a name word, or an abbreviation's dot ("2ª izq., 41001 Sevilla")
        if (!Character.isLetterOrDigit(before) && !(before == '.' && k >= 2 && Character.isLetter(text.charAt(k - 2)))) {
            return false;
        }
        int n = text.length();
        int j = e;
        if (e - s == 2) {
            if (!secondHalf(text, j, '-', 3)) {
                return false; // Polish "00-514"
            }
            j += 4;
        } else if (e - s == 3) {
            if (!secondHalf(text, j, ' ', 2)) {
                return false; // Swedish "411 38"
            }
            j += 3;
        } else if (e - s == 4 && j < n) {
            int c = j + (text.charAt(j) == ' ' ? 1 : 0);
            if (text.charAt(j) == '-' && RunIndex.digitsAt(text, j + 1, 3)) {
                j += 4; // "4050-265"
            } else if (c + 1 < n && isCapital(text.charAt(c)) && isCapital(text.charAt(c + 1))
                    && (c + 2 >= n || !Character.isLetter(text.charAt(c + 2)))) {
                j = c + 2; // "1015 CJ"
            }
        }
        int spaces = 0;
        while (j < n && spaces < 3 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
            spaces++;
        }
        return spaces > 0 && j + 1 < n && Character.isUpperCase(text.charAt(j)) && Character.isLetter(text.charAt(j + 1));
    }

    /**
     * Whether {@code sep} and then exactly {@code digits} digits (no digit after them) start at
     * {@code j}: a postcode's second half, the "-514" of "00-514" or the " 38" of "411 38".
     */
    private static boolean secondHalf(String text, int j, char sep, int digits) {
        int end = j + 1 + digits;
        return j < text.length() && text.charAt(j) == sep && RunIndex.digitsAt(text, j + 1, digits)
                && (end >= text.length() || !Character.isDigit(text.charAt(end)));
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
