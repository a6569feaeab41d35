package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
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
    private static final int MAX_LENGTH = 2100;

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
        int n = text.length();
        List<Finding> out = new ArrayList<>();
        Matcher[] matchers = new Matcher[2]; // PREFIXED and BARE (Scoring.matcher): most texts' dots end sentences
        int covered = 0;
        // a bare domain is reported only next to a context word: without any in the text, none is
        boolean bareMayCount = CONTEXT.mayAppearIn(view);
        // every URL form has a colon or a dot ("www." too): visit those in text order, regexes run only there
        int colon = text.indexOf(':');
        int dot = text.indexOf('.');
        while (colon >= 0 || dot >= 0) {
            int i = colon < 0 ? dot : dot < 0 ? colon : Math.min(colon, dot);
            int end = -1;
            if (text.charAt(i) == ':') {
                int start = -1;
                if (i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                    start = schemeStart(text, i);
                } else if (i > 0 && Character.isDigit(text.charAt(i - 1)) && portAndPath(text, i)) {
                    // from there only "1.2.3.4:80/" can be new. A "www." host that starts the token
                    // was tried at its own dot, from the same start, unless a URL found before covers
                    // that start, and then this token starts later: it would fail here again. A port
                    // and a slash are read first, so a time's colon ("10:22:33") walks back over no token
                    start = tokenStart(text, i, covered);
                    start = isQuad(text, start, i) ? start : -1;
                }
                end = tryAt(view, matchers, start, covered, false, out);
            } else {
                if (i >= 3 && isW(text.charAt(i - 3)) && isW(text.charAt(i - 2)) && isW(text.charAt(i - 1))) {
                    end = tryAt(view, matchers, i - 3, covered, false, out);  // "www." starts at its first w
                }
                if (end < 0 && bareMayCount && i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i - 1))
                        && Character.isLetter(text.charAt(i + 1))) {
                    int start = tokenStart(text, i, covered);
                    end = bareMayMatch(text, start) ? tryAt(view, matchers, start, covered, true, out) : -1;
                }
            }
            int from = i + 1;
            if (end >= 0) {
                covered = end;
                from = Math.max(from, end);
            }
            colon = colon >= 0 && colon < from ? text.indexOf(':', from) : colon;
            dot = dot >= 0 && dot < from ? text.indexOf('.', from) : dot;
        }
        return out;
    }

    /** Whether the colon at {@code colon} is followed by one to five ASCII digits and a slash (a port and a path). */
    private static boolean portAndPath(String text, int colon) {
        int p = colon + 1;
        while (p < text.length() && p - colon <= 5 && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
            p++;
        }
        return p > colon + 1 && p - colon <= 6 && p < text.length() && text.charAt(p) == '/';
    }

    /** Four groups of one to three ASCII digits joined by dots, exactly filling {@code [s, e)}. */
    private static boolean isQuad(String text, int s, int e) {
        int p = s;
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                if (p >= e || text.charAt(p) != '.') {
                    return false;
                }
                p++;
            }
            int g = p;
            while (p < e && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
                p++;
            }
            if (p == g || p - g > 3) {
                return false;
            }
        }
        return p == e;
    }

    /**
     * Whether the bare-domain pattern can match at {@code start}: not after a word character or
     * one of {@code .@/:-} (its look-behind), and it ends where its run of host
     * characters does, unless the run goes on into "_" or "@" (a user name, the local part of an
     * email address), or it ends at a dot inside the run, which then holds two dots at least.
     */
    private static boolean bareMayMatch(String text, int start) {
        if (start > 0) {
            // the pattern's look-behind, (?<![\w.@/:-]): the domain of an email address ends here
            char before = text.charAt(start - 1);
            if (RunIndex.isAsciiAlnum(before) || before == '_' || ".@/:-".indexOf(before) >= 0) {
                return false;
            }
        }
        int dots = 0;
        int r = start;
        while (r < text.length() && isHostChar(text.charAt(r))) {
            dots += text.charAt(r) == '.' ? 1 : 0;
            r++;
        }
        return dots >= 2 || r == text.length() || (text.charAt(r) != '@' && text.charAt(r) != '_');
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /** The URL starting at {@code start} added to {@code out}, and its end; -1 when there is none. */
    private static int tryAt(TextView view, Matcher[] matchers, int start, int covered, boolean isBare, List<Finding> out) {
        String text = view.text();
        if (start < covered || start < 0) {
            return -1;
        }
        Matcher m = isBare ? Scoring.matcher(matchers, 1, BARE, text) : Scoring.matcher(matchers, 0, PREFIXED, text);
        if (!Scoring.matchesAt(m, start, MAX_LENGTH, text.length())) {
            return -1;
        }
        int end = trimmedEnd(text, start, m.end());
        if (end <= start || !hasValidHost(text, start, end)) {
            return -1;
        }
        Finding f = isBare
                ? Scoring.score(EntityType.URL, NAME, "bare-domain", BARE_SCORE, CONTEXT, true, view, start, end)
                : Scoring.score(EntityType.URL, NAME, "prefixed", PREFIXED_SCORE, CONTEXT, false, view, start, end);
        if (f == null) {
            return -1;
        }
        out.add(f);
        return end;
    }

    /** Start of the scheme before {@code ://} at {@code colon}, or -1 when it is not http, https or ftp. */
    private static int schemeStart(String text, int colon) {
        int s = colon;
        while (s > 0 && colon - s < 5 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String scheme = text.substring(s, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp") ? s : -1;
    }

    /** Start of the run of host characters (letters, digits, dots, hyphens) that ends at {@code pos}. */
    private static int tokenStart(String text, int pos, int floor) {
        int s = pos;
        while (s > floor && pos - s < 253 && isHostChar(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static boolean isHostChar(char c) {
        // below 128 Character.isLetterOrDigit is exactly the ASCII letters and digits: no table look-up
        return RunIndex.isAsciiAlnum(c) || c == '.' || c == '-';
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
        // every search stays inside [start, end): a search to the text's end (or back to its start)
        // for each candidate made the detector quadratic on texts with many dots and no "://"
        int scheme = indexOf(text, "://", start, end);
        if (scheme >= 0) {
            hostStart = scheme + 3;
        }
        int at = indexOfAny(text, "@/?#", hostStart, end);
        if (at < end && text.charAt(at) == '@') {
            hostStart = at + 1;  // user info
        }
        int hostEnd = indexOfAny(text, "/?#", hostStart, end);
        if (hostStart < hostEnd && text.charAt(hostStart) == '[') {
            int close = indexOfAny(text, "]", hostStart, hostEnd);
            return close < hostEnd && IpAddressParser.isIpv6(text, hostStart + 1, close);
        }
        if (IpAddressParser.isIpv6(text, hostStart, hostEnd)) {
            return true;  // unbracketed IPv6 literal, seen in hand-written text
        }
        int colon = lastIndexOf(text, ':', hostStart, hostEnd);
        if (colon >= 0) {
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

    /** First place in {@code [from, to)} where {@code s} starts (it may run on past {@code to}), or -1. */
    private static int indexOf(String text, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Last place of {@code c} in {@code [from, to)}, or -1. */
    private static int lastIndexOf(String text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfAny(String text, String chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }
}
