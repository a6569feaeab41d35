package dev.veil.transform;

import dev.veil.detect.EntityType;

/**
 * How the values of an entity type are normalised before tokenisation and what shape their
 * tokens take. One place decides this for every type so that tokens, encryption and the vault
 * agree.
 */
public enum ValueKind {
    /** Personal names: case and spacing folded; tokens are word-like. */
    PERSON_NAME,
    /** E-mail addresses: case folded; tokens look like {@code word.word@word.example}. */
    EMAIL,
    /** Numbers and codes: separators dropped and case folded; letters stay letters, digits digits. */
    IDENTIFIER,
    /** Secrets and case-sensitive codes: compared exactly (only trimmed). */
    EXACT,
    /** Free text such as addresses and dates: case and spacing folded. */
    TEXT;

    public static ValueKind of(EntityType type) {
        return switch (type) {
            case NAME -> PERSON_NAME;
            case EMAIL -> EMAIL;
            case PASSWORD, AWS_SECRET_KEY, CRYPTO_WALLET -> EXACT;
            case ADDRESS, AGE, DATE_TIME, URL, USERNAME, IP_ADDRESS, CREDIT_DEBIT_EXPIRY -> TEXT;
            default -> IDENTIFIER;
        };
    }
}
