package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidateLoopTest {

    /** Positions visited, each answered with {@code skipTo} when it is the first, else the next position. */
    private static String visited(String text, CandidateLoop.Positions kind, int skipTo) {
        List<Integer> seen = new ArrayList<>();
        CandidateLoop.scan(new TextView(text), kind, i -> {
            seen.add(i);
            return seen.size() == 1 ? Math.max(i + 1, skipTo) : i + 1;
        });
        return seen.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a12 b3 45   | DIGIT_RUN_STARTS | 0 | [1, 5, 7]",
        "a12 b3 45   | DIGITS           | 0 | [1, 2, 5, 7, 8]",
        "a12 b3 45   | DIGITS           | 6 | [1, 7, 8]",
        "a12 b3 45   | DIGIT_RUN_STARTS | 6 | [1, 7]",
        "Ab cd-ef9gh | WORD_STARTS      | 0 | [0, 3, 6, 9]",
        "Ab cd-ef9gh | WORD_STARTS      | 7 | [0, 9]",
    })
    void visitsTheSharedPositionsInTextOrderAndSkipsPastAMatch(String text, CandidateLoop.Positions kind,
                                                                int skipTo, String expected) {
        assertEquals(expected, visited(text, kind, skipTo));
    }
}
