package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {
    private static final Detector EMAIL = new EmailDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "write to jane.doe@example.com today | jane.doe@example.com",
        "mailto:j.smith+news@mail.example.co.uk | j.smith+news@mail.example.co.uk",
        "<o'brien@example.org> | o'brien@example.org",
        "contact: first_last-1@sub.example.museum. | first_last-1@sub.example.museum",
        "user@xn--80ak6aa92e.com | user@xn--80ak6aa92e.com",
        "a@xn--d1acufc.xn--p1ai | a@xn--d1acufc.xn--p1ai",
        "(ops@example.io) | ops@example.io",
    })
    void findsAddressesWithKnownTopLevelDomains(String text, String value) {
        assertFinds(EMAIL, EntityType.EMAIL, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my email is info@example.",
        "none@none.codfm",
        "none@none.com.dmf is not valid",
        "none@none.cob",
        "none@lb.co_m",
        "hello-world here",
        "@example.com alone",
        "user@localhost",
        "version 1.2@3.4",
        "foo@bar.txt",
    })
    void ignoresAddressesWithoutAValidDomain(String text) {
        assertNothing(EMAIL, text);
    }
}
