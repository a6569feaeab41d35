package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labelled-value detectors find the same when words are passed over on their first two
 * letters as when every word whose first letter starts a stem is compared with the stems: on
 * texts of labels, near misses, letters that stand for ASCII ones ignoring case, and values.
 */
class KeywordValuePairFilterTest {
    private static final String[] TOKENS = {
        "user", "User", "USERNAME", "user_name", "user-id", "userid", "login", "Login ID", "login_name", "uid", "UID",
        "account name", "account_name", "accountname", "screen name", "screen_name", "pass", "password", "PassWord",
        "pass_word", "passwd", "pwd", "pass code", "passphrase", "secret", "secret_key", "client secret",
        "client_secret", "clientsecret", "is", "=", ":", "\"", "'", "jdoe", "s3cr3t!", "Tr0ub4dor&3", "hunter2",
        "the", "usual", "used", "loss", "account", "screen", "client", "a", "u\u017Fer", "\u017Fecret", "pa\u017F\u017F",
        "lo\u0261in", "\u212Aey", "p\u212Awd", "u\u0130d", "\u0130D", "US\u0130NG", "ACCOUNT", "uSeR", "pwd123", "@", "-", "_", "is not", "was",
    };
    private static final String[] SEPARATORS = {" ", " ", "", "=", ": ", " = ", "\n", "\t", "&", "?", ",", " is "};

    static Stream<KeywordValueDetector> detectors() {
        return CredentialDetectors.all().stream().map(d -> (KeywordValueDetector) d);
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void findsWhatCheckingEveryFirstLetterFinds(KeywordValueDetector detector) {
        Detector every = detector.withoutPairFilter();
        Random random = new Random(detector.name().hashCode());
        int found = 0;
        for (int t = 0; t < 2000; t++) {
            String text = RandomTexts.tokens(random, TOKENS, SEPARATORS, 2 + random.nextInt(30));
            List<Finding> expected = every.detect(new TextView(text));
            assertEquals(expected, detector.detect(new TextView(text)), () -> detector.name() + " on: " + text);
            found += expected.size();
        }
        assertTrue(found > 0, detector.name() + " found nothing to compare");
    }
}
