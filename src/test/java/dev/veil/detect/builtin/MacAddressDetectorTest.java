package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressDetectorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mac-address | My MAC address is 00:1A:2B:3C:4D:5E | 00:1A:2B:3C:4D:5E",
        "mac-address | hw 0d-B3-4a-6A-d9-cF. | 0d-B3-4a-6A-d9-cF",
        "mac-address | aa:bb:cc:dd:ee:0f | aa:bb:cc:dd:ee:0f",
        "mac-address-cisco | Cisco MAC: 0012.3456.789A | 0012.3456.789A",
        "mac-address-cisco | Physical address is aabb.ccdd.eeff | aabb.ccdd.eeff",
    })
    void findsTheThreeNotations(String detector, String text, String value) {
        assertFinds(ContactTestSupport.detector(detector), EntityType.MAC_ADDRESS, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Not a MAC: 00:1A:2B:3C:4D", "ZZ:ZZ:ZZ:ZZ:ZZ:ZZ", "Broadcast: FF:FF:FF:FF:FF:FF",
        "Invalid: 00:00:00:00:00:00", "mixed 10:2F:33-AC-29-C3", "eui64 00:1A:2B:3C:4D:5E:6F:70",
        "time 12:30:45", "0000.0000.0000",
    })
    void ignoresIncompleteMixedAndNonDeviceAddresses(String text) {
        assertNothing(ContactTestSupport.detector("mac-address"), text);
        assertNothing(ContactTestSupport.detector("mac-address-cisco"), text);
    }
}
