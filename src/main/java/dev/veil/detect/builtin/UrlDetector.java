package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import dev.veil.detect.ScoreModel;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses: {@code http://}, {@code https://} and {@code ftp://} URLs, {@code www.}
 * forms, and an IPv4 address with a port and a path ({@code 10.0.0.1:8080/admin}). The host must be a domain with a known top-level domain, an IPv4 address or an IPv6
 * address; sentence punctuation, quotes and unmatched closing brackets at the end are not part
 * of the URL. A bare domain ({@code example.com}) is reported only next to a word such as
 * "website" or "domain", since most dotted words in prose (file names, abbreviations) are not
 * addresses.
 */
final class UrlDetector implements Detector {
    static final String NAME = "url";
    private static final Pattern PREFIXED = Pattern.compile(
            "(?i)(?<![\\w.@-])(?:(?:https?|ftp)://|www\\.|\\d{1,3}(?:\\.\\d{1,3}){3}:\\d{1,5}/)[^\\s<>\"'`{}|\\\\^]{1,2048}");
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\w.@/:-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,6}[A-Za-z]{2,24}"
                    + "(?:/[^\\s<>\"'`{}|\\\\^]{0,2048})?(?![\\w@-])");
    private static final String TRAILING = ".,;:!?'\"*";
    private static final ContextWords CONTEXT = ContextWords.of("url", "link", "website", "web site",
            "site", "homepage", "home page", "page", "domain", "domains", "visit", "browse", "href");
    private static final double PREFIXED_SCORE = 0.8;
    private static final double BARE_SCORE = 0.3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.URL);
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        List<Finding> out = new ArrayList<>();
        Matcher m = PREFIXED.matcher(text);
        int covered = 0;
        while (m.find()) {
            int end = trimmedEnd(text, m.start(), m.end());
            if (hasValidHost(text, m.start(), end)) {
                out.add(scored(text, m.start(), end, PREFIXED_SCORE, "prefixed", false));
                covered = end;
            }
        }
        Matcher b = BARE.matcher(text);
        while (b.find()) {
            if (b.start() < covered && overlapsAny(out, b.start())) {
                continue;
            }
            int end = trimmedEnd(text, b.start(), b.end());
            if (hasValidHost(text, b.start(), end)) {
                Finding f = scored(text, b.start(), end, BARE_SCORE, "bare-domain", true);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Drops trailing punctuation and closing brackets that have no opening partner in the URL. */
    static int trimmedEnd(String text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (TRAILING.indexOf(c) >= 0) {
                end--;
            } else if ((c == ')' || c == ']' || c == '}') && unmatched(text, start, end - 1, c)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean unmatched(String text, int start, int closeAt, char close) {
        char open = close == ')' ? '(' : close == ']' ? '[' : '{';
        int depth = 0;
        for (int i = start; i <= closeAt; i++) {
            char c = text.charAt(i);
            depth += c == open ? 1 : c == close ? -1 : 0;
        }
        return depth < 0;
    }

    /** The authority part after the scheme: a domain with a known TLD, or an IP address. */
    static boolean hasValidHost(String text, int start, int end) {
        int hostStart = start;
        int scheme = text.indexOf("://", start);
        if (scheme >= 0 && scheme < end) {
            hostStart = scheme + 3;
        }
        int at = indexOfAny(text, "@/?#", hostStart, end);
        if (at < end && text.charAt(at) == '@') {
            hostStart = at + 1;  // user info
        }
        int hostEnd = indexOfAny(text, "/?#", hostStart, end);
        if (hostStart < hostEnd && text.charAt(hostStart) == '[') {
            int close = text.indexOf(']', hostStart);
            return close > 0 && close < hostEnd && IpAddressParser.isIpv6(text, hostStart + 1, close);
        }
        if (IpAddressParser.isIpv6(text, hostStart, hostEnd)) {
            return true;  // unbracketed IPv6 literal, seen in hand-written text
        }
        int colon = text.lastIndexOf(':', hostEnd - 1);
        if (colon >= hostStart) {
            hostEnd = colon;  // port
        }
        if (IpAddressParser.isIpv4(text, hostStart, hostEnd)) {
            return true;
        }
        String host = text.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT);
        int dot = host.lastIndexOf('.');
        if (host.startsWith("www.") && dot == 3) {
            return false;  // "www.example" has no top-level domain
        }
        return dot > 0 && dot < host.length() - 1 && !host.contains("..")
                && TopLevelDomains.isKnown(host.substring(dot + 1));
    }

    private static int indexOfAny(String text, String chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }

    private static boolean overlapsAny(List<Finding> found, int pos) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Finding f = found.get(i);
            if (pos >= f.start() && pos < f.end()) {
                return true;
            }
            if (f.end() <= pos) {
                return false;
            }
        }
        return false;
    }

    private static Finding scored(String text, int s, int e, double base, String rule, boolean needsContext) {
        Explanation why = Explanation.of(NAME + "/" + rule, base);
        String word = CONTEXT.findNear(text, s, e);
        if (word == null) {
            return needsContext ? null : new Finding(EntityType.URL, s, e, base, NAME, why);
        }
        double score = ScoreModel.boosted(base);
        return new Finding(EntityType.URL, s, e, score, NAME, why.with("context '" + word + "': " + score));
    }
}
