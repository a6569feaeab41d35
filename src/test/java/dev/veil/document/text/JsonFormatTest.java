package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.document.DocumentLimits;
import dev.veil.document.UnreadableDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(JsonFormat format, String in, dev.veil.document.Replacer replacer) {
        return new String(SeededRedaction.run(format, in.getBytes(StandardCharsets.UTF_8), replacer), StandardCharsets.UTF_8);
    }

    @Test
    void stringValuesAndKeysAreRewrittenAndTheLayoutIsKept() throws Exception {
        String in = "{\n  \"name\" : \"Mary Smith\",\n  \"contacts\": {\"mary.smith@example.com\": true,"
                + " \"phones\": [\"415-555-0134\", \"ok\"]},\n  \"note\": \"SSN 123-45-6789\\n\\u0041\"\n}\n";
        String out = run(JsonFormat.json(), in, SeededRedaction.LABEL);
        assertEquals("{\n  \"name\" : \"[NAME]\",\n  \"contacts\": {\"[EMAIL]\": true,"
                + " \"phones\": [\"[PHONE]\", \"ok\"]},\n  \"note\": \"SSN [SSN]\\nA\"\n}\n", out);
        JSON.readTree(out);
    }

    /**
     * An object keyed by e-mail addresses: redacted, its keys would all be "[EMAIL]", and a reader
     * that keeps one member per key would lose the others. Keys that differed stay different; keys
     * equal in the input (and keys nothing replaced) stay as they were.
     */
    @Test
    void keysThatDifferedStayDifferent() throws Exception {
        String in = "{\"visits\": {\"mary.smith@example.com\": 3, \"john.doe@example.org\": 5, \"[EMAIL] #2\": 0,"
                + " \"ann.lee@example.net\": 7, \"mary.smith@example.com\": 9}, \"other\": {\"ann.lee@example.net\": 1}}";
        String out = run(JsonFormat.json(), in, SeededRedaction.LABEL);
        assertEquals("{\"visits\": {\"[EMAIL]\": 3, \"[EMAIL] #3\": 5, \"[EMAIL] #2\": 0,"
                + " \"[EMAIL] #4\": 7, \"[EMAIL]\": 9}, \"other\": {\"[EMAIL]\": 1}}", out);
        JsonNode visits = JSON.readTree(out).get("visits");
        assertEquals(4, visits.size(), out);
        // tokens differ already: nothing is added to them
        String tokenised = run(JsonFormat.json(), "{\"mary.smith@example.com\": 3, \"john.doe@example.org\": 5}",
                SeededRedaction.TOKEN);
        assertFalse(tokenised.contains("#"), tokenised);
        assertEquals(2, JSON.readTree(tokenised).size(), tokenised);
        String lines = run(JsonFormat.jsonLines(), "{\"a@example.com\": 1, \"b@example.com\": 2}\n{\"c@example.com\": 3}\n",
                SeededRedaction.LABEL);
        assertEquals("{\"[EMAIL]\": 1, \"[EMAIL] #2\": 2}\n{\"[EMAIL]\": 3}\n", lines);
    }

    @Test
    void escapedValuesAreSeenDecoded() {
        String out = run(JsonFormat.json(), "{\"e\":\"mary.smith\\u0040example.com\"}", SeededRedaction.LABEL);
        assertEquals("{\"e\":\"[EMAIL]\"}", out);
    }

    @Test
    void aPhoneStoredAsANumberBecomesAStringLabelOrStaysANumberToken() throws Exception {
        String in = "{\"phone\": 4155550134, \"age\": 42, \"score\": -1.5e3}";
        JsonNode redacted = JSON.readTree(run(JsonFormat.json(), in, SeededRedaction.LABEL));
        assertEquals("[PHONE]", redacted.get("phone").asText());
        assertEquals(42, redacted.get("age").asInt());
        JsonNode tokenised = JSON.readTree(run(JsonFormat.json(), in, SeededRedaction.TOKEN));
        assertTrue(tokenised.get("phone").isNumber());
        assertEquals(9600005689L, tokenised.get("phone").asLong());
    }

    @ParameterizedTest
    @CsvSource({"0,true", "-12.5e+3,true", "012,false", "1.,false", "[PHONE],false", "+1,false", "9600005689,true"})
    void recognisesJsonNumberLiterals(String literal, boolean number) {
        assertEquals(number, JsonStrings.isNumber(literal));
    }

    @Test
    void keysGiveContextToTheirValuesAndArrayElements() {
        List<String> units = SeededRedaction.unitTexts(JsonFormat.json(),
                "{\"ssn\":\"1\",\"homePhone\":[\"2\",\"3\"],\"n\":null}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("home phone: 2 | home phone: 3 | ", "ssn: 1 | homePhone (home phone):  | n:  | "), units);
    }

    @Test
    void aNestedObjectsKeysCarryTheKeyOfTheObject() {
        List<String> units = SeededRedaction.unitTexts(JsonFormat.json(),
                "{\"address\":{\"line1\":\"Flat 2\",\"geo\":{\"lat\":\"1\"}},\"tags\":[{\"k\":\"v\"}]}"
                        .getBytes(StandardCharsets.UTF_8));
        // only the parent's key: a deeper object's keys are not the whole path
        assertEquals(List.of("lat (geo lat): 1 | ", "line1 (address line1): Flat 2 | geo (address geo):  | ", "k: v | ",
                "address:  | tags:  | "), units);
    }

    @Test
    void jsonLinesAreRedactedLineByLine() throws Exception {
        String in = "{\"who\":\"Robert Chen\"}\n{\"who\":\"Aiko Tanaka\",\"tel\":\"(212) 555-0199\"}\n";
        String out = run(JsonFormat.jsonLines(), in, SeededRedaction.LABEL);
        assertEquals("{\"who\":\"[NAME]\"}\n{\"who\":\"[NAME]\",\"tel\":\"[PHONE]\"}\n", out);
        for (String line : out.split("\n")) {
            JSON.readTree(line);
        }
    }

    @Test
    void replacementsWithQuotesAndControlCharactersStayValidJson() throws Exception {
        String out = run(JsonFormat.json(), "[\"Mary Smith\"]", (f, v) -> "\"\\\n\u0001");
        assertEquals("\"\\\n\u0001", JSON.readTree(out).get(0).asText());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "[".repeat(300) + "]".repeat(300);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> JsonFormat.json().open(deep.getBytes(StandardCharsets.UTF_8), DocumentLimits.defaults()));
        assertTrue(e.getMessage().contains("nested deeper"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"Mary Smith\"", "{\"ssn\": 123-45-6789}", "{'a': 'Mary Smith'}"})
    void invalidJsonIsRefusedWithoutQuotingIt(String bad) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> JsonFormat.json().open(bad.getBytes(StandardCharsets.UTF_8), DocumentLimits.defaults()));
        assertFalse(e.getMessage().contains("Mary") || e.getMessage().contains("123"), e.getMessage());
    }

    @Test
    void unchangedJsonIsByteForByteTheSame() {
        byte[] in = "{ \"a\" : [1, 2.50, \"x\\u00e9\"] }\r\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(in, SeededRedaction.run(JsonFormat.json(), in, SeededRedaction.LABEL));
    }
}
