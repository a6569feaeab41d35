package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdOtherTest {
    private static final Detector HEALTH = OtherNationalIdDetectors.canadaHealthNumber();
    private static final Detector TFN = OtherNationalIdDetectors.australianTfn();
    private static final Detector NRIC = OtherNationalIdDetectors.singaporeNric();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ontario health card 4582-719-306-KT | 4582-719-306-KT",
        "OHIP: 4582719306                  | 4582719306",
        "health number 4582 719 306 KT     | 4582 719 306 KT",
    })
    void findsCanadianHealthNumbersNearContext(String text, String value) {
        assertFinds(HEALTH, EntityType.CA_HEALTH_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call 4582-719-306", "OHIP: 4582-719 306"})
    void ignoresTenDigitsWithoutHealthContext(String text) {
        assertNothing(HEALTH, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "845 046 477                       | 845 046 477",
        "TFN: 530542094                    | 530542094",
        "tax file number 870-979-564       | 870-979-564",
    })
    void findsTaxFileNumbers(String text, String value) {
        assertFinds(TFN, EntityType.AU_TFN, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "845 046 470",                     // check fails
        "Routing 845046477",               // nine bare digits need TFN context
        "ABN 51 845 046 477",              // part of a longer grouped number
    })
    void ignoresInvalidOrUngroundedTfns(String text) {
        assertNothing(TFN, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "S2367220J                         | S2367220J",
        "NRIC T7592839J was processed      | T7592839J",
        "FIN g8857866q                     | g8857866q",
        "M7752483L                         | M7752483L",
    })
    void findsNricsAndFins(String text, String value) {
        assertFinds(NRIC, EntityType.SG_NRIC, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S2367220A", "A2367220J", "S236722J", "XS2367220J"})
    void ignoresNricsWithWrongLetters(String text) {
        assertNothing(NRIC, text);
    }
}
