package dev.veil.policy;

import java.util.Map;

/**
 * The IAM tags of a caller's principal (the role behind a session, or the IAM user). The AWS
 * implementation lives in {@code dev.veil.aws}; the policy only sees this interface.
 */
public interface PrincipalTags {
    /**
     * The tags of the caller's principal; empty when the caller has no role or user to look up.
     *
     * @throws TagLookupException when the lookup failed (the decision must then fail closed)
     */
    Map<String, String> tagsOf(Caller caller);

    /** No tag source: every caller has no tags. */
    PrincipalTags NONE = caller -> Map.of();
}
