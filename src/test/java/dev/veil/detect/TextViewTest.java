package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextViewTest {

    /** Regions as "start-end" pairs joined by spaces; "" for none. */
    private static String regions(String text, Trigger trigger) {
        int[] r = new TextView(text).regions(trigger);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length; i += 2) {
            sb.append(sb.length() == 0 ? "" : " ").append(r[i]).append('-').append(r[i + 1]);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        // text                                  | margin | layouts       | regions
        "SSN 123-45-6789, at 2024-03-15T12:34:05 | 0      | 9;3-2-4       | 4-15",
        "123456789 and 1234567890                | 0      | 9;3-2-4       | 0-9",
        "+1 212-555-1234 or 123 45 6789          | 0      | 9;3-2-4       | 19-30",
        "123-45-6789/1                           | 0      | 9;3-2-4       | 0-11",
        "4111 1111 1111 1111 123                 | 0      | 4-4-4-1..4;4-4-4-4-3 | 0-23",
        "card 4111-1111-1111-1111                | 2      | 13..19;4-4-4-1..4    | 3-24",
        "12-34-5678                              | 0      | 3-2-4         | ''",
    })
    void layoutTriggersSelectTheDigitRunsOfTheirLayouts(String text, int margin, String layouts, String expected) {
        assertEquals(expected, regions(text, Trigger.layouts(margin, layouts.split(";"))));
    }

    /**
     * The regions of every layout trigger of the built-in detectors, and of long runs past the
     * by-length index's last group, are those of a plain walk over every run and every layout.
     */
    @Test
    void layoutRegionsAreThoseOfAWalkOverEveryRun() {
        String[][] specs = {{"9", "3-2-4"}, {"9", "4-4-1"}, {"9", "3-3-3"}, {"10", "3-3-4"},
            {"13..19", "4-4-4-1..4", "4-6-4..5", "4-4-4-4-3"}, {"40..60", "2-33..40"}};
        String[] pieces = {"1", "12", "123", "1234", "12345", "123456789", "4111111111111111",
            "1234567890123456789012345678901234567890123", " ", "-", "-", ".", "/", "a", "  ", "\n"};
        java.util.Random random = new java.util.Random(29);
        for (int t = 0; t < 2_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1 + random.nextInt(40); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            for (String[] spec : specs) {
                int margin = random.nextInt(4);
                Trigger trigger = Trigger.layouts(margin, spec);
                assertArrayEquals(walked(text, margin, spec), new TextView(text).regions(trigger),
                        () -> Arrays.toString(spec) + " in '" + text + "'");
            }
        }
    }

    private static int[] walked(String text, int margin, String[] spec) {
        List<int[]> runs = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9]+").matcher(text);
        while (m.find()) {
            runs.add(new int[] {m.start(), m.end()});
        }
        int[] flat = new int[runs.size() * 2];
        for (int k = 0; k < runs.size(); k++) {
            flat[2 * k] = runs.get(k)[0];
            flat[2 * k + 1] = runs.get(k)[1];
        }
        List<Integer> out = new java.util.ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            int end = -1;
            for (String s : spec) {
                DigitLayout layout = DigitLayout.of(s);
                if (layout.fitsAt(flat, k)) {
                    end = Math.max(end, flat[2 * (k + layout.groups() - 1) + 1]);
                }
            }
            if (end >= 0) {
                int lo = Math.max(0, flat[2 * k] - margin);
                int hi = Math.min(text.length(), end + margin);
                if (!out.isEmpty() && lo <= out.get(out.size() - 1)) {
                    out.set(out.size() - 1, Math.max(out.get(out.size() - 1), hi));
                } else {
                    out.add(lo);
                    out.add(hi);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3-2-4      | 3-2-4",
        "13..19     | 13..19",
        "4-4-4-1..4 | 4-4-4-1..4",
    })
    void digitLayoutsReadTheirOwnSpelling(String spec, String expected) {
        assertEquals(expected, DigitLayout.of(spec).toString());
        assertEquals(DigitLayout.of(spec), DigitLayout.of(expected));
    }

    @Test
    void digitLayoutsRejectEmptyAndInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> DigitLayout.of("4..2"));
        assertThrows(IllegalArgumentException.class, () -> DigitLayout.of("0"));
    }

    @Test
    void wordsAndDigitRunsAreListedInTextOrder() {
        TextView v = new TextView("Zoë paid 12 at 3pm");
        assertEquals(4, v.wordCount());
        assertEquals(List.of("Zoë", "paid", "at", "pm"), List.of(word(v, 0), word(v, 1), word(v, 2), word(v, 3)));
        assertEquals(2, v.digitRunCount());
        assertEquals("12", v.text().substring(v.digitRunStart(0), v.digitRunEnd(0)));
        assertEquals("3", v.text().substring(v.digitRunStart(1), v.digitRunEnd(1)));
    }

    private static String word(TextView v, int k) {
        return v.text().substring(v.wordStart(k), v.wordEnd(k));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        // text                      | min | gap | margin | regions
        "call 123-45-6789 or 12 34   | 9   | 1   | 0      | 5-16",
        "call 123-45-6789 or 12 34   | 9   | 0   | 0      | ''",
        "12 34                       | 5   | 1   | 0      | ''",
        "1234  5678                  | 8   | 1   | 0      | ''",
        "1234  5678                  | 8   | 2   | 0      | 0-10",
        "AB123456                    | 6   | 0   | 3      | 0-8",
        "x 1234567 y                 | 7   | 0   | 1      | 1-10",
        "1234567 a 7654321           | 7   | 0   | 2      | 0-17",
        "1234567 abcdef 7654321      | 7   | 0   | 2      | 0-9 13-22",
    })
    void digitClusterTriggersSelectOnlyLongEnoughClusters(String text, int min, int gap, int margin,
                                                          String expected) {
        assertEquals(expected, regions(text, Trigger.digits(min, gap, margin)));
    }

    @Test
    void characterTriggersStillCoverEveryDigitWithItsMargin() {
        assertArrayEquals(new int[] {8, 73}, new TextView("a".repeat(40) + "7" + "b".repeat(40)).regions(Trigger.DIGITS));
        assertArrayEquals(new int[] {0, 9}, new TextView("no digits").regions(Trigger.ANY));
        assertEquals(0, new TextView("no digits").regions(Trigger.DIGITS).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"passport", "number", "führerschein", "ssn"})
    void wordsOfTheTextAreFoundIgnoringCase(String word) {
        TextView view = new TextView("Passport NUMBER: X123; Führerschein (SSN)");
        assertTrue(view.mayContainWord(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "passports", "port", "licence", "ss", "fuhrerschein"})
    void partsOfWordsAndAbsentWordsAreNotFound(String word) {
        TextView view = new TextView("Passport NUMBER: X123; Führerschein (SSN)");
        assertFalse(view.mayContainWord(word));
    }

    @Test
    void aLongTextFindsItsLastWord() {
        char[] filler = new char[200_000];
        Arrays.fill(filler, ' ');
        TextView view = new TextView("start" + new String(filler) + "Routing");
        assertTrue(view.mayContainWord("routing"));
        assertTrue(view.mayContainWord("start"));
        assertFalse(view.mayContainWord("account"));
    }

    @Test
    void contextWordsAppearOnlyWhenOneWordOfAPhraseIsInTheText() {
        ContextWords words = ContextWords.of("social security", "ssn");
        assertTrue(words.mayAppearIn(new TextView("her Security badge")));
        assertTrue(words.mayAppearIn(new TextView("SSN: 123")));
        assertFalse(words.mayAppearIn(new TextView("her social badge, 123-45-6789")));
    }

    @Test
    void contextRequiredDetectorsSkipTextsWithoutTheirWords() {
        PatternDetector d = PatternDetector.builder("t", EntityType.PIN)
                .pattern("4", "\\b\\d{4}\\b", 0.3)
                .context("pin code")
                .contextRequired()
                .trigger(Trigger.digits(4, 0, 0))
                .build();
        assertEquals(1, d.detect(new TextView("your PIN code is 4821")).size());
        assertEquals(0, d.detect(new TextView("your code is 4821")).size());
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0", "3, -1, 0", "3, 0, -1"})
    void digitTriggersRejectImpossibleParameters(int min, int gap, int margin) {
        assertThrows(IllegalArgumentException.class, () -> Trigger.digits(min, gap, margin));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "VIN 1HGCM82633A004352 and 1HGCM82633A00435",
        "x1HGCM82633A004352 1HGCM82633A004352_ 1HGCM82633A004352\u00e9 (1hgcm82633a004352)",
        "ABCDEFGHJKLMNPRST 12345678901234567-12345678901234567",
    })
    void wordLengthDeclarationFindsWhatAScanFinds(String text) {
        String shape = "\\b[A-HJ-NPR-Za-hj-npr-z0-9]{17}\\b";
        PatternDetector scan = PatternDetector.builder("scan", EntityType.VEHICLE_IDENTIFICATION_NUMBER)
                .pattern("17", shape, 0.6).trigger(Trigger.DIGITS).build();
        PatternDetector words = PatternDetector.builder("scan", EntityType.VEHICLE_IDENTIFICATION_NUMBER)
                .pattern("17", shape, 0.6).wordLength(17).trigger(Trigger.DIGITS).build();
        List<Finding> expected = scan.detect(new TextView(text));
        assertFalse(expected.isEmpty());
        assertEquals(expected, words.detect(new TextView(text)));
    }

    /**
     * The triggers of one view gather their regions in one array, reused from trigger to trigger
     * (the view's scratch): each must still get the regions it gets on a view of its own, whatever
     * was asked before it.
     */
    @Test
    void triggersAskedOfOneViewGetTheRegionsOfAFreshView() {
        java.util.Random random = new java.util.Random(29);
        Trigger[] triggers = {Trigger.DIGITS, Trigger.nearDigits("near-digits-3", 3), Trigger.digits(4, 1, 5),
            Trigger.digits(2, 0, 0), Trigger.digits(9, 3, 40), Trigger.near("near-at", 7, "@"),
            Trigger.layouts(4, "3-2-4"), Trigger.layouts(0, "4-4-4-4", "2"),
            Trigger.anyOf(Trigger.layouts(3, "9"), Trigger.layouts(3, "3-3-3")), Trigger.near("near-colon", 2, ":")};
        String alphabet = "0123456789 ab-:@\n";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            TextView shared = new TextView(text);
            for (int q = 0; q < 12; q++) {
                Trigger trigger = triggers[random.nextInt(triggers.length)];
                assertArrayEquals(new TextView(text).regions(trigger), shared.regions(trigger), text + " " + trigger);
            }
        }
    }

    /**
     * A trigger that joins layouts has the union of their regions, those that touch or overlap
     * merged into one, in text order: the parts' regions merged by start, as a sort of all of them gives.
     */
    @Test
    void joinedLayoutsHaveTheUnionOfTheirRegions() {
        java.util.Random random = new java.util.Random(31);
        Trigger[] parts = {Trigger.layouts(3, "9"), Trigger.layouts(3, "3-3-3"), Trigger.layouts(3, "3-2-4")};
        Trigger joined = Trigger.anyOf(parts);
        String alphabet = "0123456789 -\n";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            java.util.List<int[]> all = new java.util.ArrayList<>();
            for (Trigger part : parts) {
                int[] r = new TextView(text).regions(part);
                for (int i = 0; i < r.length; i += 2) {
                    all.add(new int[] {r[i], r[i + 1]});
                }
            }
            all.sort(java.util.Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
            java.util.List<Integer> expected = new java.util.ArrayList<>();
            for (int[] r : all) {
                int last = expected.size() - 1;
                if (last > 0 && r[0] <= expected.get(last)) {
                    expected.set(last, Math.max(expected.get(last), r[1]));
                } else {
                    expected.add(r[0]);
                    expected.add(r[1]);
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), new TextView(text).regions(joined), text);
        }
    }
}
