package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JoinedTextsTest {
    private static final List<String> TEXTS = List.of("Dear Mary", "Smith,", "", "call 555");

    private static Finding f(int s, int e) {
        return new Finding(EntityType.NAME, s, e, 0.9, "test", Explanation.of("test", 0.9));
    }

    @Test
    void joinsWithOneLineBreakBetweenTexts() {
        JoinedTexts joined = new JoinedTexts(TEXTS);
        assertEquals("Dear Mary\nSmith,\n\ncall 555", joined.text());
        assertEquals(4, joined.size());
        assertEquals(17, joined.startOf(2));
        assertEquals(18, joined.startOf(3));
    }

    /** A finding on the stream, and the spans it becomes per text ("text:start-end" joined by ' '). */
    @ParameterizedTest
    @CsvSource({
            "5,9,   0:5-9",
            "5,15,  0:5-9 1:0-5",
            "10,15, 1:0-5",
            "9,10,  ''",
            "16,18, ''",
            "16,22, 3:0-4",
            "0,26,  0:0-9 1:0-6 3:0-8",
    })
    void splitsFindingsOntoTheTextsTheyCover(int start, int end, String expected) {
        List<List<Finding>> split = new JoinedTexts(TEXTS).split(List.of(f(start, end)));
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < split.size(); i++) {
            for (Finding p : split.get(i)) {
                got.append(got.length() == 0 ? "" : " ").append(i).append(':').append(p.start()).append('-').append(p.end());
            }
        }
        assertEquals(expected, got.toString());
    }

    @Test
    void aWholeFindingKeepsItsExplanationAndASplitOneSaysSo() {
        List<List<Finding>> split = new JoinedTexts(TEXTS).split(List.of(f(5, 9), f(5, 15)));
        assertTrue(split.get(0).get(0).explanation().steps().isEmpty());
        assertEquals(List.of("split across joined texts"), split.get(1).get(0).explanation().steps());
    }
}
