package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Validator;
import java.util.List;
import java.util.regex.Pattern;

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
    private static final String SECRET_VALUE = "(?<v>[^\\s\"'&]{0,127}[^\\s\"'&.,;:)\\]}])";

    private CredentialDetectors() {
    }

    static List<Detector> all() {
        Detector username = new KeywordValueDetector("username", EntityType.USERNAME,
                List.of("user", "login", "account_name", "screen_name", "uid"), List.of(
                        readRule("labelled", USER_KEYS + ASSIGN + USER_VALUE, 0.7, UserNameReadings.LABELLED),
                        // a bare "User:" starts lines of chat transcripts; only "user=" (config, URLs) counts
                        readRule("user-assigned", "user" + QUOTE + "[ \\t]{0,3}=[ \\t]{0,3}" + QUOTE + USER_VALUE, 0.7,
                                UserNameReadings.ASSIGNED),
                        readRule("stated", NAMED_USER_KEYS + "[ \\t]is[ \\t]" + QUOTE + USER_VALUE, 0.6,
                                UserNameReadings.STATED)));
        Detector password = new KeywordValueDetector("password", EntityType.PASSWORD,
                List.of("pass", "pwd", "secret", "client_secret"), List.of(
                        rule("labelled", PASSWORD_KEYS + ASSIGN + SECRET_VALUE, 0.8, null),
                        rule("stated", PASSWORD_KEYS + "[ \\t]is[ \\t]{1,3}" + QUOTE + SECRET_VALUE, 0.7,
                                CredentialDetectors::looksLikeSecret)),
                // the first word of each PASSWORD_KEYS form; "client secret" has "secret" too
                List.of("pass", "password", "passwd", "pwd", "passcode", "passphrase", "secret", "secretkey",
                        "clientsecret"));
        return List.of(username, password);
    }

    private static KeywordValueDetector.Rule rule(String name, String regex, double base, Validator v) {
        return new KeywordValueDetector.Rule(name, Pattern.compile("(?i)" + regex), base, v);
    }

    /** A user-name rule with no check of its value, read by hand ({@link UserNameReadings}). */
    private static KeywordValueDetector.Rule readRule(String name, String regex, double base,
                                                      KeywordValueDetector.Reading reading) {
        return new KeywordValueDetector.Rule(name, Pattern.compile("(?i)" + regex), base, null, reading);
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
