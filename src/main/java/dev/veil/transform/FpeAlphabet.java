package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.util.Optional;

/**
 * The FF3-1 alphabet an entity type is encrypted over. Chosen by type, never by the value, so
 * that decryption knows the radix a token was made with. Digit types use radix 10 (digits stay
 * digits); alphanumeric codes radix 36 (case folded); case-sensitive codes radix 62.
 */
public enum FpeAlphabet {
    DIGITS("0123456789"),
    ALPHANUMERIC("0123456789abcdefghijklmnopqrstuvwxyz"),
    CASE_SENSITIVE("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private final String chars;

    FpeAlphabet(String chars) {
        this.chars = chars;
    }

    public String chars() {
        return chars;
    }

    public int radix() {
        return chars.length();
    }

    /** The alphabet for {@code type}, or empty for types FF3-1 does not apply to (names, e-mail, free text). */
    public static Optional<FpeAlphabet> forType(EntityType type) {
        return switch (type) {
            case CREDIT_DEBIT_NUMBER, CREDIT_DEBIT_CVV, SSN, PHONE, BANK_ACCOUNT_NUMBER, BANK_ROUTING, PIN,
                    IN_AADHAAR, PL_PESEL, DE_TAX_ID, AU_TFN, CA_SOCIAL_INSURANCE_NUMBER,
                    UK_NATIONAL_HEALTH_SERVICE_NUMBER, UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER,
                    US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER -> Optional.of(DIGITS);
            case INTERNATIONAL_BANK_ACCOUNT_NUMBER, PASSPORT_NUMBER, DRIVER_ID, LICENSE_PLATE,
                    VEHICLE_IDENTIFICATION_NUMBER, UK_NATIONAL_INSURANCE_NUMBER, CA_HEALTH_NUMBER, IN_NREGA,
                    IN_PERMANENT_ACCOUNT_NUMBER, IN_VOTER_NUMBER, SWIFT_CODE, MAC_ADDRESS, AWS_ACCESS_KEY,
                    ES_NIF, ES_NIE, IT_FISCAL_CODE, SG_NRIC, FI_PERSONAL_IDENTITY_CODE -> Optional.of(ALPHANUMERIC);
            case CRYPTO_WALLET, AWS_SECRET_KEY -> Optional.of(CASE_SENSITIVE);
            default -> Optional.empty();
        };
    }
}
