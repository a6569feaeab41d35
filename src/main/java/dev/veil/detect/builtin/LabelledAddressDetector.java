package dev.veil.detect.builtin;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.FieldLabel;
import dev.veil.detect.Finding;
import dev.veil.detect.TextTables;
import dev.veil.detect.TextView;
import dev.veil.detect.WordHashFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The value of a field labelled as an address or its street line: "street: Nyhavn 18",
 * "address_line1: Flat 2, Block B, Lok Fu Estate", "Home address: Ring Road Central, Accra",
 * "shippingAddress (shipping address): ul. Długa 5 m. 3, Gdańsk", and keys of logs and properties
 * files ({@code customer.1.address=Av. Afonso Pena 1500, …}, {@code street="14 Hosur Main Road"}). Exports and forms keep the
 * street apart from the town and postcode, and many streets have no street type or house number
 * the other address rules could read; the label says what the value is ({@link FieldLabel}).
 *
 * <p>The value runs to the field's end and must look like an address: two words of letters, or
 * one with a number; not an e-mail, web or network address ("IP address:", "MAC address:" are no
 * address labels anyway); not a placeholder ("N/A", "same as billing", "see above", "REDACTED", {@link FieldLabel#isEmptyValue});
 * not a sentence (a verb such as "is", "was", "not", "please"). A town alone ("address: London")
 * is not reported. A sentence that states an address reads the same way ("my address is GW-0451-2290,
 * Dome, Accra.", 0.7). The cells of a plain-text table's address column ({@link TextTables}) are read
 * the same way. Tried only after a word an address label can end with (read off the view's word
 * index by hash, one bit test for most words) when a colon or an equals sign follows it: most
 * texts' colons and equals signs are in times, network addresses and the keys of logs.
 */
final class LabelledAddressDetector extends AddressDetector {
    static final String NAME = "labelled-address";
    static final double SCORE = 0.75;
    /** An address stated in a sentence ("my address is …"): no label, so a little less sure. */
    static final double STATED_SCORE = 0.7;
    /** Words a value may hold. */
    private static final int MAX_WORDS = 25;
    /** Lower-case words of a sentence, which no address holds. */
    private static final Set<String> SENTENCE_WORDS = Set.of("not", "did", "does", "is", "was", "were", "are", "be",
        "been", "will", "would", "should", "please", "provide", "provided", "given", "unknown", "pending", "update",
        "updated", "changed", "moved", "applicable", "available", "required", "confirm", "confirmed", "above", "below",
        "see", "attached", "request", "requested", "verified", "withheld", "redacted", "none", "yes", "if", "we",
        "you", "they", "it", "this", "that", "has", "have", "had", "can", "could", "must", "same", "n/a");
    /** The longest of {@link #SENTENCE_WORDS}: a longer word is looked up in none. */
    private static final int LONGEST_SENTENCE_WORD = SENTENCE_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    LabelledAddressDetector() {
        super(NAME);
    }

    /**
     * Address heads that raw JSON keys and logs glue to another word ("shippingAddress",
     * "addressLine1"): the view's words are runs of letters, so these are whole words there.
     */
    private static final String[] GLUED_HEADS = {"streetaddress", "addressline", "shippingaddress", "billingaddress",
        "homeaddress", "postaladdress", "mailingaddress", "deliveryaddress", "residentialaddress", "permanentaddress",
        "currentaddress", "physicaladdress", "businessaddress", "workaddress", "invoiceaddress", "customeraddress",
        "lieferadresse", "rechnungsadresse", "wohnadresse", "postadresse"};
    /** The words an address label can end with ({@link FieldLabel}'s own lists, and {@link #GLUED_HEADS}), sorted. */
    private static final int[] LAST_WORD_HASHES = java.util.stream.IntStream.concat(
            java.util.Arrays.stream(FieldLabel.lastWordHashes(FieldLabel.Kind.ADDRESS)),
            java.util.Arrays.stream(GLUED_HEADS).mapToInt(TextView::wordHash)).distinct().sorted().toArray();
    /** The same as a bit filter: most words are turned away by one bit test. */
    private static final WordHashFilter LAST_WORD_FILTER = WordHashFilter.of(LAST_WORD_HASHES);

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        List<Finding> out = new ArrayList<>();
        int words = view.wordCount();
        int resume = 0;
        for (int k = 0; k < words; k++) {
            int h = view.wordHashAt(k);
            if (!LAST_WORD_FILTER.mayContain(h) || java.util.Arrays.binarySearch(LAST_WORD_HASHES, h) < 0) {
                continue;
            }
            int sep = separatorAfter(text, view.wordEnd(k));
            if (sep < 0 && view.wordEnd(k) >= resume) {
                int[] stated = stated(text, view.wordStart(k), view.wordEnd(k));
                if (stated != null) {
                    out.add(new Finding(EntityType.ADDRESS, stated[0], stated[1], STATED_SCORE, NAME,
                            Explanation.of(NAME, "stated", STATED_SCORE).with("an address stated in a sentence: \"my address is …\"")));
                    resume = stated[1];
                }
                continue;
            }
            if (sep < resume || FieldLabel.kind(text, sep) != FieldLabel.Kind.ADDRESS) {
                continue;
            }
            int[] span = value(text, sep);
            if (span != null) {
                out.add(new Finding(EntityType.ADDRESS, span[0], span[1], SCORE, NAME,
                        Explanation.of(NAME, "labelled-field", SCORE).with("the value of a field labelled as an address")));
                resume = span[1];
            }
        }
        TextTables tables = view.shared(TextTables.PASS);
        for (int c = 0; c < tables.count(); c++) {
            int[] span = tables.kind(c) == FieldLabel.Kind.ADDRESS ? address(text, tables.start(c), tables.end(c)) : null;
            if (span != null) {
                out.add(new Finding(EntityType.ADDRESS, span[0], span[1], SCORE, NAME,
                        Explanation.of(NAME, "table-column", SCORE).with("a cell of a text table's address column")));
            }
        }
        if (tables.count() > 0) {
            out.sort(java.util.Comparator.comparingInt(Finding::start));
        }
        return out;
    }

    /** Words before "address" in a sentence that states one: whose address it is. */
    private static final Set<String> STATERS = Set.of("my", "our", "his", "her", "their", "your", "the", "new",
        "home", "postal", "mailing", "delivery", "current", "correct", "forwarding", "billing", "shipping");
    /** The verbs after "address" that state it, with the space after them. */
    private static final String[] STATING = {"is now ", "will be ", "is ", "as ", "remains "};

    /**
     * The address stated in a sentence after the address word {@code [ws, we)}: "my address is
     * GW-0451-2290, Dome, Accra.", "please list my address as Plot 45, Kameeldrift West", "our new
     * address will be …" (a possessive or an address's kind right before the word; the value runs to
     * the sentence's end and must look like an address, as a field's); {@code null} for anything else.
     */
    static int[] stated(String text, int ws, int we) {
        if (we - ws != 7 || !text.regionMatches(true, ws, "address", 0, 7) || we >= text.length() || text.charAt(we) != ' ') {
            return null;
        }
        int p = ws - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int pe = p + 1;
        while (p >= 0 && Character.isLetter(text.charAt(p))) {
            p--;
        }
        if (pe - p - 1 < 2 || pe - p - 1 > 12 || !STATERS.contains(text.substring(p + 1, pe).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int v = we + 1;
        for (String verb : STATING) {
            if (text.regionMatches(true, v, verb, 0, verb.length())) {
                int s = v + verb.length();
                int e = s < text.length() && Character.isLetterOrDigit(text.charAt(s)) ? FieldLabel.valueEnd(text, s) : -1;
                return e < 0 ? null : address(text, s, e);
            }
        }
        return null;
    }

    /**
     * The colon or equals sign that ends a label whose last word ends at {@code e} ("address:",
     * "address_line1=", "Address Line 1 :", "(shipping address):"), or -1.
     */
    private static int separatorAfter(String text, int e) {
        int n = text.length();
        int i = e;
        while (i < n && i - e < 6) {
            char c = text.charAt(i);
            if (c == ':' || c == '=') {
                return i;
            }
            if (!((c >= '0' && c <= '9') || c == ' ' || c == '_' || c == '-' || c == '.' || c == ')' || c == '"')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The address after the colon or equals sign at {@code separator}, as {@code [start, end)}, or {@code null}. */
    static int[] value(String text, int separator) {
        int n = text.length();
        int s = separator + 1;
        while (s < n && text.charAt(separator) == ':' && (text.charAt(s) == ' ' || text.charAt(s) == '\u00a0')) {
            s++;
        }
        int e = FieldLabel.valueEnd(text, s);
        if (e < 0) {
            return null;
        }
        if (s < e && (text.charAt(s) == '"' || text.charAt(s) == '\'')) {
            s++;
        }
        return address(text, s, e);
    }


    /** {@code text[s, e)} less its closing marks, as {@code [start, end)}, when it looks like an address; else {@code null}. */
    static int[] address(String text, int s, int e) {
        while (e > s && " .,;\"'".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e - s < 4) {
            return null;
        }
        if (FieldLabel.isEmptyValue(text, s, e)) {
            return null;
        }
        String lower = text.substring(s, e).toLowerCase(Locale.ROOT);
        if (lower.indexOf('@') >= 0 || lower.contains("://") || lower.startsWith("www.") || networkAddress(lower)) {
            return null;
        }
        int letterWords = 0;
        int words = 0;
        boolean digit = false;
        // the words between runs of spaces and commas, read in place (a split's list and strings
        // were a tenth of the detector on the real documents' text)
        int length = lower.length();
        for (int ts = 0; ts < length; ) {
            if (isWordGap(lower.charAt(ts))) {
                ts++;
                continue;
            }
            int te = ts;
            int letters = 0;
            while (te < length && !isWordGap(lower.charAt(te))) {
                char ch = lower.charAt(te);
                if (Character.isLetter(ch)) {
                    letters++;
                } else if (ch >= '0' && ch <= '9') {
                    digit = true;
                }
                te++;
            }
            words++;
            if (te - ts <= LONGEST_SENTENCE_WORD && SENTENCE_WORDS.contains(lower.substring(ts, te))) {
                return null;
            }
            if (letters >= 2) {
                letterWords++;
            }
            ts = te;
        }
        if (words > MAX_WORDS || letterWords == 0 || (letterWords < 2 && !digit)) {
            return null;
        }
        return new int[] {s, e};
    }

    /** What separates a value's words. */
    private static boolean isWordGap(char c) {
        return c == ' ' || c == ',';
    }

    /** An IP or MAC address and the like: no space, and only hexadecimal digits, dots, colons and hyphens. */
    private static boolean networkAddress(String value) {
        if (value.indexOf(' ') >= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '.' || c == ':' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
