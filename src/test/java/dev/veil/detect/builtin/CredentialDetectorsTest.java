package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialDetectorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "username | username: jdoe42 | jdoe42",
        "username | User ID = j.doe@example.com | j.doe@example.com",
        "username | Login name is jane_doe. | jane_doe",
        "username | https://example.com/?user=alice&x=1 | alice",
        "username | {\"userName\": \"bob-1\"} | bob-1",
        "password | password: Tr0ub4dor#3 | Tr0ub4dor#3",
        "password | db.pwd=hunter2; | hunter2",
        "password | {\"password\":\"s3cr3t!\"} | s3cr3t!",
        "password | Passcode: 8812. | 8812",
        "password | the password is Sunshine2024 | Sunshine2024",
    })
    void findsTheValueAfterItsLabel(String detector, String text, String value) {
        assertFinds(ContactTestSupport.detector(detector), EntityType.valueOf(detector.toUpperCase()), text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "User: Hi there, can you help?",
        "the password is incorrect",
        "please reset your password.",
        "enter your username below",
        "the user is logged in",
        "jdoe42 Tr0ub4dor&3",
    })
    void needsALabelAndAnAssignment(String text) {
        assertNothing(ContactTestSupport.detector("username"), text);
        assertNothing(ContactTestSupport.detector("password"), text);
    }
}
