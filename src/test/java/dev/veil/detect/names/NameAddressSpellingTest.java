package dev.veil.detect.names;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Finding;
import dev.veil.detect.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An e-mail address near a weak pair of capitalised words that spells them makes the pair a name. */
class NameAddressSpellingTest {
    private static final NameDetector NAMES = NameDetector.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Grace Smith, grace.smith@example.com, +1 212-555-0100'  | Grace Smith
            'Faith Lee (faith.lee@example.org) called.'               | Faith Lee
            'Grace Smith <grace_smith@example.com>'                   | Grace Smith
            'Grace Smith <grace-smith@example.com>'                   | Grace Smith
            'Grace Smith <GraceSmith@example.com>'                    | Grace Smith
            'Grace Smith <g.smith@example.com>'                       | Grace Smith
            'Grace Smith <gsmith@example.com>'                        | Grace Smith
            'Grace Smith <grace.s@example.com>'                       | Grace Smith
            'Grace Smith <smith.grace@example.com>'                   | Grace Smith
            'Grace Smith <grace.smith+news@example.com>'              | Grace Smith
            'Grace Smith <grace.smith42@example.com>'                 | Grace Smith
            'reply to faith.lee@example.org or call Faith Lee today'  | Faith Lee
            'Name | Mail\nFaith Lee | FAITH.LEE@EXAMPLE.ORG'           | Faith Lee
            """)
    void aPairSpelledByANearbyAddressIsAName(String text, String name) {
        assertFinds(NAMES, EntityType.NAME, text.replace("\\n", "\n"), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Grace Smith, john.doe@x.com",           // someone else's address
        "Grace Smith, smith@x.com",              // the surname only
        "Grace Smith, john.smith@x.com",         // another person of that surname
        "Grace Smith, gracesmiths@x.com",        // more than the pair
        "Grace Smith, graces@x.com",             // first name and initial need a separator
        "Grace Smith, @grace.smith",             // a handle, no address
        "Grace Smith\n\nNotes from grace.smith@x.com",  // another paragraph
        "Grace, grace.smith@x.com",              // no pair
        "By the grace of God, grace.smith@x.com wrote.",
        "Customer Service, customer.service@x.com",
        "Help Desk <help.desk@x.com>",
    })
    void nearMissesAreNotNamesByThisRule(String text) {
        assertEquals(List.of(), names(text));
    }

    @Test
    void anAddressFarAwayIsNoCue() {
        String text = "Grace Smith" + " .".repeat(70) + " grace.smith@x.com";
        assertEquals(List.of(), names(text));
    }

    @Test
    void theCueIsNamedInTheExplanation() {
        List<Finding> found = names("Faith Lee (faith.lee@example.org) called.");
        assertEquals(1, found.size());
        assertEquals(0.8, found.get(0).score(), 1e-9);
        assertTrue(String.join("; ", found.get(0).explanation().steps()).contains("e-mail address"), () -> found.get(0).explanation().toString());
    }

    @Test
    void aFirstNameThatIsAWordAloneStaysAWord() {
        assertEquals(List.of(), names("Will you send it to grace.smith@x.com? May I ask Bill, by the grace of Grace?"));
    }

    private static List<Finding> names(String text) {
        return reported(NAMES, text).stream().filter(f -> f.type() == EntityType.NAME).toList();
    }
}
