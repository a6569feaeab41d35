package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The detectors anchored at a digit run's edge try their pattern only where a match can start (an
 * ASCII capital not glued to a word): they find exactly what a search of every position finds, on
 * texts of city lines, postcodes and their near misses.
 */
class RunEdgeAnchoredSearchTest {
    private static final String[] TOKENS = {
        "Austin", "San Antonio", "St.Louis", "McAllen", "O'Fallon", "Winston-Salem", "TX", "CA", "NY", "ZZ", "78701",
        "94105-1234", "10001", "787012", "SW1A 1AA", "SW1A1AA", "BS16 4RT", "GIR 0AA", "EC1A 1BB", "W1A 0AX", "M1 1AE",
        "London", "Bristol", "Main St", "12", "Apt", "4", "the", "lives", "at", "Straße", "Émile", "é", "x", "_", "a1",
        "AB", "Q", "Zürich",
        // whole city lines, which the separators around them make or break
        "Austin, TX 78701", "San Antonio,  TX\t78205", "St.Louis, MO 63101", "Fort Worth Dallas Plano Irving, TX 75001",
        "McAllen, TX 78501-1234", "austin, TX 78701", "Austin,TX 78701", "Main St, Austin, TX 78701", "Émile, NY 10001",
        // Canadian and Australian ones, and their parts
        "QC", "ON", "NSW", "QLD", "WA", "H2X 1K4", "M5V3L9", "4350", "0871", "Montréal", "Alice Springs", "IBM",
        "Toronto, ON M5V 3L9", "Montréal, QC H2X 1K4", "Toowoomba QLD 4350", "Fremantle, WA 6959", "Alice Springs NT 0871",
        // Irish ones
        "Ennis", "Co. Clare", "V95 F6R3", "V95F6R3", "N91", "Limerick V94 K2E1", "Dock Road, Limerick V94 K2E1",
        "Ennis, Co. Clare V95 F6R3", "County Kerry V93 X2Y4",
    };
    private static final String[] SEPARATORS = {" ", " ", ", ", ",", "  ", "\t", "\n", "-", ".", "", "'"};

    static Stream<RunEdgeAnchoredDetector> edgeAnchored() {
        return AddressDetectors.all().stream()
                .filter(d -> d instanceof RunEdgeAnchoredDetector)
                .map(d -> (RunEdgeAnchoredDetector) d);
    }

    @ParameterizedTest
    @MethodSource("edgeAnchored")
    void findsWhatASearchOfEveryPositionFinds(RunEdgeAnchoredDetector detector) {
        Detector everywhere = detector.searchingEveryPosition();
        Random random = new Random(detector.name().hashCode());
        int found = 0;
        for (int t = 0; t < 3_000; t++) {
            StringBuilder sb = new StringBuilder();
            int words = 2 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                sb.append(TOKENS[random.nextInt(TOKENS.length)]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            String text = sb.toString();
            List<Finding> expected = everywhere.detect(new TextView(text));
            assertEquals(expected, detector.detect(new TextView(text)), () -> detector.name() + " on: " + text);
            found += expected.size();
        }
        assertTrue(found > 100, detector.name() + " found too little to compare: " + found);
    }
}
