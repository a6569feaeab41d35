package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KeywordValueDetectorTest {
    private static final List<KeywordValueDetector.Rule> RULES = List.of(new KeywordValueDetector.Rule("labelled",
            Pattern.compile("(?i)(?:client[ _-]?secret|token)[ ]?[:=][ ]?(?<v>\\w+)"), 0.8, null));

    private static List<String> values(KeywordValueDetector d, String text) {
        return d.detect(new TextView(text)).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "client secret: s3cr3t         | [s3cr3t]",
        "client_secret=s3cr3t          | [s3cr3t]",
        "Client-Secret = s3cr3t        | [s3cr3t]",
        "clientSecret=s3cr3t           | [s3cr3t]",
        "client: s3cr3t, token=abc     | [abc]",
        "client  secret: s3cr3t        | []",
        "myclient_secret=s3cr3t        | []",
    })
    void aStemWithAnOptionalSeparatorTriesOnlyWhereTheWholeLabelIs(String text, String expected) {
        KeywordValueDetector d = new KeywordValueDetector("t", EntityType.PASSWORD, List.of("client_secret", "token"), RULES);
        assertEquals(expected, values(d, text).toString());
    }

    @Test
    void gateWordsSkipTextsWithoutThem() {
        String text = "token=abc and clientsecret=xyz";
        KeywordValueDetector gated = new KeywordValueDetector("t", EntityType.PASSWORD, List.of("client_secret", "token"),
                RULES, List.of("clientsecret", "secret", "token"));
        KeywordValueDetector wrongGate = new KeywordValueDetector("t", EntityType.PASSWORD,
                List.of("client_secret", "token"), RULES, List.of("password"));
        assertEquals(List.of("abc", "xyz"), values(gated, text));
        assertEquals(List.<Finding>of(), wrongGate.detect(new TextView(text)));
    }

    @Test
    void stemsAreAsciiLettersWithOptionalSeparators() {
        assertThrows(IllegalArgumentException.class,
                () -> new KeywordValueDetector("t", EntityType.PASSWORD, List.of("pass word"), RULES));
    }

    @Test
    void aStemIsComparedAsRegionMatchesIgnoringCaseCompares() {
        String[] parts = {"user", "pass", "secret", "k", "id", "is"};
        char[] alphabet = {'u', 'U', 's', 'S', 'e', 'E', 'r', 'R', 'k', 'K', 'i', 'I', 'd', 'D', 'p', 'a', 'c', 't', 'T',
            '\u017f', '\u212a', '\u0131', '\u0130', '\u00df', '@', '`', '{', '[', '_', '5', ' ', '\u00e9'};
        java.util.Random random = new java.util.Random(1129);
        int matched = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            String part = parts[random.nextInt(parts.length)];
            int at = random.nextInt(text.length() + 2) - 1;
            boolean expected = at >= 0 && text.regionMatches(true, at, part, 0, part.length());
            assertEquals(expected, KeywordValueDetector.matchesIgnoringCase(text, at, part),
                    () -> text + " @" + at + " " + part);
            matched += expected ? 1 : 0;
        }
        assertTrue(matched > 100, "matches: " + matched);
        assertTrue(KeywordValueDetector.matchesIgnoringCase("PA\u017fS", 0, "pass"));
        assertTrue(KeywordValueDetector.matchesIgnoringCase("\u212a", 0, "k"));
    }
}
