package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexGroupsTest {
    @Test
    void numbersNamedGroupsAsTheMatcherDoes() {
        String regex = "(?<![\\w(])(a)(?:b)?(?<x>\\d{2})[(?<y>](?=\\()(?<y>\\()(c)(?<z>e)?";
        Matcher m = Pattern.compile(regex).matcher("a12?(ce");
        assertEquals(true, m.find());
        for (String name : new String[] {"x", "y", "z"}) {
            assertEquals(m.start(name), m.start(RegexGroups.index(regex, name)), name);
            assertEquals(m.end(name), m.end(RegexGroups.index(regex, name)), name);
        }
        assertEquals(-1, RegexGroups.index(regex, "w"));
    }
}
