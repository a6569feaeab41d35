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
 * A post office box as a postal address: "PO Box 1187", "P.O. Box 1187, Bozeman, MT 59771",
 * "PO Box 3340, Station Main, Edmonton AB T5J 2G8", "GPO Box 77, Alice Springs NT 0871",
 * "Private Bag 92019, Auckland 1142". A box named as a post office's ("PO", "P.O.", "Post
 * Office", "GPO") or a "Private Bag" / "Locked Bag" is an address on its own; a bare "Box 17" only
 * when a town and a postcode follow it on the same line ("Box 17, Yellowknife, NT X1A 2N1"), since
 * "see box 3 on the form" is not one. The finding runs through the town, the state or province
 * code and the postcode (US ZIP, Canadian, UK, or four digits as in Australia and New Zealand)
 * when they follow. Tried only where the text holds the word "box" or "bag" (found in the view's
 * word index), so a text without one costs two word-filter look-ups.
 */
final class PostBoxDetector extends AddressDetector {
    static final String NAME = "po-box";
    private static final ContextWords CONTEXT = ContextWords.of("address", "mailing address", "postal address",
            "mail", "send", "forward", "write");
    /** A post office's box or bag: an address by itself. */
    private static final double OFFICE_BOX = 0.75;
    /** The same with its town and postcode, or a bare "Box" with them. */
    private static final double WITH_TOWN = 0.9;

    private static final String TOWN_WORD = "\\p{Lu}[\\p{L}'.\\-]*";
    /** A US ZIP, a Canadian or UK postcode as the other address rules read them, or four digits (Australia, New Zealand). */
    private static final String POSTCODE = "(?:" + AddressDetectors.ZIP + "|" + AddressDetectors.CA_POSTCODE + "|\\d{4}|"
            + AddressDetectors.UK_POSTCODE + ")(?![\\w-])";
    /** ", Station Main" (Canada), then ", Town[,] [ST] postcode" on the same line. */
    private static final String TAIL = "(?:,?[ \\t]{1,3}(?:Station|Stn\\.?|RPO)[ \\t]{1,3}" + TOWN_WORD + ")?"
            + ",?[ \\t]{1,3}" + TOWN_WORD + "(?:[ \\t]{1,3}" + TOWN_WORD + "){0,3}"
            + "(?:,?[ \\t]{1,3}[A-Z]{2,3})?,?[ \\t]{1,3}" + POSTCODE;
    /** A box's number: "1187", "No. 12", "# 7", South African "X3", Ghanaian "LG 1149", Kenyan "62345-00200" (a box and its office's postcode). */
    private static final String NUMBER = "[ \\t]{1,3}(?:(?i:no)\\.?[ \\t]{0,2}|#[ \\t]?|[A-Z]{1,2}[ ]?)?\\d{1,6}(?:-\\d{5})?(?![\\w-])";
    /** A post office's box: "PO Box", "P.O. Box", "P O Box", "Post Office Box", "GPO Box", "Private Bag", "Locked Bag". */
    private static final Pattern OFFICE = Pattern.compile("(?<![\\w.])(?i:(?:p\\.?[ ]?o\\.?|post[ ]office|g\\.?p\\.?o\\.?)"
            + "[ ]?box|(?:private|locked)[ ]bag)" + NUMBER + "(" + TAIL + ")?");
    /** A bare "Box 17" with its town and postcode. */
    private static final Pattern BARE = Pattern.compile("(?<![\\w.])(?i:box)" + NUMBER + TAIL);
    /** The longest text before the word "box" or "bag" that an {@link #OFFICE} match may start with ("Post Office "). */
    private static final int LOOK_BACK = 12;
    /** More than the longest match after the word "box" (a number, a station, four town words, a state, a postcode). */
    private static final int LONGEST_TAIL = 240;

    PostBoxDetector() {
        super(NAME);
    }

    @Override
    public List<Finding> detect(TextView view) {
        List<Finding> out = new ArrayList<>();
        if (!view.mayContainWord("box") && !view.mayContainWord("bag")) {
            return out;
        }
        String text = view.text();
        Matcher office = OFFICE.matcher(text);
        Matcher bare = BARE.matcher(text);
        int resume = 0;
        for (int at : wordStarts(view, text)) {
            if (at < resume) {
                continue;
            }
            Finding f = null;
            int s = officeStart(text, office, Math.max(resume, at - LOOK_BACK), at);
            if (s >= 0) {
                boolean town = office.group(1) != null;
                f = finding(view, s, office.end(), town ? "po-box-town" : "po-box", town ? WITH_TOWN : OFFICE_BOX);
            } else if (isBox(text, at)) {
                bare.region(at, Math.min(text.length(), at + LONGEST_TAIL));
                bare.useTransparentBounds(true);
                if (bare.lookingAt()) {
                    f = finding(view, at, bare.end(), "box-town", WITH_TOWN);
                }
            }
            if (f != null) {
                out.add(f);
                resume = f.end();
            }
        }
        return out;
    }

    /** The finding, raised by a context word near it (never refused: the box needs none). */
    private static Finding finding(TextView view, int s, int e, String rule, double base) {
        return Scoring.score(EntityType.ADDRESS, NAME, rule, base, CONTEXT, false, view, s, e);
    }

    private static final int BOX = TextView.wordHash("box");
    private static final int BAG = TextView.wordHash("bag");

    /**
     * Where the word "box" or "bag" (any case) starts, in text order: read off the view's word index
     * by hash, then by letters (two words may share a hash).
     */
    private static List<Integer> wordStarts(TextView view, String text) {
        List<Integer> starts = new ArrayList<>();
        int words = view.wordCount();
        for (int k = 0; k < words; k++) {
            int h = view.wordHashAt(k);
            if ((h == BOX || h == BAG) && view.wordEnd(k) - view.wordStart(k) == 3) {
                int s = view.wordStart(k);
                if (text.regionMatches(true, s, "box", 0, 3) || text.regionMatches(true, s, "bag", 0, 3)) {
                    starts.add(s);
                }
            }
        }
        return starts;
    }

    /**
     * Where an {@link #OFFICE} match starts in {@code [from, at)}, the leftmost, or -1: tried only
     * where its first word can start ("P", "G" or "L", either case, not after a letter, digit or
     * dot), each try reaching at most {@link #LONGEST_TAIL} past the word.
     */
    private static int officeStart(String text, Matcher office, int from, int at) {
        int to = Math.min(text.length(), at + LONGEST_TAIL);
        for (int s = from; s < at; s++) {
            char c = (char) (text.charAt(s) | 0x20);
            if ((c == 'p' || c == 'g' || c == 'l') && (s == 0 || !isWordOrDot(text.charAt(s - 1)))) {
                office.region(s, to);
                office.useTransparentBounds(true);
                if (office.lookingAt()) {
                    return s;
                }
            }
        }
        return -1;
    }

    private static boolean isWordOrDot(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private static boolean isBox(String text, int at) {
        return (text.charAt(at) | 0x20) == 'b' && (text.charAt(at + 1) | 0x20) == 'o';
    }
}
