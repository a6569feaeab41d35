package dev.veil.transform;

import dev.veil.detect.EntityType;
import java.util.Random;

/**
 * Synthetic values of every entity type, drawn from a per-type template, for property tests and
 * token benchmarks (collisions, throughput). The values have the right shape, not valid check
 * digits: tokenisation does not look at check digits. Template letters: {@code d} digit,
 * {@code A} upper-case letter, {@code a} lower-case letter, {@code X} upper-case letter or digit,
 * {@code x} letter (either case) or digit, {@code h} hex digit, {@code W} capitalised word,
 * {@code w} lower-case word, {@code o} an octet 0-255; anything else is literal.
 */
public final class SampleValues {
    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiouy";
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ALNUM = UPPER_ALNUM + "abcdefghijklmnopqrstuvwxyz";

    private SampleValues() {
    }

    public static String template(EntityType type) {
        return switch (type) {
            case ADDRESS -> "ddd W Street";
            case AGE -> "dd";
            case AWS_ACCESS_KEY -> "AKIAXXXXXXXXXXXXXXXX";
            case AWS_SECRET_KEY -> "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
            case BANK_ACCOUNT_NUMBER -> "dddddddddd";
            case BANK_ROUTING -> "ddddddddd";
            case CA_HEALTH_NUMBER -> "dddd-ddd-ddd-AA";
            case CA_SOCIAL_INSURANCE_NUMBER -> "ddd-ddd-ddd";
            case CREDIT_DEBIT_CVV -> "ddd";
            case CREDIT_DEBIT_EXPIRY -> "dd/dd";
            case CREDIT_DEBIT_NUMBER -> "dddd dddd dddd dddd";
            case DATE_TIME -> "dd/dd/dddd dd:dd";
            case DRIVER_ID -> "Addddddd";
            case EMAIL -> "w.w@w.com";
            case IN_AADHAAR -> "dddd dddd dddd";
            case IN_NREGA -> "AA-dd-ddd-ddd-ddd/ddd";
            case IN_PERMANENT_ACCOUNT_NUMBER -> "AAAAAddddA";
            case IN_VOTER_NUMBER -> "AAAddddddd";
            case INTERNATIONAL_BANK_ACCOUNT_NUMBER -> "DEdd dddd dddd dddd dddd dd";
            case IP_ADDRESS -> "o.o.o.o";
            case LICENSE_PLATE -> "AAdd AAA";
            case MAC_ADDRESS -> "hh:hh:hh:hh:hh:hh";
            case NAME -> "W W";
            case PASSPORT_NUMBER -> "Addddddd";
            case PASSWORD -> "xxxxxxxxxxxx";
            case PHONE -> "+1 ddd ddd dddd";
            case PIN -> "dddd";
            case SSN -> "ddd-dd-dddd";
            case SWIFT_CODE -> "AAAAAAXX";
            case UK_NATIONAL_HEALTH_SERVICE_NUMBER -> "ddd ddd dddd";
            case UK_NATIONAL_INSURANCE_NUMBER -> "AA dd dd dd A";
            case UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER -> "ddddd ddddd";
            case URL -> "https://w.example/w";
            case US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER -> "9dd-7d-dddd";
            case USERNAME -> "wdd";
            case VEHICLE_IDENTIFICATION_NUMBER -> "XXXXXXXXXXXXXXXXX";
            case CRYPTO_WALLET -> "1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
            case ES_NIF -> "ddddddddA";
            case ES_NIE -> "XdddddddA";
            case IT_FISCAL_CODE -> "AAAAAAddAddAdddA";
            case PL_PESEL, DE_TAX_ID -> "ddddddddddd";
            case AU_TFN -> "ddd ddd ddd";
            case SG_NRIC -> "SdddddddA";
            case FI_PERSONAL_IDENTITY_CODE -> "dddddd-dddA";
        };
    }

    /** A random value of {@code type}. */
    public static String next(EntityType type, Random r) {
        String t = template(type);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'd' -> b.append((char) ('0' + r.nextInt(10)));
                case 'A' -> b.append((char) ('A' + r.nextInt(26)));
                case 'a' -> b.append((char) ('a' + r.nextInt(26)));
                case 'X' -> b.append(UPPER_ALNUM.charAt(r.nextInt(UPPER_ALNUM.length())));
                case 'x' -> b.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
                case 'h' -> b.append("0123456789abcdef".charAt(r.nextInt(16)));
                case 'o' -> b.append(r.nextInt(256));
                case 'W' -> {
                    String w = word(r);
                    b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
                }
                case 'w' -> b.append(word(r));
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String word(Random r) {
        int syllables = 1 + r.nextInt(3);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(r.nextInt(VOWELS.length())));
            if (r.nextBoolean()) {
                w.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length())));
            }
        }
        return w.toString();
    }
}
