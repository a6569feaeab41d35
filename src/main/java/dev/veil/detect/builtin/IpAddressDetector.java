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
import java.util.Set;

/**
 * IPv4 and IPv6 addresses, found by shape and confirmed by parsing ({@link IpAddressParser}),
 * with an optional zone id ({@code %eth0}) and CIDR prefix length ({@code /24}) kept in the span.
 * IPv4 candidates that are part of a longer dotted number ({@code 1.2.3.4.5}) or follow the word
 * "version" are not addresses. Short IPv6 forms such as {@code ::1} or {@code ::} need a context
 * word ("ip", "host", "loopback" ...), because {@code ::} also occurs in code and prose.
 */
final class IpAddressDetector implements Detector {
    static final String NAME = "ip-address";
    private static final double FULL_SCORE = 0.75;
    /**
     * The first octet of an IPv4 address: a run of one to three digits before a dot, after no
     * ASCII letter, digit, underscore or dot (read from the run index without a call), nor after
     * a letter or digit beyond ASCII ({@link #mayStartQuad}).
     */
    private static final RunIndex.Shape FIRST_OCTET = RunIndex.Shape.of(1, 2, 3).next(".")
            .prev(RunIndex.Chars.except("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_."))
            .test(IpAddressDetector::mayStartQuad);
    private static final double SHORT_SCORE = 0.4;
    private static final double SHORT_WITH_PREFIX_SCORE = 0.55;
    /** The explanations of the three scores, made once: findings share them (see {@link Scoring}). */
    private static final Explanation IPV4 = Explanation.of(NAME, "ipv4", FULL_SCORE);
    private static final Explanation IPV6_FULL = Explanation.of(NAME, "ipv6", FULL_SCORE);
    private static final Explanation IPV6_SHORT = Explanation.of(NAME, "ipv6", SHORT_SCORE);
    private static final Explanation IPV6_WITH_PREFIX = Explanation.of(NAME, "ipv6", SHORT_WITH_PREFIX_SCORE);
    private static final ContextWords CONTEXT = ContextWords.of("ip", "ipv", "ip address", "address",
            "host", "server", "gateway", "router", "dns", "loopback", "localhost", "unspecified",
            "subnet", "prefix", "route", "src", "dst", "source", "destination", "client", "from",
            "connect", "connecting", "connected", "remote", "peer", "nat", "multicast");
    private static final Scoring.ContextWhy CONTEXT_WHYS = new Scoring.ContextWhy();
    private static final ContextWords VERSION_WORDS = ContextWords.of("version", "ver", "release",
            "build", "firmware", "v");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IP_ADDRESS);
    }

    @Override
    public List<Finding> detect(TextView view) {
        String text = view.text();
        List<Finding> out = new ArrayList<>();
        int covered = -1;
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            if (i < covered) {
                continue;
            }
            Finding f = ipv6At(view, i);
            if (f != null) {
                out.add(f);
                covered = f.end();
            } else {
                while (i + 1 < text.length() && isRunChar(text.charAt(i + 1))) {
                    i++;  // skip the rest of a rejected run: its other colons give the same run
                }
            }
        }
        List<Finding> v6 = List.copyOf(out);
        int next6 = 0;
        int resume = 0;
        // an IPv4 address starts a run of one to three digits that is followed by a dot and glued
        // to nothing before: only those runs (from the shared index of digit runs) are read
        for (int i : view.shared(RunIndex.DIGITS).starts(text, FIRST_OCTET)) {
            if (i < resume) {
                continue;
            }
            while (next6 < v6.size() && v6.get(next6).end() <= i) {
                next6++;  // both lists are in text order
            }
            boolean inV6 = next6 < v6.size() && v6.get(next6).start() <= i;
            int quadEnd = inV6 ? -1 : dottedQuadEnd(text, i);
            if (quadEnd < 0 || !IpAddressParser.isIpv4(text, i, quadEnd)
                    || VERSION_WORDS.findNear(view, i, quadEnd, 2, 0) != null) {
                continue;
            }
            int end = prefixEnd(text, quadEnd, 32);
            out.add(scored(view, i, end, IPV4));
            resume = end;
        }
        return out;
    }

    /** What {@link #FIRST_OCTET}'s character sets leave to test: no letter or digit beyond ASCII before the run. */
    private static boolean mayStartQuad(String text, int s, int e) {
        return s == 0 || !isWordChar(text.charAt(s - 1));
    }

    /**
     * The end of four runs of one to three digits joined by single dots, starting at {@code i},
     * with nothing glued after them (no word character or hyphen, no dot and digit); -1 if the
     * text has another shape there.
     */
    static int dottedQuadEnd(String text, int i) {
        int n = text.length();
        int p = i;
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                if (p >= n || text.charAt(p) != '.') {
                    return -1;
                }
                p++;
            }
            int s = p;
            while (p < n && isDigit(text.charAt(p))) {
                p++;
            }
            if (p == s || p - s > 3) {
                return -1;
            }
        }
        if (p < n) {
            char c = text.charAt(p);
            boolean glued = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '-'
                    || (c == '.' && p + 1 < n && isDigit(text.charAt(p + 1)));
            if (glued) {
                return -1;
            }
        }
        return p;
    }

    /** The IPv6 address whose maximal run of hex digits, colons and dots contains {@code colon}. */
    private static Finding ipv6At(TextView view, int colon) {
        String text = view.text();
        int s = colon;
        while (s > 0 && (IpAddressParser.isHex(text.charAt(s - 1)) || text.charAt(s - 1) == ':')
                && colon - s < 45) {
            s--;
        }
        int e = colon + 1;
        while (e < text.length() && isRunChar(text.charAt(e)) && e - s < 50) {
            e++;
        }
        while (e > s && text.charAt(e - 1) == '.') {
            e--;  // sentence full stop
        }
        if (e - s >= 3 && text.charAt(e - 1) == ':' && text.charAt(e - 2) != ':') {
            e--;  // "address 2001:db8::1: ..." ends with a separator, not a group
        }
        if (s > 0 && isWordChar(text.charAt(s - 1)) || !IpAddressParser.isIpv6(text, s, e)) {
            return null;
        }
        int end = e;
        if (end < text.length() && text.charAt(end) == '%') {
            int z = end + 1;
            while (z < text.length() && z - end <= 16 && (isWordChar(text.charAt(z)) || text.charAt(z) == '.')) {
                z++;
            }
            if (z > end + 1) {
                end = z;
            }
        }
        end = prefixEnd(text, end, 128);
        if (end < text.length() && isWordChar(text.charAt(end))) {
            return null;
        }
        return scored(view, s, end, substantial(text, s, e) ? IPV6_FULL : end > e ? IPV6_WITH_PREFIX : IPV6_SHORT);
    }

    /** An embedded IPv4 address, or two groups, one of three or more hex digits, and a digit somewhere. */
    private static boolean substantial(String text, int s, int e) {
        boolean digit = false;
        int longest = 0;
        int run = 0;
        int groups = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '.') {
                run = 0;
                continue;
            }
            digit |= c >= '0' && c <= '9';
            if (run == 0) {
                groups++;
            }
            longest = Math.max(longest, ++run);
        }
        boolean embeddedIpv4 = text.substring(s, e).indexOf('.') >= 0;
        return embeddedIpv4 || digit && groups >= 2 && longest >= 3;
    }

    /** End of an optional {@code /N} prefix length (0..max) after {@code end}, else {@code end}. */
    private static int prefixEnd(String text, int end, int max) {
        if (end + 1 >= text.length() || text.charAt(end) != '/') {
            return end;
        }
        int i = end + 1;
        int value = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && i - end <= 3) {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        boolean digitsEnd = i == text.length() || !isWordChar(text.charAt(i));
        return i > end + 1 && i - end <= 4 && value <= max && digitsEnd ? i : end;
    }

    /** The finding {@code [s, e)} explained by {@code rule} (its base score), raised by a context word near. */
    private static Finding scored(TextView view, int s, int e, Explanation rule) {
        Explanation why = rule;
        double base = rule.baseScore();
        double score = base;
        String word = CONTEXT.findNear(view, s, e);
        if (word != null) {
            score = ScoreModel.boosted(base);
            why = CONTEXT_WHYS.withContext(why, word, score);
        }
        return new Finding(EntityType.IP_ADDRESS, s, e, score, NAME, why);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRunChar(char c) {
        return IpAddressParser.isHex(c) || c == ':' || c == '.';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
