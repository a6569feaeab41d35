package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDetectorTest {
    private static final Detector URL = new UrlDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "see https://www.example.com/store/abc/ | https://www.example.com/store/abc/",
        "the page is http://example.com. | http://example.com",
        "(see http://example.com/a_(b)) | http://example.com/a_(b)",
        "\"https://example.org/x?q=1&b=2\" | https://example.org/x?q=1&b=2",
        "go to www.example.co.uk/folder/page.html, then | www.example.co.uk/folder/page.html",
        "ftp://files.example.net/pub | ftp://files.example.net/pub",
        "http://192.0.2.1:80/folder/page.html | http://192.0.2.1:80/folder/page.html",
        "Visit http://[2001:db8::1]/path | http://[2001:db8::1]/path",
        "at 192.0.2.1:8080/admin now | 192.0.2.1:8080/admin",
        "HTTP://EXAMPLE.COM | HTTP://EXAMPLE.COM",
        "my domains: example.com example.co.il | example.co.il",
        "visit our website example.org | example.org",
    })
    void findsUrlsAndTrimsTrailingPunctuation(String text, String value) {
        assertFinds(URL, EntityType.URL, text, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "www.microsoft", "http://microsoft", "'www.example'", "the page is test.ok new sentence",
        "open config.py and readme.md", "e.g. this", "example.com without a hint word",
        "file:///path/to/file",
    })
    void ignoresHostsWithoutTopLevelDomainAndBareDomainsWithoutContext(String text) {
        assertNothing(URL, text);
    }
}
