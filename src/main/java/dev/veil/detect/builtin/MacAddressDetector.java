package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import java.util.List;

/**
 * MAC (EUI-48) addresses in the three common notations: six hex pairs joined by colons or by
 * hyphens (the same separator throughout) and Cisco's three dotted groups of four. The broadcast
 * address and the all-zero address identify no device and are not reported; neither is a run
 * that continues with more hex groups (an EUI-64 or IPv6 fragment). A MAC address may have no
 * digit at all, so the patterns start from runs of hex digits before their separator (two before a
 * colon or hyphen, four before a dot), found in the text's shared runs of letters and digits.
 */
final class MacAddressDetector {
    private static final String H2 = "[0-9A-Fa-f]{2}";
    private static final String H4 = "[0-9A-Fa-f]{4}";
    private static final String NOT_BEFORE = "(?<![\\w:.-])";
    private static final String NOT_AFTER = "(?![\\w]|[:.-][0-9A-Fa-f])";
    private static final String[] CONTEXT = {"mac", "mac address", "hardware", "physical", "ethernet", "wifi",
        "wlan", "bssid", "device", "adapter", "nic"};

    private MacAddressDetector() {
    }

    static List<Detector> all() {
        Detector pairs = PatternDetector.builder("mac-address", EntityType.MAC_ADDRESS)
                .pattern("colon-or-hyphen", NOT_BEFORE + H2 + "([:-])" + H2 + "(?:\\1" + H2 + "){4}" + NOT_AFTER, 0.7)
                .validator("not-broadcast-or-zero", MacAddressDetector::identifiesADevice)
                .validatedScore(0.0)
                .context(CONTEXT)
                // a match starts with a run of two hex digits before its separator
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(2).first(RunIndex.Chars.HEX).next(":-")
                        .test((text, s, e) -> RunIndex.hexAt(text, s, 2) && RunIndex.hexAt(text, e + 1, 2)
                                && RunIndex.at(text, e + 3) == text.charAt(e))))
                .build();
        Detector cisco = PatternDetector.builder("mac-address-cisco", EntityType.MAC_ADDRESS)
                .pattern("cisco-dotted", NOT_BEFORE + H4 + "\\." + H4 + "\\." + H4 + NOT_AFTER, 0.6)
                .validator("not-broadcast-or-zero", MacAddressDetector::identifiesADevice)
                .validatedScore(0.0)
                .context(CONTEXT)
                // a match starts with a run of four hex digits before a dot
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(4).first(RunIndex.Chars.HEX).next(".")
                        .test((text, s, e) -> RunIndex.hexAt(text, s, 4) && RunIndex.hexAt(text, e + 1, 4)
                                && RunIndex.at(text, e + 5) == '.')))
                .build();
        return List.of(pairs, cisco);
    }

    static boolean identifiesADevice(String mac) {
        String hex = mac.replaceAll("[^0-9A-Fa-f]", "");
        return !hex.chars().allMatch(c -> c == '0') && !hex.chars().allMatch(c -> c == 'f' || c == 'F');
    }
}
