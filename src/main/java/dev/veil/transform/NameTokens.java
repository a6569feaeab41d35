package dev.veil.transform;

/** How names are tokenised. */
public enum NameTokens {
    /** The whole name gives one token (default): {@code Jane Smith} and {@code Mary Smith} share nothing. */
    FULL_NAME,
    /** Each part gives its own token, so family names visibly match across people. */
    PER_PART
}
