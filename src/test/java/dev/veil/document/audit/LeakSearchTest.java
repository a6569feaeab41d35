package dev.veil.document.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeakSearchTest {
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "SSN 536-22-8145 on file|536-22-8145|VERBATIM",
            "ssn 536 22 8145 on file|536-22-8145|SEPARATORS_CHANGED",
            "ssn 536228145.|536-22-8145|SEPARATORS_CHANGED",
            "DEAR MARY SMITH|Mary Smith|VERBATIM",
            "to: mary.smith%40example.com|mary.smith@example.com|URL_ENCODED",
            "MarySmith joined|Mary Smith|SEPARATORS_CHANGED",
            "id 15362281459 is another number|536-22-8145|",
            "today detroit|Day De|",
            "say 536-22-81456|536-22-8145|",
            "[SSN] and [NAME]|536-22-8145|"})
    void findsAValueOnlyWhereItStandsAlone(String haystack, String value, String expected) {
        List<LeakSearch.Form> forms = new LeakSearch(haystack).find(value);
        assertEquals(expected == null ? List.of() : List.of(LeakSearch.Form.valueOf(expected)), forms);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a string cluster here|A. String-Cluster|0", "A. String-Cluster here|A. String-Cluster|1"})
    void withoutLooseFormsOnlyTheVerbatimValueCounts(String haystack, String value, int expected) {
        assertEquals(expected, new LeakSearch(haystack).find(value, false).size());
    }
}
