package dev.veil.detect.names;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Firms, indices and brands whose names are people's names ("Morgan Stanley", "Dow Jones",
 * "Calvin Klein"): written like a first name and a surname, and in running text almost always the
 * firm. Listed by their last word, so that a run is compared with the list only when its last
 * word ends one of them. Written for Veil (Apache-2.0).
 */
final class EponymousFirms {
    private static final Set<String> FIRMS = Set.of(
            "morgan stanley", "goldman sachs", "dow jones", "merrill lynch", "lehman brothers", "charles schwab",
            "wells fargo", "johnson controls", "berkshire hathaway", "jones lang lasalle", "booz allen",
            "price waterhouse", "arthur andersen", "baker mckenzie", "clifford chance", "herbert smith",
            "thomson reuters", "hewlett packard", "harley davidson", "rolls royce", "mercedes benz", "estee lauder",
            "ralph lauren", "calvin klein", "tommy hilfiger", "louis vuitton", "hugo boss", "christian dior",
            "yves saint laurent", "jack daniel", "johnnie walker", "walt disney", "ted baker", "paul smith",
            "marc jacobs", "michael kors", "kate spade", "tory burch", "vera wang", "oscar de la renta",
            "stella mccartney", "alexander mcqueen", "john lewis", "tim hortons", "dunkin donuts");
    /** The firms by their last word. */
    private static final Map<String, Set<String>> BY_LAST = FIRMS.stream().collect(Collectors.groupingBy(
            f -> f.substring(f.lastIndexOf(' ') + 1), Collectors.toSet()));
    /** The last words, to turn most runs away by their last word's length and letters without allocating. */
    private static final String[] LAST_WORDS = BY_LAST.keySet().toArray(String[]::new);

    private EponymousFirms() {
    }

    /** Whether {@code text[start, end)}, words separated by spaces or hyphens, is one of the firms, ignoring case. */
    static boolean named(String text, int start, int end) {
        int lastStart = end;
        while (lastStart > start && Character.isLetter(text.charAt(lastStart - 1))) {
            lastStart--;
        }
        String last = null;
        for (String w : LAST_WORDS) {
            if (w.length() == end - lastStart && text.regionMatches(true, lastStart, w, 0, w.length())) {
                last = w;
                break;
            }
        }
        if (last == null) {
            return false;
        }
        Set<String> firms = BY_LAST.get(last);
        String run = text.substring(start, end).replace('-', ' ').replace('\u00e9', 'e').toLowerCase(Locale.ROOT);
        return firms.contains(run.replaceAll("\\s+", " "));
    }
}
