package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Quality on the development set (synthetic letters, forms, e-mails, CSV rows, HR and medical
 * notes, written while the detector was built) and on a second set written by someone who had not
 * seen the detector (fourteen genres, reference lists and chat included), and on a third set
 * written the same way with addresses labelled too (session 15): a finding counts when it overlaps
 * an expected span; precision, recall and F1 are printed.
 */
class NameDevSetTest {
    private static final String SET = "/dev/veil/detect/names/name-dev-set.txt";
    private static final String SECOND_SET = "/dev/veil/detect/names/name-second-set.txt";
    private static final String THIRD_SET = "/dev/veil/detect/names/name-third-set.txt";
    private static final String FOURTH_SET = "/dev/veil/detect/names/name-fourth-set.txt";
    private static final String FIFTH_SET = "/dev/veil/detect/names/name-fifth-set.txt";
    private static final String SIXTH_SET = "/dev/veil/detect/names/name-sixth-set.txt";
    private static final String SEVENTH_SET = "/dev/veil/detect/names/name-seventh-set.txt";

    /** One text with its expected name spans ({@code [[…]]}) and address spans ({@code {{…}}}, third set only). */
    record Labelled(String text, List<int[]> names, List<int[]> addresses) {
        static Labelled parse(String line) {
            StringBuilder text = new StringBuilder();
            List<int[]> names = new ArrayList<>();
            List<int[]> addresses = new ArrayList<>();
            String s = line.replace("\\n", "\n");
            int start = -1;
            int addressStart = -1;
            for (int i = 0; i < s.length(); i++) {
                if (s.startsWith("[[", i)) {
                    start = text.length();
                    i++;
                } else if (s.startsWith("]]", i)) {
                    names.add(new int[] {start, text.length()});
                    i++;
                } else if (s.startsWith("{{", i)) {
                    addressStart = text.length();
                    i++;
                } else if (s.startsWith("}}", i)) {
                    addresses.add(new int[] {addressStart, text.length()});
                    i++;
                } else {
                    text.append(s.charAt(i));
                }
            }
            return new Labelled(text.toString(), names, addresses);
        }
    }

    static List<Labelled> devSet() throws IOException {
        return labelled(SET);
    }

    static List<Labelled> labelled(String resource) throws IOException {
        List<Labelled> all = new ArrayList<>();
        try (InputStream in = NameDevSetTest.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    all.add(Labelled.parse(line));
                }
            }
        }
        return all;
    }

    @Test
    void f1OnTheDevelopmentSetIsAtLeastPointEight() throws IOException {
        assertF1AtLeast(SET, 150, 0.80);
    }

    /** Measured at 0.91 (0.829 before the rules it prompted): the bound leaves room, not a regression. */
    @Test
    void f1OnTheSecondSetIsAtLeastPointEightFive() throws IOException {
        assertF1AtLeast(SECOND_SET, 450, 0.85);
    }

    /**
     * Measured at 0.896 with the name detector alone (0.840 through every detector before the rules
     * it prompted, session 15).
     */
    @Test
    void f1OnTheThirdSetIsAtLeastPointEightFive() throws IOException {
        assertF1AtLeast(THIRD_SET, 400, 0.85);
    }

    /** Measured blind at 0.921 through every detector, 0.908 with the name detector alone (session 15). */
    @Test
    void f1OnTheFourthSetIsAtLeastPointEightFive() throws IOException {
        assertF1AtLeast(FOURTH_SET, 280, 0.85);
    }

    /**
     * Measured blind at 0.835 through every detector (session 16, before the name rules it prompted),
     * 0.890 after them; the name detector alone prints its own figure.
     */
    @Test
    void f1OnTheFifthSetIsAtLeastPointEight() throws IOException {
        assertF1AtLeast(FIFTH_SET, 250, 0.80);
    }

    /**
     * Measured blind at 0.857 through every detector (session 18, before the lists it prompted),
     * 0.888 after them; the name detector alone prints its own figure.
     */
    @Test
    void f1OnTheSixthSetIsAtLeastPointEight() throws IOException {
        assertF1AtLeast(SIXTH_SET, 300, 0.80);
    }

    /**
     * Measured blind at 0.762 (session 17's detectors) and 0.835 (session 18's address rules written
     * before the set was read), 0.947 after the rules it prompted.
     */
    @Test
    void addressF1OnTheSixthSetIsAtLeastPointNine() throws IOException {
        assertAddressF1AtLeast(SIXTH_SET, 140, 0.90);
    }

    /**
     * Forms, converted CSV and JSON records, logs and tables (session 19): measured blind at 0.817
     * (session 18's detectors) and 0.851 (session 19's labelled fields written before the set was read).
     */
    @Test
    void f1OnTheSeventhSetIsAtLeastPointEightFive() throws IOException {
        assertF1AtLeast(SEVENTH_SET, 300, 0.85);
    }

    /** Measured blind at 0.732 (session 18's detectors) and 0.893 (session 19's labelled fields before the set was read). */
    @Test
    void addressF1OnTheSeventhSetIsAtLeastPointEightFive() throws IOException {
        assertAddressF1AtLeast(SEVENTH_SET, 140, 0.85);
    }

    /** Measured blind at 0.951 (session 16): Japanese, Spanish, Turkish, Polish and Indian addresses are missed. */
    @Test
    void addressF1OnTheFifthSetIsAtLeastPointNine() throws IOException {
        assertAddressF1AtLeast(FIFTH_SET, 110, 0.90);
    }

    /** Measured blind at 0.986 (session 15), 0.997 after the Eircode rule it prompted. */
    @Test
    void addressF1OnTheFourthSetIsAtLeastPointNine() throws IOException {
        assertAddressF1AtLeast(FOURTH_SET, 140, 0.90);
    }

    /**
     * The third set's addresses through every built-in detector: measured at precision 1.000,
     * recall 0.838, F1 0.912 (0.847 before the post office box, Canadian and Australian town line
     * detectors, Swedish postcodes and the "Jr." street name).
     */
    @Test
    void addressF1OnTheThirdSetIsAtLeastPointEightFive() throws IOException {
        assertAddressF1AtLeast(THIRD_SET, 120, 0.85);
    }

    private static void assertAddressF1AtLeast(String set, int minAddresses, double minF1) throws IOException {
        assertSpansF1AtLeast(set, DetectionEngine.defaults(), EntityType.ADDRESS, Labelled::addresses, "addresses",
                minAddresses, minF1);
    }

    private static void assertF1AtLeast(String set, int minNames, double minF1) throws IOException {
        assertSpansF1AtLeast(set, DetectionEngine.builder().detector(NameDetector.create()).build(), EntityType.NAME,
                Labelled::names, "names", minNames, minF1);
    }

    /**
     * Precision, recall and F1 of {@code engine}'s findings of {@code type} against the set's spans
     * {@code expectedOf} (by overlap), printed with every miss and false finding.
     */
    private static void assertSpansF1AtLeast(String set, DetectionEngine engine, EntityType type,
                                             Function<Labelled, List<int[]>> expectedOf, String what, int minSpans,
                                             double minF1) throws IOException {
        int expected = 0;
        int expectedFound = 0;
        int reported = 0;
        int reportedRight = 0;
        StringBuilder misses = new StringBuilder();
        for (Labelled l : labelled(set)) {
            List<Finding> found = engine.detect(l.text()).stream().filter(f -> f.type() == type).toList();
            List<int[]> spans = expectedOf.apply(l);
            expected += spans.size();
            reported += found.size();
            for (int[] span : spans) {
                if (found.stream().anyMatch(f -> f.start() < span[1] && span[0] < f.end())) {
                    expectedFound++;
                } else {
                    misses.append("  missed: ").append(l.text().substring(span[0], span[1]))
                            .append("  in: ").append(l.text().replace("\n", "\\n")).append('\n');
                }
            }
            for (Finding f : found) {
                if (spans.stream().anyMatch(span -> f.start() < span[1] && span[0] < f.end())) {
                    reportedRight++;
                } else {
                    misses.append("  false: ").append(l.text(), f.start(), f.end())
                            .append("  in: ").append(l.text().replace("\n", "\\n")).append("  ")
                            .append(f.explanation()).append('\n');
                }
            }
        }
        double precision = reported == 0 ? 0 : (double) reportedRight / reported;
        double recall = expected == 0 ? 0 : (double) expectedFound / expected;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("%s: %d %s, precision %.3f, recall %.3f, F1 %.3f%n%s",
                set, expected, what, precision, recall, f1, misses);
        assertTrue(expected >= minSpans, "the set should hold at least " + minSpans + " " + what);
        assertTrue(f1 >= minF1, () -> String.format("%s F1 %.3f below %.2f", what, f1, minF1));
    }
}
