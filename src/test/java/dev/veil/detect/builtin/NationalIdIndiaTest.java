package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdIndiaTest {
    private static final Detector AADHAAR = IndiaIdDetectors.aadhaar();
    private static final Detector PAN = IndiaIdDetectors.permanentAccountNumber();
    private static final Detector PAN_CONTEXT = IndiaIdDetectors.panNearContext();
    private static final Detector VOTER = IndiaIdDetectors.voterNumber();
    private static final Detector NREGA = IndiaIdDetectors.nregaJobCard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8537 5231 9874                    | 8537 5231 9874",
        "7700-2042-7596                    | 7700-2042-7596",
        "Aadhaar no. 564136508438 verified | 564136508438",
        "UID 4932:5794:2660                | 4932:5794:2660",
    })
    void findsVerhoeffValidAadhaarNumbers(String text, String value) {
        assertFinds(AADHAAR, EntityType.IN_AADHAAR, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "8537 5231 9870",                  // Verhoeff fails
        "1537 5231 9874",                  // never starts with 0 or 1
        "8537 5231-9874",                  // mixed separators
        "GB29 8537 5231 9874 00",          // inside an IBAN-like group sequence
        "fe80:8537:5231:9874:1",           // inside an IPv6-like address
    })
    void ignoresInvalidOrEmbeddedAadhaarCandidates(String text) {
        assertNothing(AADHAAR, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BXKPR4821Q                        | BXKPR4821Q",
        "Company PAN AAACT9034F filed      | AAACT9034F",
    })
    void findsPansWithAValidHolderType(String text, String value) {
        assertFinds(PAN, EntityType.IN_PERMANENT_ACCOUNT_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BXKZR4821Q", "BXKP4821Q", "bxkpr4821q", "ABXKPR4821Q"})
    void ignoresPanShapesWithoutAValidHolderType(String text) {
        assertNothing(PAN, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"my PAN is BXKZR4821Q | BXKZR4821Q"})
    void reportsOtherHolderLettersOnlyNearPan(String text, String value) {
        assertFinds(PAN_CONTEXT, EntityType.IN_PERMANENT_ACCOUNT_NUMBER, text, value);
        assertNothing(PAN_CONTEXT, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TQW4829105                        | TQW4829105",
        "voter id: tqw4829105              | tqw4829105",
    })
    void findsVoterIds(String text, String value) {
        assertFinds(VOTER, EntityType.IN_VOTER_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TQ4829105", "TQWE4829105", "TQW48291055", "files/bug2886870.tex"})
    void ignoresOtherLetterDigitRuns(String text) {
        assertNothing(VOTER, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MGNREGA job card UP-12-004-017-003/45 | UP-12-004-017-003/45",
        "Job card no. RJ-05-112-009-021/1024 | RJ-05-112-009-021/1024",
    })
    void findsJobCardsNearContext(String text, String value) {
        assertFinds(NREGA, EntityType.IN_NREGA, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Part UP-12-004-017-003/45", "job card UP-12-04-017-003/45"})
    void ignoresJobCardShapesWithoutContextOrStructure(String text) {
        assertNothing(NREGA, text);
    }
}
