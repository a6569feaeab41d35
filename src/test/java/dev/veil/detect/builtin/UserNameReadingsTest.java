package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The user-name rules' hand readings ({@link UserNameReadings}) answer what their patterns'
 * {@code lookingAt} answers, at every place of random texts made of labels in every case, their
 * separators, assignments, quotes, blanks, value characters, dots, values around the 64-character
 * limit, and letters that fold to ASCII ones only with Unicode case folding.
 */
class UserNameReadingsTest {
    private static final String LONG = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_@+-abcdefghij";
    private static final String[] PIECES = {
        "user", "User", "USER", "uSeR", "name", "NAME", "Name", "id", "ID", "iD", "login", "LOGIN", "account", "Account",
        "screen", "SCREEN", "uid", "UID", "is", "IS", "Is", " ", " ", "  ", "    ", "\t", "_", "-", "=", "=", ":", ":",
        "\"", "'", ".", "..", "@", "+", "a", "b7", "jdoe", "x", "0", "!", ",", "\n", "/", "&", "\u212A", "\u017F",
        "\u0130", "\u00E9", "us\u0130d", "user=", "user_name:", "login id is ", "uid = '", "jane.doe", "j.", ".x",
        "username=", "User Name: ", "user-id\t=\t", "userid:", "loginname = \"", "login_id:'", "LOGIN:", "account_name=",
        "screen-name is ", "user name is '", "uid=", "user\"=\"", "user = ", "user id IS\t", "login name is ",
        LONG.substring(0, 61), LONG.substring(0, 62), LONG.substring(0, 63), LONG.substring(0, 64), LONG.substring(0, 65),
        LONG,
    };

    @Test
    void readingsAnswerWhatTheirPatternsAnswer() {
        KeywordValueDetector username = (KeywordValueDetector) CredentialDetectors.all().stream()
                .filter(d -> d.name().equals("username")).findFirst().orElseThrow();
        Random random = new Random(22);
        int rulesRead = 0;
        for (KeywordValueDetector.Rule rule : username.rules()) {
            if (rule.reading() == null) {
                continue;
            }
            rulesRead++;
            int v = RegexGroups.index(rule.pattern().pattern(), "v");
            int matches = 0;
            for (int t = 0; t < 20000; t++) {
                String text = RandomTexts.pieces(random, PIECES, 1 + random.nextInt(12));
                Matcher m = rule.pattern().matcher(text);
                for (int i = 0; i <= text.length(); i++) {
                    long expected = -1;
                    if (Scoring.matchesAt(m, i, 400, text.length())) {
                        assertEquals(m.end(), m.end(v), "the match ends with its value");
                        expected = (long) m.start(v) << 32 | m.end(v);
                        matches++;
                    }
                    int at = i;
                    assertEquals(expected, rule.reading().read(text, i),
                            () -> rule.name() + " at " + at + " of: " + text.replace("\t", "\\t").replace("\n", "\\n"));
                }
            }
            assertTrue(matches > 1000, rule.name() + " matched only " + matches + " times");
        }
        assertEquals(3, rulesRead);
    }
}
