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

    private TopLevelDomains() {
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
