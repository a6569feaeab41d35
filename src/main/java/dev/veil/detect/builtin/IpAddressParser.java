package dev.veil.detect.builtin;

/**
 * Strict parsers for textual IP addresses, written for detection: they say whether a whole string
 * is an address, without resolving anything and without the leniencies of
 * {@code InetAddress.getByName} (which would accept host names and octal forms).
 */
final class IpAddressParser {
    private IpAddressParser() {
    }

    /**
     * A dotted-quad IPv4 address: four decimal octets 0-255, no sign, and no leading zero
     * ({@code 010} means 8 to some parsers and 10 to others, so it is not an address here).
     */
    static boolean isIpv4(String s, int from, int to) {
        int parts = 0;
        int i = from;
        while (i <= to) {
            int start = i;
            int value = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return false;
                }
            }
            int len = i - start;
            if (len == 0 || value > 255 || (len > 1 && s.charAt(start) == '0')) {
                return false;
            }
            parts++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != '.' || parts == 4) {
                return false;
            }
            i++;
        }
        return parts == 4;
    }

    /**
     * An IPv6 address in any RFC 4291 text form: eight groups of 1-4 hex digits, at most one
     * {@code ::} standing for one or more zero groups, and optionally a dotted IPv4 address in
     * place of the last two groups. Zone ids and prefix lengths are not part of this string.
     */
    static boolean isIpv6(String s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        int groups = 0;
        boolean compressed = false;
        int i = from;
        if (s.charAt(i) == ':') {
            if (s.charAt(i + 1) != ':') {
                return false;
            }
            compressed = true;
            i += 2;
            if (i == to) {
                return true;
            }
        }
        while (i < to) {
            int start = i;
            while (i < to && isHex(s.charAt(i)) && i - start < 5) {
                i++;
            }
            int len = i - start;
            if (i < to && s.charAt(i) == '.') {
                // embedded IPv4: must be the last element and take the place of two groups
                return isIpv4(s, start, to) && groups + 2 <= (compressed ? 7 : 8)
                        && (compressed || groups == 6);
            }
            if (len == 0 || len > 4) {
                return false;
            }
            groups++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < to && s.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
                if (i == to) {
                    return groups <= 7;
                }
            } else if (i == to) {
                return false;
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
