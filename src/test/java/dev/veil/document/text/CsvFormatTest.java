package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.CustomPattern;
import dev.veil.detect.CustomPatternDetector;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFormatTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String redact(CsvFormat format, String in) {
        return new String(SeededRedaction.run(format, utf8(in), SeededRedaction.LABEL), StandardCharsets.UTF_8);
    }

    @Test
    void keepsQuotingDelimitersAndLineEndingsAndQuotesWhatNeedsIt() {
        String in = "name,ssn,notes\r\n"
                + "\"Mary Smith\",123-45-6789,\"said \"\"hi\"\", then left\"\r\n"
                + "Robert Chen,,\"multi\nline 415-555-0134\"\r\n"
                + "plain,  spaced  ,\"\"\r\n";
        String expected = "name,ssn,notes\r\n"
                + "\"[NAME]\",[SSN],\"said \"\"hi\"\", then left\"\r\n"
                + "[NAME],,\"multi\nline [PHONE]\"\r\n"
                + "plain,  spaced  ,\"\"\r\n";
        assertEquals(expected, redact(CsvFormat.csv(), in));
    }

    @Test
    void aReplacementWithTheDelimiterOrAQuoteGetsQuoted() {
        String out = new String(SeededRedaction.run(CsvFormat.csv(), utf8("a,b\nMary Smith,x\n"),
                (f, v) -> "Smith, \"M\""), StandardCharsets.UTF_8);
        assertEquals("a,b\n\"Smith, \"\"M\"\"\",x\n", out);
    }

    @Test
    void headerNamesAreContextLabelsForEveryRow() {
        List<String> units = SeededRedaction.unitTexts(CsvFormat.csv(), utf8("Full_Name,phoneNumber\nMary,555\n"));
        assertEquals(List.of("Full_Name | phoneNumber | ", "full name: Mary | phone number: 555 | "), units);
    }

    @Test
    void aColumnNamedSsnRaisesTheScoreOfAWeakPattern() {
        CustomPattern weak = new CustomPattern("nine-digits", EntityType.SSN, "\\b\\d{9}\\b", 0.3, List.of("ssn"), true);
        DetectionEngine engine = DetectionEngine.builder().detector(new CustomPatternDetector(weak)).build();
        List<String> units = SeededRedaction.unitTexts(CsvFormat.csv(), utf8("id,ssn\n7,123456789\n"));
        List<Finding> found = engine.detect(units.get(1));
        assertEquals(1, found.size());
        assertEquals("123456789", units.get(1).substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void aFirstRowThatLooksLikeDataIsNotUsedAsLabels() {
        List<String> units = SeededRedaction.unitTexts(CsvFormat.csv(), utf8("Mary,mary@example.com\nBob,bob@example.com\n"));
        assertEquals("Bob | bob@example.com | ", units.get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', quoteCharacter = '"', value = {
        "a;b;c~1;2;3 = SEMICOLON",
        "a,b;c~ = COMMA",
        "'x;y',z~ = COMMA",
        "a<T>b<T>c~ = TAB",
        "a|b = BAR",
        "one column = COMMA"})
    void sniffsTheDelimiterOfTheFirstRow(String text, String delimiter) {
        String csv = text.replace('~', '\n').replace('\'', '"').replace("<T>", "\t");
        char expected = switch (delimiter) {
            case "SEMICOLON" -> ';';
            case "TAB" -> '\t';
            case "BAR" -> '|';
            default -> ',';
        };
        assertEquals(expected, CsvTokenizer.sniffDelimiter(csv));
    }

    @Test
    void semicolonCsvKeepsItsDelimiter() {
        assertEquals("email;ssn\n[EMAIL];\"[SSN]\"\n",
                redact(CsvFormat.csv(), "email;ssn\nmary.smith@example.com;\"123-45-6789\"\n"));
    }

    @Test
    void tsvSplitsOnTabsOnly() {
        assertEquals("who\tcard\n[NAME], Esq.\t[CREDIT_DEBIT_NUMBER]\n",
                redact(CsvFormat.tsv(), "who\tcard\nMary Smith, Esq.\t4111 1111 1111 1111\n"));
    }

    @Test
    void untouchedFileIsByteForByteTheSameEvenWithoutAFinalNewline() {
        byte[] in = utf8("a,\"b\"\"\",c\r\n1,,\"3\"");
        assertArrayEquals(in, SeededRedaction.run(CsvFormat.csv(), in, SeededRedaction.LABEL));
    }

    @Test
    void tokeniseKeepsTheShapeOfEachField() {
        String out = new String(SeededRedaction.run(CsvFormat.csv(), utf8("ssn\n123-45-6789\n"), SeededRedaction.TOKEN),
                StandardCharsets.UTF_8);
        assertEquals("ssn\n678-90-1234\n", out);
    }

    @Test
    void aHugeRowIsSplitIntoBoundedUnits() {
        String row = "Mary Smith,".repeat(5000) + "end\n";
        List<String> units = SeededRedaction.unitTexts(CsvFormat.csv(), utf8("h\n" + row));
        assertTrue(units.size() > 3);
        assertTrue(units.stream().allMatch(u -> u.length() < UnitSizes.MAX_CHARS + 200));
        assertTrue(redact(CsvFormat.csv(), "h\n" + row).indexOf("Mary") < 0);
    }
}
