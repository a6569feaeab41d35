package dev.veil.policy;

import java.util.Map;
import java.util.Optional;

/**
 * One first-match caller rule of a policy. Every condition given must hold; a rule has at least
 * one. With {@code tag} and neither {@code value} nor {@code mode}, the mode comes from the tag's
 * value ({@link Mode#fromTagValue}); a caller without that tag, or with an unknown value, does not
 * match.
 *
 * @param principal an ARN glob ({@code *} any run of characters, {@code ?} one), or null
 * @param account   a 12-digit account id, or null
 * @param tag       an IAM principal tag key, or null
 * @param value     the tag value required, or null
 * @param mode      the mode granted, or null when the tag's value decides
 */
public record CallerRule(String principal, String account, String tag, String value, Mode mode) {
    public CallerRule {
        if (principal == null && account == null && tag == null) {
            throw new IllegalArgumentException("a caller rule needs principal, account or tag");
        }
        if (value != null && tag == null) {
            throw new IllegalArgumentException("a caller rule with value needs tag");
        }
        if (mode == null && (tag == null || value != null)) {
            throw new IllegalArgumentException("a caller rule needs mode (only {\"tag\": K} alone takes the mode from the tag)");
        }
    }

    /** Whether this rule reads IAM tags (and so needs a lookup). */
    public boolean needsTags() {
        return tag != null;
    }

    /**
     * The mode this rule grants {@code caller}, or empty when it does not match. {@code tags} is
     * consulted only when the other conditions hold.
     */
    public Optional<Mode> match(Caller caller, java.util.function.Supplier<Map<String, String>> tags) {
        if (principal != null && !globMatches(principal, caller.arn())) {
            return Optional.empty();
        }
        if (account != null && !account.equals(caller.accountId())) {
            return Optional.empty();
        }
        if (tag == null) {
            return Optional.of(mode);
        }
        String actual = tags.get().get(tag);
        if (actual == null) {
            return Optional.empty();
        }
        if (value != null) {
            return value.equals(actual) ? Optional.of(mode) : Optional.empty();
        }
        return mode != null ? Optional.of(mode) : Mode.fromTagValue(actual);
    }

    /**
     * ARN glob match: {@code *} matches any run (including {@code /} and {@code :}), {@code ?} one
     * character. Iterative, without regular expressions, so a glob of many stars cannot make a
     * decision slow (at most glob length × ARN length steps; a fuzzer found the regex version
     * backtracking for minutes on a payload with a hundred stars).
     */
    static boolean globMatches(String glob, String arn) {
        int g = 0;
        int a = 0;
        int star = -1;
        int resume = 0;
        while (a < arn.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == arn.charAt(a))) {
                g++;
                a++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                resume = a;
            } else if (star >= 0) {
                g = star + 1;
                a = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
