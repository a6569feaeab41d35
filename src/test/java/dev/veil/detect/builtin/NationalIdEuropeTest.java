package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectAssertions;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdEuropeTest {
    private static final Detector NIF = EuropeanIdDetectors.spanishNif();
    private static final Detector NIE = EuropeanIdDetectors.spanishNie();
    private static final Detector CF = EuropeanIdDetectors.italianFiscalCode();
    private static final Detector PESEL = EuropeanIdDetectors.pesel();
    private static final Detector DE_TAX = EuropeanIdDetectors.germanTaxId();
    private static final Detector HETU = EuropeanIdDetectors.finnishIdentityCode();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DNI 65581127P                     | 65581127P",
        "65581127-P                        | 65581127-P",
        "nif: 62494900j                    | 62494900j",
        "0000000T                          | 0000000T",
    })
    void findsSpanishNifs(String text, String value) {
        assertFinds(NIF, EntityType.ES_NIF, text, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mi NIE es X4701566K               | X4701566K",
        "x5768631-r                        | x5768631-r",
    })
    void findsSpanishNies(String text, String value) {
        assertFinds(NIE, EntityType.ES_NIE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"65581127A", "X4701566A", "W4701566K", "655811270P",
        "commit 2000000n",                 // seven digits need an upper-case letter (valid as 2000000N)
        "Merge: 43016715e"})               // lower case with only a-f letters: an abbreviated commit hash
    void ignoresSpanishIdsWithWrongControlLettersOrShape(String text) {
        assertNothing(NIF, text);
        assertNothing(NIE, text);
    }

    @Test
    void findsSevenDigitNifsWithAnUpperCaseLetter() {
        assertFinds(NIF, EntityType.ES_NIF, "commit 2000000N", "2000000N");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Codice fiscale: IBUCLB46T51E619O  | IBUCLB46T51E619O",
        "KLRNTX05L57F105R and CUUIBI11E41Q705N | CUUIBI11E41Q705N",
    })
    void findsItalianFiscalCodes(String text, String value) {
        assertFinds(CF, EntityType.IT_FISCAL_CODE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IBUCLB - 46T51E619O", "I5UCLB46T51E619O",
        "IBUCLB46F51E619O",                // F is not a month letter
        "IBUCLB46T99E619A",                // day 99 (59 for women) does not exist
        "ibuclb46t51e619a",                // wrong check letter, in lower case
        "bbfcef32e31d327d", "BBFCEF32E31D327D"})  // hexadecimal ids of the layout (from a log)
    void ignoresFiscalCodesWithTheWrongShape(String text) {
        assertNothing(CF, text);
    }

    @Test
    void keepsAFiscalCodeWithAWrongCheckLetterAtALowerScore() {
        var valid = DetectAssertions.reported(CF, "IBUCLB46T51E619O").get(0);
        var mistyped = DetectAssertions.reported(CF, "IBUCLB46T51E619A").get(0);
        assertEquals(EntityType.IT_FISCAL_CODE, mistyped.type());
        assertTrue(mistyped.score() >= 0.5 && mistyped.score() < valid.score(), mistyped.score() + " vs " + valid.score());
        assertEquals("it-fiscal-code/codice-fiscale base=0.3 cf-check-letter failed, layout kept: 0.55",
                mistyped.explanation().toString());
        double near = DetectAssertions.reported(CF, "Codice fiscale: IBUCLB46T51E619A").get(0).score();
        assertTrue(near > mistyped.score(), near + " vs " + mistyped.score());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "79251056267                       | 79251056267",
        "Numer PESEL: 00062724126.         | 00062724126",
    })
    void findsPesels(String text, String value) {
        assertFinds(PESEL, EntityType.PL_PESEL, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"79251056260", "00023012345", "7925105626"})
    void ignoresPeselsWithWrongCheckOrDate(String text) {
        assertNothing(PESEL, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "87671297541                       | 87671297541",
        "Steuer-ID: 22 976 203 143         | 22 976 203 143",
        "IdNr. 19453042843 liegt vor       | 19453042843",
    })
    void findsGermanTaxIds(String text, String value) {
        assertFinds(DE_TAX, EntityType.DE_TAX_ID, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"87671297540", "07671297541", "11111111111"})
    void ignoresGermanTaxIdsThatFailTheRules(String text) {
        assertNothing(DE_TAX, text);
    }

    @Test
    void contextRaisesAGermanTaxIdToAFirmScore() {
        double bare = DetectAssertions.reported(DE_TAX, "87671297541").get(0).score();
        double near = DetectAssertions.reported(DE_TAX, "Steueridentifikationsnummer 87671297541").get(0).score();
        assertTrue(near > bare + 0.3, near + " vs " + bare);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "010121-5941                       | 010121-5941",
        "henkilötunnus 011152A453J.        | 011152A453J",
        "code is030594-4015                | 030594-4015",
        "190582a741b                       | 190582a741b",
    })
    void findsFinnishIdentityCodes(String text, String value) {
        assertFinds(HETU, EntityType.FI_PERSONAL_IDENTITY_CODE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"010121-5940", "300221-5941", "010121/5941", "010121-59411"})
    void ignoresFinnishCodesWithWrongCheckDateOrSign(String text) {
        assertNothing(HETU, text);
    }
}
