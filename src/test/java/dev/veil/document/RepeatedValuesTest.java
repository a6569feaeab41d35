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
    void manyValuesSharingAFirstWordAreEachFoundAndNoOther() {
        RepeatedValues index = new RepeatedValues(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            index.add(String.format("1-800-%03d-%04d", i % 1000, i), NAME);
            index.add("Mary Surname" + i, NAME);
            text.append("call 1-800-").append(String.format("%03d-%04d", i % 1000, i))
                    .append(" or 1-800-").append(String.format("%03d-%04d", i % 1000, i + 5000))  // not a value
                    .append(", ask MARY\n  SURNAME").append(i).append(" or Mary Surname").append(i).append("x\n");
        }
        List<String> found = index.occurrencesIn(text.toString()).stream()
                .map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(6000, found.size());
        assertEquals("1-800-000-0000", found.get(0));
        assertEquals("MARY\n  SURNAME0", found.get(1));
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

    /**
     * The one-pass look-up (a filter of first words, then their table) against a plain search of
     * each value at every position: random texts of few letters, so that words repeat and values
     * share first words, prefixes and case.
     */
    @Test
    void findsWhatASearchOfEveryPositionFinds() {
        java.util.Random random = new java.util.Random(30112026);
        String alphabet = "abAB1 .,\n-é";
        for (int round = 0; round < 3000; round++) {
            RepeatedValues index = new RepeatedValues(5);
            List<String> values = new java.util.ArrayList<>();
            for (int v = random.nextInt(1, 40); v > 0; v--) {
                String value = randomText(random, alphabet, random.nextInt(5, 9)).strip();
                values.add(value);
                index.add(value, NAME);
            }
            String text = randomText(random, alphabet, random.nextInt(0, 400));
            List<String> got = index.occurrencesIn(text).stream().map(f -> f.start() + "-" + f.end()).sorted().toList();
            assertEquals(everyPosition(text, values), got, text);
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** The spans where a value stands as whole words, any case, any white space run for any other: every position tried. */
    private static List<String> everyPosition(String text, List<String> values) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.TreeSet<String> spans = new java.util.TreeSet<>();
        for (String value : values) {
            if (value.length() < 5 || !seen.add(value.toLowerCase(java.util.Locale.ROOT))
                    || !value.codePoints().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            int lead = 0;
            boolean spaceBeforeWord = false;
            while (!Character.isLetterOrDigit(value.charAt(lead))) {
                spaceBeforeWord |= Character.isWhitespace(value.charAt(lead));
                lead++;
            }
            if (spaceBeforeWord) {
                continue; // not looked for (no fixed offset to its first word)
            }
            String pattern = java.util.Arrays.stream(value.split("\\s+", -1)).map(java.util.regex.Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("\\s+"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)" + pattern).matcher(text);
            for (int s = 0; s < text.length(); s++) {
                boolean wordStarts = s + lead < text.length() && (s + lead == 0 || !Character.isLetterOrDigit(text.charAt(s + lead - 1)));
                if (wordStarts && m.region(s, text.length()).lookingAt()
                        && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
                        && (m.end() == text.length() || !Character.isLetterOrDigit(text.charAt(m.end())))) {
                    spans.add(s + "-" + m.end());
                }
            }
        }
        return List.copyOf(spans);
    }
}
