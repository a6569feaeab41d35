package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.PatternDetector;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialIdDetectorsTest {
    private static final PatternDetector SSN = UsCanadaIdDetectors.ssn();
    private static final PatternDetector ITIN = UsCanadaIdDetectors.itin();
    private static final PatternDetector SIN = UsCanadaIdDetectors.sin();
    private static final DetectionEngine ENGINE = DetectionEngine.builder()
            .detectors(FinancialDetectors.all()).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SSN 536-22-8145|536-22-8145",
        "id 536-22-8145 on file|536-22-8145",
        "536 22 8145|536 22 8145",
        "536.22.8145|536.22.8145",
        "social security number: 536228145|536228145",
        "my ssn is 665-01-0001|665-01-0001",
    })
    void findsSsns(String text, String value) {
        assertFinds(SSN, EntityType.SSN, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "536228145",                 // bare nine digits need a keyword
        "SSN 000-22-8145",           // area 000
        "SSN 666-22-8145",           // area 666
        "SSN 912-70-8145",           // area 9xx is an ITIN, never an SSN
        "SSN 536-00-8145",           // group 00
        "SSN 536-22-0000",           // serial 0000
        "SSN 078-05-1120",           // the Woolworth wallet card
        "SSN 219-09-9999",           // the SSA's own advertisement
        "SSN 111-11-1111",
        "SSN 536-22.8145",           // mixed separators
        "SSN 536 228 145",
        "SSN 1536-22-8145",
        "SSN 536-22-81451",
        "SSN 536-22-8145A",
    })
    void rejectsImpossibleSsns(String text) {
        assertNothing(SSN, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "912-70-8145|912-70-8145",
        "ITIN 900-50-1234|900-50-1234",
        "ITIN: 999 99 0001|999 99 0001",
        "taxpayer id 965881234|965881234",
        "911-92-1234|911-92-1234",
        "911-65-1234|911-65-1234",
    })
    void findsItins(String text, String value) {
        assertFinds(ITIN, EntityType.US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"911-89-1234", "911-93-1234", "911-66-1234", "911-49-1234", "811-70-1234", "965881234"})
    void rejectsItinsOutsideTheIssuedGroups(String text) {
        assertNothing(ITIN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"912-70-8145", "ITIN 536-22-8145", "SSN 912 70 8145"})
    void aNumberIsNeverBothSsnAndItin(String text) {
        List<Finding> all = ENGINE.detectAll(new dev.veil.detect.TextView(text));
        long kinds = all.stream().map(Finding::type)
                .filter(t -> t == EntityType.SSN || t == EntityType.US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER)
                .distinct().count();
        assertEquals(1, kinds);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "116 372 657|116 372 657",
        "SIN: 216-761-221|216-761-221",
        "NAS 420 297 293|420 297 293",
        "Social insurance number 597528827|597528827",
        "900 182 635|900 182 635",
    })
    void findsSins(String text, String value) {
        assertFinds(SIN, EntityType.CA_SOCIAL_INSURANCE_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "116 372 658",        // Luhn fails
        "830 434 833",        // Luhn passes, but 8 starts business numbers
        "095 486 205",        // and 0 is never assigned
        "116-372 657",        // mixed separators
        "116372657",          // bare nine digits need a keyword
        "1 116 372 657",      // part of a longer number
        "999 999 999",
    })
    void rejectsImpossibleSins(String text) {
        assertNothing(SIN, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SSN 536228145|SSN",
        "social security number 122828801|SSN",
        "routing 122828801|BANK_ROUTING",
    })
    void keywordDecidesBetweenNineDigitTypes(String text, EntityType type) {
        List<Finding> found = ENGINE.detect(text);
        assertEquals(1, found.size(), found::toString);
        assertEquals(type, found.get(0).type());
    }
}
