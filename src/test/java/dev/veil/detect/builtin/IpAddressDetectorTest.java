package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressDetectorTest {
    private static final Detector IP = new IpAddressDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "client 192.0.2.17 connected | 192.0.2.17",
        "IP: 198.51.100.255. | 198.51.100.255",
        "(203.0.113.9) | 203.0.113.9",
        "route 10.0.0.0/8 via | 10.0.0.0/8",
        "10.0.0.0/123 | 10.0.0.0",
        "192.0.2.1@eth0 | 192.0.2.1",
        "Server IP: 2001:db8::1 | 2001:db8::1",
        "Connect to [2001:db8::1]:8080 | 2001:db8::1",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334 | 2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "fe80::1%eth0/64 | fe80::1%eth0/64",
        "::ffff:192.0.2.1 | ::ffff:192.0.2.1",
        "0:0:0:0:0:FFFF:129.144.52.38 | 0:0:0:0:0:FFFF:129.144.52.38",
        "2001:db8::/32. | 2001:db8::/32",
        "my ip: ::1 | ::1",
        "the ip is 1:: | 1::",
        "text::ffff:192.0.2.1 | 192.0.2.1",
    })
    void findsAddressesThatParse(String text, String value) {
        assertFinds(IP, EntityType.IP_ADDRESS, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "256.1.1.1", "192.168.1", "192.168.01.1", "1.2.3.4.5", "Version 1.2.3.4", "v1.2.3.4",
        "IP192.168.1.1text", "2001::db8::1", "12345:db8::1", "684D:1111:222:3333:4444:5555:77",
        "gggg:hhhh::1234", "fe80::1text", "MAC aa:bb:cc:dd:ee:ff", "Time 12:34:56", "Ratio 1:2:3:4",
        "std::cout", ":::", "Port 80:443", "see a::b", "2001:db8::256.1.1.1", "::ffff:192.168.1",
    })
    void ignoresWhatIsNotAnAddress(String text) {
        assertNothing(IP, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "192.168.1.1 | true", "0.0.0.0 | true", "255.255.255.255 | true", "01.2.3.4 | false",
        "1.2.3 | false", "1.2.3.4. | false", "1..2.3 | false",
    })
    void parsesIpv4Strictly(String s, boolean valid) {
        assertEquals(valid, IpAddressParser.isIpv4(s, 0, s.length()), s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ":: | true", "::1 | true", "1:: | true", "1:2:3:4:5:6:7:8 | true", "1:2:3:4:5:6:7::| true",
        "1:2:3:4:5:6:7:8:9 | false", "1:2:3:4:5:6:7 | false", "1::2::3 | false", "::1.2.3.4 | true",
        "1:2:3:4:5:6:1.2.3.4 | true", "1:2:3:4:5:6:7:1.2.3.4 | false", "12345::1 | false", ":1 | false",
    })
    void parsesIpv6Strictly(String s, boolean valid) {
        assertEquals(valid, IpAddressParser.isIpv6(s, 0, s.length()), s);
    }
}
