package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import java.util.List;

/**
 * User names and passwords written next to their label: {@code username: jdoe},
 * {@code "password": "s3cret"}, {@code pwd=...}, {@code login id is jdoe}. The label is the
 * required context and is part of the pattern, so a value is only ever reported right after one;
 * the finding is the value, never the label. A password "is" sentence ("the password is wrong")
 * counts only when the value looks like a secret (has a digit, a symbol or mixed case).
 */
final class CredentialDetectors {
    private static final String QUOTE = "[\"']?";
    private static final String ASSIGN = QUOTE + "[ \\t]{0,3}[:=][ \\t]{0,3}" + QUOTE;
    private static final String USER_KEYS = "(?:user[ _-]?name|user[ _-]?id|userid|login(?:[ _-]?(?:id|name))?"
            + "|account[ _-]?name|screen[ _-]?name|uid)";
    private static final String NAMED_USER_KEYS = "(?:user[ _-]?name|user[ _-]?id|login[ _-]?(?:id|name)"
            + "|account[ _-]?name|screen[ _-]?name)";
    private static final String PASSWORD_KEYS = "(?:pass[ _-]?word|passwd|pwd|pass[ _-]?code|pass[ _-]?phrase"
            + "|secret[ _-]?key|client[ _-]?secret)";
    private static final String USER_VALUE = "(?<v>[\\w@+-](?:[\\w.@+-]{0,62}[\\w@+-])?)(?![\\w@+-]|\\.[\\w@+-])";
    private static final String SECRET_VALUE = "(?<v>[^\\s\"'&]{0,127}[^\\s\"'&.,;:!?)\\]}])";

    private CredentialDetectors() {
    }

    static List<Detector> all() {
        Detector username = PatternDetector.builder("username", EntityType.USERNAME)
                .pattern("labelled", "(?i)\\b" + USER_KEYS + ASSIGN + USER_VALUE, 0.7)
                // a bare "User:" starts lines of chat transcripts; only "user=" (config, URLs) counts
                .pattern("user-assigned", "(?i)\\buser" + QUOTE + "[ \\t]{0,3}=[ \\t]{0,3}" + QUOTE + USER_VALUE, 0.7)
                .pattern("stated", "(?i)\\b" + NAMED_USER_KEYS + "[ \\t]is[ \\t]" + QUOTE + USER_VALUE, 0.6)
                .trigger(Trigger.ANY)
                .build();
        Detector assigned = PatternDetector.builder("password", EntityType.PASSWORD)
                .pattern("labelled", "(?i)\\b" + PASSWORD_KEYS + ASSIGN + SECRET_VALUE, 0.8)
                .trigger(Trigger.ANY)
                .build();
        Detector stated = PatternDetector.builder("password-stated", EntityType.PASSWORD)
                .pattern("stated", "(?i)\\b" + PASSWORD_KEYS + "[ \\t]is[ \\t]{1,3}" + QUOTE + SECRET_VALUE, 0.7)
                .validator("looks-like-a-secret", CredentialDetectors::looksLikeSecret)
                .validatedScore(0.0)
                .trigger(Trigger.ANY)
                .build();
        return List.of(username, assigned, stated);
    }

    /** Has a digit, a symbol or both upper and lower case: not an ordinary word. */
    static boolean looksLikeSecret(String value) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetter(c)) {
                return true;
            }
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return upper && lower && !(Character.isUpperCase(value.charAt(0)) && value.chars().skip(1)
                .allMatch(Character::isLowerCase));
    }
}
