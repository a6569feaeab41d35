package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdVehiclesTest {
    private static final Detector VIN = VehicleDetectors.vinWithCheckDigit();
    private static final Detector VIN_UNCHECKED = VehicleDetectors.vinWithoutCheckDigit();
    private static final Detector GB_PLATE = VehicleDetectors.ukCurrentPlate();
    private static final Detector PLATE = VehicleDetectors.plateNearContext();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1FTP9YP5956YYS7VH                 | 1FTP9YP5956YYS7VH",
        "VIN: 5YJ2KASG0MAZ6JYZ7            | 5YJ2KASG0MAZ6JYZ7",
        "chassis lsve14bu7rzrrpkve         | lsve14bu7rzrrpkve",
    })
    void findsVinsWithAValidCheckDigit(String text, String value) {
        assertFinds(VIN, EntityType.VEHICLE_IDENTIFICATION_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1FTP9YP5056YYS7VH", "11131517191011111", "1FTP9YP5956YYS7VHX"})
    void ignoresVinsWithWrongCheckDigitOrShape(String text) {
        assertNothing(VIN, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"the VIN is WVWL5NPY07Y9E2111 | WVWL5NPY07Y9E2111"})
    void findsEuropeanVinsWithoutCheckDigitNearVin(String text, String value) {
        assertFinds(VIN_UNCHECKED, EntityType.VEHICLE_IDENTIFICATION_NUMBER, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "WVWL5NPY07Y9E2111",               // no context
        "VIN: 1FTP9YP5056YYS7VH",          // North American code must carry a valid check digit
        "VIN: 11131517191X11111",
        "VIN: 11131517191011111",          // no letter at all
    })
    void ignoresUncheckedVinsWithoutContextOrFromNorthAmerica(String text) {
        assertNothing(VIN_UNCHECKED, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BD51 SMR                          | BD51 SMR",
        "car reg LN14-HGT                  | LN14-HGT",
        "yk70 fwd                          | yk70 fwd",
    })
    void findsCurrentGbPlates(String text, String value) {
        assertFinds(GB_PLATE, EntityType.LICENSE_PLATE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BD00 SMR", "BD35 SMR", "BD80 SMR", "IB51 SMR", "BQ51 SMR", "BD51 SIR", "Bd51 smr",
        "1EG4-BD51-SMR", "be16toh"})  // lower case needs a separator: unseparated it is usually a name in code
    void ignoresImpossibleGbPlates(String text) {
        assertNothing(GB_PLATE, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Registration K123 ABC             | K123 ABC",
        "License plate 34 ABC 1234         | 34 ABC 1234",
        "The plate number is ABJ-123XY now | ABJ-123XY",
        "Kennzeichen B-MW 1234             | B-MW 1234",
    })
    void findsOtherPlatesNearContext(String text, String value) {
        assertFinds(PLATE, EntityType.LICENSE_PLATE, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Room K123 ABC", "plate 2024", "plate ABCD", "car model X5", "(REGISTERS, REG1, REG16)",
        "targa image, BSL-1.0 licence"})
    void ignoresPlateShapesWithoutContextLettersAndDigits(String text) {
        assertNothing(PLATE, text);
    }
}
