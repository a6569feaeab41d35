package dev.veil.cli;

import dev.veil.detect.EntityType;
import java.util.Map;
import java.util.Optional;

/**
 * How other projects' entity names (Presidio's, Phileas') map to Veil's. A name that is absent is
 * a type Veil does not detect; its cases are counted as unsupported, not as misses.
 */
final class BenchmarkTypes {
    private static final Map<String, EntityType> MAP = Map.ofEntries(
            // Presidio
            Map.entry("ABA_ROUTING_NUMBER", EntityType.BANK_ROUTING),
            Map.entry("AU_TFN", EntityType.AU_TFN),
            Map.entry("CA_SIN", EntityType.CA_SOCIAL_INSURANCE_NUMBER),
            Map.entry("CREDIT_CARD", EntityType.CREDIT_DEBIT_NUMBER),
            Map.entry("CRYPTO", EntityType.CRYPTO_WALLET),
            Map.entry("DATE_TIME", EntityType.DATE_TIME),
            Map.entry("DE_TAX_ID", EntityType.DE_TAX_ID),
            Map.entry("EMAIL_ADDRESS", EntityType.EMAIL),
            Map.entry("ES_NIE", EntityType.ES_NIE),
            Map.entry("ES_NIF", EntityType.ES_NIF),
            Map.entry("FI_PERSONAL_IDENTITY_CODE", EntityType.FI_PERSONAL_IDENTITY_CODE),
            Map.entry("IBAN_CODE", EntityType.INTERNATIONAL_BANK_ACCOUNT_NUMBER),
            Map.entry("IN_AADHAAR", EntityType.IN_AADHAAR),
            Map.entry("IN_PAN", EntityType.IN_PERMANENT_ACCOUNT_NUMBER),
            Map.entry("IN_PASSPORT", EntityType.PASSPORT_NUMBER),
            Map.entry("IN_VOTER", EntityType.IN_VOTER_NUMBER),
            Map.entry("IP_ADDRESS", EntityType.IP_ADDRESS),
            Map.entry("IT_FISCAL_CODE", EntityType.IT_FISCAL_CODE),
            Map.entry("MAC_ADDRESS", EntityType.MAC_ADDRESS),
            Map.entry("PHONE_NUMBER", EntityType.PHONE),
            Map.entry("PL_PESEL", EntityType.PL_PESEL),
            Map.entry("SG_NRIC_FIN", EntityType.SG_NRIC),
            Map.entry("UK_DRIVING_LICENCE", EntityType.DRIVER_ID),
            Map.entry("UK_NHS", EntityType.UK_NATIONAL_HEALTH_SERVICE_NUMBER),
            Map.entry("UK_NINO", EntityType.UK_NATIONAL_INSURANCE_NUMBER),
            Map.entry("UK_PASSPORT", EntityType.PASSPORT_NUMBER),
            Map.entry("UK_POSTCODE", EntityType.ADDRESS),
            Map.entry("UK_VEHICLE_REGISTRATION", EntityType.LICENSE_PLATE),
            Map.entry("URL", EntityType.URL),
            Map.entry("US_BANK_NUMBER", EntityType.BANK_ACCOUNT_NUMBER),
            Map.entry("US_DRIVER_LICENSE", EntityType.DRIVER_ID),
            Map.entry("US_ITIN", EntityType.US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER),
            Map.entry("US_PASSPORT", EntityType.PASSPORT_NUMBER),
            Map.entry("US_SSN", EntityType.SSN),
            // Phileas
            Map.entry("AGE", EntityType.AGE),
            Map.entry("BANK_ROUTING_NUMBER", EntityType.BANK_ROUTING),
            Map.entry("BITCOIN_ADDRESS", EntityType.CRYPTO_WALLET),
            Map.entry("DATE", EntityType.DATE_TIME),
            Map.entry("DRIVERS_LICENSE_NUMBER", EntityType.DRIVER_ID),
            Map.entry("PASSPORT_NUMBER", EntityType.PASSPORT_NUMBER),
            Map.entry("PHYSICIAN_NAME", EntityType.NAME),
            Map.entry("SSN", EntityType.SSN),
            Map.entry("STREET_ADDRESS", EntityType.ADDRESS),
            Map.entry("VIN", EntityType.VEHICLE_IDENTIFICATION_NUMBER));

    private BenchmarkTypes() {
    }

    static Optional<EntityType> veilType(String benchmarkName) {
        return Optional.ofNullable(MAP.get(benchmarkName));
    }
}
