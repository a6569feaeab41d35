package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link DetectionEngine#detectEach}: short texts detected together, findings split back. */
class DetectEachTest {
    private static final DetectionEngine ENGINE = DetectionEngine.defaults();

    /** Rows as a CSV's units read ("name: … | email: … | phone: …"), and free-text cells. */
    private static List<String> rows(int n) {
        String[] first = {"Mary", "Kwame", "Aoife", "Mateo", "Priya", "Yuki"};
        String[] last = {"Garcia", "Okafor", "Byrne", "Rossi", "Raman", "Tanaka"};
        String[] phone = {"+1 212-555-0143", "020 7946 0958", "(617) 555-0199", "030 4309088", "02 9252 2629"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String f = first[i % first.length];
            String l = last[(i / 3) % last.length];
            out.add(switch (i % 5) {
                case 0 -> "name: " + f + " " + l + " | email: " + f.toLowerCase() + "." + l.toLowerCase()
                        + "@example.com | phone: " + phone[i % phone.length];
                case 1 -> "Paid by card 4111 1111 1111 1111 on 2024-03-0" + (1 + i % 9) + ", ref " + (100000 + i);
                case 2 -> "";
                case 3 -> "IBAN DE89 3704 0044 0532 0130 00, SSN 536-22-8714";
                default -> "Total 1,204.50 for item " + i + " in stock";
            });
        }
        return out;
    }

    private static List<String> spans(List<Finding> fs) {
        List<String> out = new ArrayList<>();
        for (Finding f : fs) {
            out.add(f.type() + " " + f.start() + "-" + f.end());
        }
        return out;
    }

    @Test
    void findsInEachRowWhatTheRowAloneGives() {
        List<String> texts = rows(3_000);  // more than one call's worth of characters
        List<List<Finding>> each = ENGINE.detectEach(texts);
        assertEquals(texts.size(), each.size());
        int found = 0;
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(spans(ENGINE.detect(texts.get(i))), spans(each.get(i)), "row " + i + ": " + texts.get(i));
            found += each.get(i).size();
        }
        assertTrue(found > 3_000, found + " findings");
    }

    @Test
    void contextInOneTextDoesNotReachTheNext() {
        List<String> texts = List.of("Patient aged 42 arrived.", "Room 42 is free.", "Call me on 555 0134",
                "Order 555 0134 shipped");
        List<List<Finding>> each = ENGINE.detectEach(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(spans(ENGINE.detect(texts.get(i))), spans(each.get(i)), texts.get(i));
        }
        assertEquals(List.of("AGE 13-15"), spans(each.get(0)));
        assertEquals(List.of(), spans(each.get(1)));
    }

    @Test
    void joinsShortTextsIntoFewCallsAndGivesALongTextItsOwn() {
        List<String> texts = new ArrayList<>(rows(3_000));
        texts.add(1_000, "x".repeat(DetectionEngine.BATCH_CHARS + 10) + " mary.garcia@example.com");
        int chars = texts.stream().mapToInt(t -> t.length() + DetectionEngine.BATCH_SEPARATOR.length()).sum();
        AtomicInteger calls = new AtomicInteger();
        List<List<Finding>> each = ENGINE.detectEach(texts, calls::incrementAndGet);
        assertEquals(texts.size(), each.size());
        assertTrue(calls.get() >= 3 && calls.get() <= chars / (DetectionEngine.BATCH_CHARS / 2) + 3, calls.get() + " calls");
        assertEquals(List.of("EMAIL " + (DetectionEngine.BATCH_CHARS + 11) + "-" + (DetectionEngine.BATCH_CHARS + 34)),
                spans(each.get(1_000)));
    }

    @Test
    void aFindingOverTheEdgeOfATextIsCutOntoEachTextItCovers() {
        // a detector that reports the whole text it is given: over the blank lines between the texts
        Detector everything = new Detector() {
            @Override
            public String name() {
                return "everything";
            }

            @Override
            public Set<EntityType> types() {
                return Set.of(EntityType.NAME);
            }

            @Override
            public List<Finding> detect(TextView view) {
                return List.of(new Finding(EntityType.NAME, 0, view.text().length(), 0.9, "everything",
                        Explanation.of("everything", 0.9)));
            }
        };
        DetectionEngine engine = DetectionEngine.builder().detector(everything).build();
        List<String> texts = List.of("Mary", "", "Smith", "of Cork");
        List<List<Finding>> each = engine.detectEach(texts);
        assertEquals(List.of("NAME 0-4"), spans(each.get(0)));
        assertEquals(List.of(), spans(each.get(1)));
        assertEquals(List.of("NAME 0-5"), spans(each.get(2)));
        assertEquals(List.of("NAME 0-7"), spans(each.get(3)));
    }

    @Test
    void aFailedCheckBeforeACallStopsTheDetection() {
        // a deadline's check: what it throws reaches the caller, and no findings come back
        List<String> texts = rows(3_000);
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ENGINE.detectEach(texts, () -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("deadline passed");
            }
        }));
        assertEquals("deadline passed", e.getMessage());
        assertEquals(2, calls.get());
    }

    @Test
    void noTextsNoCalls() {
        AtomicInteger calls = new AtomicInteger();
        assertEquals(List.of(), ENGINE.detectEach(List.of(), calls::incrementAndGet));
        assertEquals(0, calls.get());
        assertEquals(List.of(List.of()), ENGINE.detectEach(List.of("")));
    }
}
