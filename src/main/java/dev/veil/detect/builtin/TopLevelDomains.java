package dev.veil.detect.builtin;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Top-level domains that email and URL candidates must end in, so that {@code file.txt},
 * {@code node.js} or a typo such as {@code none.cob} is not taken for an address. Country codes
 * come from the JDK's ISO 3166 list plus the few that differ from it; generic domains are the
 * ones people actually use, not the whole root zone. Punycode TLDs ({@code xn--...}) are accepted.
 */
final class TopLevelDomains {
    private static final Set<String> GENERIC = Set.of(
            "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "aero",
            "coop", "museum", "mobi", "asia", "tel", "travel", "jobs", "cat", "post", "app", "dev",
            "page", "site", "online", "website", "web", "tech", "store", "shop", "blog", "cloud",
            "email", "mail", "xyz", "top", "club", "live", "life", "world", "today", "news", "media",
            "digital", "network", "systems", "solutions", "services", "company", "agency", "group",
            "global", "design", "studio", "social", "space", "link", "click", "one", "plus", "zone",
            "team", "works", "work", "expert", "academy", "school", "health", "care", "clinic",
            "legal", "law", "finance", "bank", "money", "capital", "fund", "insurance", "consulting",
            "energy", "church", "family", "love", "art", "photo", "photography", "music", "video",
            "game", "games", "fun", "win", "bet", "casino", "golf", "fit", "run", "bike", "cafe",
            "restaurant", "bar", "pub", "wine", "beer", "pizza", "house", "homes", "estate",
            "properties", "realty", "city", "london", "paris", "berlin", "nyc", "tokyo", "amsterdam",
            "wien", "koeln", "hamburg", "bayern", "vlaanderen", "brussels", "scot", "wales", "cymru",
            "quebec", "swiss", "africa", "webcam", "host", "hosting", "software", "codes", "tools",
            "technology", "engineering", "science", "institute", "university", "education",
            "foundation", "charity", "gives", "ngo", "ong", "green", "earth", "eco", "icu", "vip", "red", "blue", "pink", "black",
            "gold", "ltd", "llc", "inc", "gmbh", "co", "io", "ai", "me", "tv", "cc", "ly", "gg",
            "im", "to", "fm", "am", "sh", "la", "ws", "nu", "tk");
    private static final Set<String> COUNTRY_CODES = countryCodes();

    /** The most letters {@link #packed} holds. */
    private static final int MAX_PACKED = 12;
    /** The domains of {@link #COUNTRY_CODES} and of {@link #GENERIC} made of ASCII letters, {@link #packed}, sorted. */
    private static final long[] PACKED_CODES = packedAll(COUNTRY_CODES);
    private static final long[] PACKED_GENERIC = packedAll(GENERIC);

    private TopLevelDomains() {
    }

    /**
     * {@link #isKnown(String)} for {@code text[start, end)}, read in place when it is made of at
     * most twelve ASCII letters (every domain an email of a text ends in, nearly): compared, as
     * its lower case letters five bits each, with the known domains so packed, so that no
     * substring is made per address.
     */
    static boolean isKnown(CharSequence text, int start, int end) {
        if (end - start > MAX_PACKED || end <= start) {
            return isKnown(text.subSequence(start, end).toString());
        }
        long key = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int letter = (c | 0x20) - 'a';
            if (c >= 128 || letter < 0 || letter >= 26) {
                return isKnown(text.subSequence(start, end).toString());  // a digit, hyphen or other letter
            }
            key = key << 5 | (letter + 1);
        }
        // as isKnown(String): two letters are a country code, any other length a generic domain
        return java.util.Arrays.binarySearch(end - start == 2 ? PACKED_CODES : PACKED_GENERIC, key) >= 0;
    }

    /** Lower-case ASCII letters {@code word}, five bits each (1 to 26), first letter highest; -1 for another word. */
    private static long packed(String word) {
        if (word.isEmpty() || word.length() > MAX_PACKED) {
            return -1;
        }
        long key = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return -1;
            }
            key = key << 5 | (c - 'a' + 1);
        }
        return key;
    }

    private static long[] packedAll(Set<String> domains) {
        return domains.stream().mapToLong(TopLevelDomains::packed).filter(k -> k >= 0).sorted().distinct().toArray();
    }

    /** Whether {@code tld} (without the dot, any case) is a top-level domain in use. */
    static boolean isKnown(String tld) {
        String t = tld.toLowerCase(Locale.ROOT);
        if (t.startsWith("xn--")) {
            return t.length() >= 6;
        }
        return t.length() == 2 ? COUNTRY_CODES.contains(t) : GENERIC.contains(t);
    }

    private static Set<String> countryCodes() {
        Set<String> codes = new HashSet<>();
        for (String c : Locale.getISOCountries()) {
            codes.add(c.toLowerCase(Locale.ROOT));
        }
        // delegated ccTLDs that are not ISO 3166-1 alpha-2 codes (or differ from them)
        codes.addAll(Set.of("uk", "eu", "ac", "su"));
        codes.remove("gb");
        codes.add("gb");
        return Set.copyOf(codes);
    }
}
