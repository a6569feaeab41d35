package dev.veil.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.EntityType;
import dev.veil.detect.Explanation;
import dev.veil.detect.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatedValuesTest {
    private static final Finding NAME = new Finding(EntityType.NAME, 0, 10, 0.9, "names", Explanation.of("test", 0.9));

    private static List<String> found(String text, String... values) {
        RepeatedValues index = new RepeatedValues(5);
        for (String v : values) {
            index.add(v, NAME);
        }
        return index.occurrencesIn(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Signed: MARY SMITH.|MARY SMITH",
            "Mary~  Smith wrote|Mary~  Smith",
            "(212) 555-0187 and 212 555 0187|(212) 555-0187",
            "Mary Smithson and Mary Smith|Mary Smith"})
    void findsEveryWholeWordOccurrenceInAnyCaseAndSpacing(String text, String expected) {
        // "~" stands for a line break, which a CSV row cannot hold.
        assertEquals(List.of(expected.replace('~', '\n')), found(text.replace('~', '\n'), "Mary Smith", "(212) 555-0187"));
    }

    @Test
    void shortValuesAndValuesWithoutLettersOrDigitsAreNotLookedFor() {
        assertEquals(List.of(), found("Ann Li met Ann Li; --- ---", "Ann", "-----"));
    }

    @Test
    void manyValuesAreFoundInOnePass() {
        String[] values = new String[2000];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            values[i] = "Person" + i + " Name" + i;
            text.append("x ").append("person").append(i).append(" NAME").append(i).append(" y\n");
        }
        assertEquals(values.length, found(text.toString(), values).size());
    }

    @Test
    void lettersBeyondAsciiMatchInAnyCase() {
        assertEquals(List.of("ZOË ÅNGSTRÖM", "zoë ångström"),
                found("To ZOË ÅNGSTRÖM and zoë ångström, not Zoe Angstrom", "Zoë Ångström"));
    }

    @Test
    void valuesAddedAfterALookUpAreFoundByTheNext() {
        RepeatedValues index = new RepeatedValues(5);
        index.add("Mary Smith", NAME);
        assertEquals(1, index.occurrencesIn("Mary Smith and Olga Ivanova").size());
        index.add("Olga Ivanova", NAME);
        assertEquals(2, index.occurrencesIn("Mary Smith and Olga Ivanova").size());
    }
}
