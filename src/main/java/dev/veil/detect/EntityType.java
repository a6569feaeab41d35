package dev.veil.detect;

/**
 * Kinds of personal data. The first 36 carry Amazon Comprehend's names exactly, so that
 * Comprehend results, Veil's own detectors and configuration share one vocabulary; the rest
 * are types Comprehend lacks, named in the same style.
 */
public enum EntityType {
    // Amazon Comprehend DetectPiiEntities types
    ADDRESS,
    AGE,
    AWS_ACCESS_KEY,
    AWS_SECRET_KEY,
    BANK_ACCOUNT_NUMBER,
    BANK_ROUTING,
    CA_HEALTH_NUMBER,
    CA_SOCIAL_INSURANCE_NUMBER,
    CREDIT_DEBIT_CVV,
    CREDIT_DEBIT_EXPIRY,
    CREDIT_DEBIT_NUMBER,
    DATE_TIME,
    DRIVER_ID,
    EMAIL,
    IN_AADHAAR,
    IN_NREGA,
    IN_PERMANENT_ACCOUNT_NUMBER,
    IN_VOTER_NUMBER,
    INTERNATIONAL_BANK_ACCOUNT_NUMBER,
    IP_ADDRESS,
    LICENSE_PLATE,
    MAC_ADDRESS,
    NAME,
    PASSPORT_NUMBER,
    PASSWORD,
    PHONE,
    PIN,
    SSN,
    SWIFT_CODE,
    UK_NATIONAL_HEALTH_SERVICE_NUMBER,
    UK_NATIONAL_INSURANCE_NUMBER,
    UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER,
    URL,
    US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER,
    USERNAME,
    VEHICLE_IDENTIFICATION_NUMBER,

    // Veil's additions (not detected by Comprehend)
    /** Bitcoin addresses: Base58Check (P2PKH, P2SH) and Bech32/Bech32m (SegWit). */
    CRYPTO_WALLET,
    /** Spain: DNI/NIF (8 digits + control letter). */
    ES_NIF,
    /** Spain: NIE for foreigners (X/Y/Z + 7 digits + control letter). */
    ES_NIE,
    /** Italy: codice fiscale (16 characters, odd/even check character). */
    IT_FISCAL_CODE,
    /** Poland: PESEL (11 digits, weighted check digit). */
    PL_PESEL,
    /** Germany: Steuerliche Identifikationsnummer (11 digits, ISO 7064 MOD 11,10). */
    DE_TAX_ID,
    /** Australia: tax file number (9 digits, weighted mod 11). */
    AU_TFN,
    /** Singapore: NRIC/FIN (letter, 7 digits, check letter). */
    SG_NRIC,
    /** Finland: henkilötunnus (date, century sign, individual number, mod 31 check). */
    FI_PERSONAL_IDENTITY_CODE;

    /** Whether Amazon Comprehend reports this type itself. */
    public boolean isComprehendType() {
        return ordinal() <= VEHICLE_IDENTIFICATION_NUMBER.ordinal();
    }
}
