package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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

class NationalIdDetectorsTest {
    private static final List<Detector> ALL = NationalIdDetectors.all();

    @Test
    void coversEveryIdentifierDocumentAndVehicleType() {
        Set<EntityType> covered = ALL.stream().flatMap(d -> d.types().stream()).collect(Collectors.toSet());
        Set<EntityType> expected = EnumSet.of(
                EntityType.UK_NATIONAL_HEALTH_SERVICE_NUMBER, EntityType.UK_NATIONAL_INSURANCE_NUMBER,
                EntityType.UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER, EntityType.CA_HEALTH_NUMBER,
                EntityType.IN_AADHAAR, EntityType.IN_PERMANENT_ACCOUNT_NUMBER, EntityType.IN_VOTER_NUMBER,
                EntityType.IN_NREGA, EntityType.PASSPORT_NUMBER, EntityType.DRIVER_ID, EntityType.LICENSE_PLATE,
                EntityType.VEHICLE_IDENTIFICATION_NUMBER, EntityType.ES_NIF, EntityType.ES_NIE,
                EntityType.IT_FISCAL_CODE, EntityType.PL_PESEL, EntityType.DE_TAX_ID, EntityType.AU_TFN,
                EntityType.SG_NRIC, EntityType.FI_PERSONAL_IDENTITY_CODE);
        assertEquals(expected, covered);
    }

    @Test
    void detectorNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (Detector d : ALL) {
            assertTrue(names.add(d.name()), "duplicate detector name " + d.name());
        }
    }

    @Test
    void explanationsNeverContainTheValue() {
        String text = "NHS 924 723 0101, NINO JG103721A, passport K82047193, VIN 1FTP9YP5956YYS7VH";
        List<Finding> found = DetectionEngine.builder().detectors(ALL).build().detect(text);
        assertEquals(4, found.size(), found::toString);
        for (Finding f : found) {
            String value = text.substring(f.start(), f.end());
            assertTrue(!f.explanation().toString().contains(value), f.explanation()::toString);
        }
    }

    @Test
    void ordinaryProseWithNumbersHasNoFindings() {
        String prose = "On 12 March 2024 the committee met at 10:30 in room 214. Of the 1,250 members, 318 voted "
                + "in favour and 97 against; the budget of 4,500,000 was approved. Call 020 7946 0000 or visit "
                + "building 7, floor 3. Version 2.14.1 fixed issue 48213. Order 55123 ships in 3-5 days.";
        List<Finding> found = DetectionEngine.builder().detectors(ALL).build().detect(prose);
        assertTrue(found.isEmpty(), () -> found.stream().map(f -> f.detector() + ":" + prose.substring(f.start(), f.end()))
                .collect(Collectors.joining(", ")));
    }

    /** Inputs built to make a badly written pattern backtrack; every detector must stay linear. */
    @ParameterizedTest
    @ValueSource(strings = {"1", "1234 ", "12-", "A1", "AB12 CDE ", "ABCDE12345", "1 2-3:4/5.6 ", "X4701566", "JG 10 "})
    void staysFastOnAdversarialInput(String unit) {
        String text = unit.repeat(64 * 1024 / unit.length());
        for (Detector d : ALL) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> d.detect(new TextView(text)), d.name());
        }
    }
}
