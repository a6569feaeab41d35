package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetectorsTest {
    private static final String CONTACT_SHEET = """
            Patient: a 42-year-old male, seen on March 5, 2024 at 10:30 am.
            Email jane.doe@example.com or call (415) 555-0132; fax +44 20 7946 0958.
            Lives at 742 Evergreen Terrace, Springfield, OR 97403. UK office: SW1A 1AA.
            Portal https://portal.example.org/login username: jdoe42 password: Tr0ub4dor#3
            Last login from 192.0.2.17 and 2001:db8::17, device 00:1A:2B:3C:4D:5E.
            """;

    @Test
    void detectorNamesAreUnique() {
        List<Detector> all = ContactDetectors.all();
        Set<String> names = all.stream().map(Detector::name).collect(Collectors.toSet());
        assertEquals(all.size(), names.size());
    }

    @Test
    void findsEveryTypeOfTheFamilyInAContactSheet() {
        DetectionEngine engine = DetectionEngine.builder().detectors(ContactDetectors.all()).build();
        Set<EntityType> found = new HashSet<>();
        for (Finding f : engine.detect(CONTACT_SHEET)) {
            found.add(f.type());
        }
        assertEquals(EnumSet.of(EntityType.AGE, EntityType.DATE_TIME, EntityType.EMAIL, EntityType.PHONE,
                EntityType.ADDRESS, EntityType.URL, EntityType.USERNAME, EntityType.PASSWORD,
                EntityType.IP_ADDRESS, EntityType.MAC_ADDRESS), found);
    }

    @Test
    void explanationsNeverHoldTheValue() {
        for (Detector d : ContactDetectors.all()) {
            for (Finding f : d.detect(new TextView(CONTACT_SHEET))) {
                String value = CONTACT_SHEET.substring(f.start(), f.end());
                assertFalse(f.explanation().toString().contains(value), d.name() + ": " + f.explanation());
            }
        }
    }

    @Test
    void ordinaryProseHasNothingToReport() {
        String prose = "The committee met on the second floor. Everyone agreed that the old plan, "
                + "while ambitious, was not ready; we will revisit it after the review. Version 2 of "
                + "the draft is attached, see section 4.2 and table 7 for the 12 open questions.";
        DetectionEngine engine = DetectionEngine.builder().detectors(ContactDetectors.all()).build();
        List<Finding> found = engine.detect(prose);
        assertTrue(found.isEmpty(), () -> found.toString());
    }

    /** Inputs built to make careless patterns backtrack or make libphonenumber work hard. */
    @ParameterizedTest
    @ValueSource(strings = {
        "1 ", "1.", "1-", "::", "a@", "aa:", "www.", "1 Main ", "password: ", "1 years ",
        "May 1 ", "A1 1AA ", "415-555-0132 ", "(1) ", "a.b", "1 1 1 1 1 1 1 1 1 1 1 1 1 ",
    })
    void everyDetectorStaysLinearOnAdversarialInput(String unit) {
        String text = unit.repeat(64 * 1024 / unit.length());
        for (Detector d : ContactDetectors.all()) {
            long start = System.nanoTime();
            d.detect(new TextView(text));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // generous: catastrophic backtracking takes minutes, linear scans well under a second
            assertTrue(took.toSeconds() < 10, d.name() + " took " + took + " on '" + unit + "'");
        }
    }

    @Test
    void phoneWorkIsBoundedOnDigitSoup() {
        StringBuilder soup = new StringBuilder();
        String chars = "0123456789 -.()+/";
        long seed = 42;
        while (soup.length() < 64 * 1024) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            soup.append(chars.charAt((int) ((seed >>> 33) % chars.length())));
        }
        Detector phone = new PhoneDetector(PhoneDetector.DEFAULT_REGIONS);
        long start = System.nanoTime();
        phone.detect(new TextView(soup.toString()));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
    }
}
