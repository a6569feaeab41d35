package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
