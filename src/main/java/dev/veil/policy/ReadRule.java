package dev.veil.policy;

import java.util.List;

/**
 * One allow rule of a policy's {@code read} list: which callers may read which buckets and keys
 * through a front door that reads S3 with its own role (the function URL). Every condition given
 * must hold; a rule names a principal, an account or both. Reads no rule allows are refused.
 * <p>
 * Keys are compared exactly as the caller sent them (after the one percent-decoding of the URL
 * path): no case folding, no Unicode normalisation, no removal of {@code .} or {@code ..}
 * segments, so a key can never be matched as if it were in another prefix.
 *
 * @param principal an ARN glob ({@code *} any run of characters, {@code ?} one), or null
 * @param account   a 12-digit account id, or null
 * @param buckets   bucket names, or {@code *} for every bucket the function's role can read
 * @param prefixes  literal key prefixes; empty means every key of those buckets
 */
public record ReadRule(String principal, String account, List<String> buckets, List<String> prefixes) {
    /** Any bucket. */
    public static final String ANY_BUCKET = "*";

    public ReadRule {
        if (principal == null && account == null) {
            throw new IllegalArgumentException("a read rule needs principal or account");
        }
        buckets = List.copyOf(buckets);
        prefixes = List.copyOf(prefixes);
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("a read rule needs at least one bucket (or \"*\")");
        }
    }

    /** Whether this rule lets {@code caller} read {@code key} in {@code bucket}. */
    public boolean allows(Caller caller, String bucket, String key) {
        if (principal != null && !CallerRule.globMatches(principal, caller.arn())) {
            return false;
        }
        if (account != null && !account.equals(caller.accountId())) {
            return false;
        }
        if (!buckets.contains(ANY_BUCKET) && !buckets.contains(bucket)) {
            return false;
        }
        return prefixes.isEmpty() || prefixes.stream().anyMatch(key::startsWith);
    }
}
