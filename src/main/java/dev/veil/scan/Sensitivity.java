package dev.veil.scan;

import dev.veil.detect.EntityType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How sensitive an object is, from the types and counts of what was found in it (never from
 * values). The rule, in order:
 * <ul>
 *   <li>{@code none}: nothing found;</li>
 *   <li>{@code high}: at least one identity number, financial account or card number, credential
 *       or health number ({@link #HIGH_RISK_TYPES}), which alone can be used to impersonate or
 *       defraud someone;</li>
 *   <li>{@code medium}: {@value #MEDIUM_COUNT} or more findings of any type, or a name together
 *       with a way to reach that person (email, phone or postal address);</li>
 *   <li>{@code low}: anything else found (a date, a URL, a lone email address, …).</li>
 * </ul>
 */
public enum Sensitivity {
    NONE, LOW, MEDIUM, HIGH;

    /** Findings at or above this count make an object at least {@code medium}. */
    public static final int MEDIUM_COUNT = 10;

    /** Types of which a single finding makes an object {@code high}. */
    public static final Set<EntityType> HIGH_RISK_TYPES = EnumSet.of(
            EntityType.AWS_ACCESS_KEY, EntityType.AWS_SECRET_KEY, EntityType.PASSWORD, EntityType.PIN,
            EntityType.BANK_ACCOUNT_NUMBER, EntityType.INTERNATIONAL_BANK_ACCOUNT_NUMBER,
            EntityType.CREDIT_DEBIT_NUMBER, EntityType.CREDIT_DEBIT_CVV, EntityType.CRYPTO_WALLET,
            EntityType.SSN, EntityType.US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER, EntityType.PASSPORT_NUMBER,
            EntityType.DRIVER_ID, EntityType.CA_SOCIAL_INSURANCE_NUMBER, EntityType.CA_HEALTH_NUMBER,
            EntityType.UK_NATIONAL_INSURANCE_NUMBER, EntityType.UK_NATIONAL_HEALTH_SERVICE_NUMBER,
            EntityType.UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER, EntityType.IN_AADHAAR, EntityType.IN_NREGA,
            EntityType.IN_PERMANENT_ACCOUNT_NUMBER, EntityType.IN_VOTER_NUMBER, EntityType.ES_NIF,
            EntityType.ES_NIE, EntityType.IT_FISCAL_CODE, EntityType.PL_PESEL, EntityType.DE_TAX_ID,
            EntityType.AU_TFN, EntityType.SG_NRIC, EntityType.FI_PERSONAL_IDENTITY_CODE);

    private static final Set<EntityType> CONTACT_TYPES = EnumSet.of(EntityType.EMAIL, EntityType.PHONE,
            EntityType.ADDRESS);

    /** The level for these counts per type (types with a zero count are ignored). */
    public static Sensitivity of(Map<EntityType, Integer> counts) {
        int total = 0;
        boolean highRisk = false;
        boolean contact = false;
        for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
            if (e.getValue() > 0) {
                total += e.getValue();
                highRisk |= HIGH_RISK_TYPES.contains(e.getKey());
                contact |= CONTACT_TYPES.contains(e.getKey());
            }
        }
        if (total == 0) {
            return NONE;
        }
        if (highRisk) {
            return HIGH;
        }
        boolean named = counts.getOrDefault(EntityType.NAME, 0) > 0;
        return total >= MEDIUM_COUNT || (named && contact) ? MEDIUM : LOW;
    }

    /** The name used in records, tags and reports: {@code none}, {@code low}, {@code medium}, {@code high}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sensitivity ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
