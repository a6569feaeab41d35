package dev.veil.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScanReportTest {
    private static final String HOSTILE_KEY = "in/<img src=x onerror=alert(1)>\"'&.txt";

    private static List<ScanRecord> records() {
        return List.of(
                ScanRecord.scanned(new ObjectRef(HOSTILE_KEY, "e1", 10), null, "text",
                        SensitivityTest.parse("NAME=2,SSN=1"), 0.9),
                ScanRecord.scanned(new ObjectRef("clean.txt", "e2", 2048), null, "text", Map.of(), 0),
                ScanRecord.scanned(new ObjectRef("contacts.csv", "e3", 5), null, "csv",
                        SensitivityTest.parse("NAME=1,EMAIL=4"), 1.0),
                ScanRecord.notScanned(new ObjectRef("archive.zip", "e4", 7), null, "application/zip",
                        ScanStatus.CANNOT_INSPECT, "unsupported document type application/zip"),
                ScanRecord.notScanned(new ObjectRef("gone.txt", "e5", 1), null, null, ScanStatus.ERROR,
                        "cannot read (HTTP 403 AccessDenied)"));
    }

    private static String html() {
        return ScanReport.html("s3://bucket/<prefix>", records(), Instant.parse("2026-11-28T12:00:00Z"));
    }

    @Test
    void keysAndSourceAreEscaped() {
        String html = html();
        assertFalse(html.contains("<img"), "no markup from a key");
        assertTrue(html.contains("in/&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;.txt"));
        assertTrue(html.contains("s3://bucket/&lt;prefix&gt;"));
    }

    @Test
    void pageLoadsNothingFromOutside() {
        String html = html();
        assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]*\\s(src|href)=", Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), "no external resource");
        assertFalse(html.contains("@import") || html.contains("url("), "no CSS fetches");
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    }

    @Test
    void totalsChartsAndTableMatchTheRecords() {
        String html = html();
        assertEquals("5", total(html, "objects"));
        assertEquals("3", total(html, "scanned"));
        assertEquals("2", total(html, "with-pii"));
        assertEquals("1", total(html, "high"));
        assertEquals("8", total(html, "findings"));
        assertEquals("1", total(html, "cannot-inspect"));
        assertEquals("1", total(html, "errors"));
        assertEquals(5, count(html, "<tr data-level="));
        assertTrue(html.contains("data-label=\"NAME\" data-value=\"3\""));
        assertTrue(html.contains("data-label=\"EMAIL\" data-value=\"4\""));
        assertTrue(html.contains("data-label=\"not inspected\" data-value=\"2\""));
        assertTrue(html.contains("HTTP 403 AccessDenied"));
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("999 B", ReportTable.size(999));
        assertEquals("2.0 KB", ReportTable.size(2048));
        assertEquals("15 MB", ReportTable.size(15L * 1024 * 1024));
    }

    private static String total(String html, String id) {
        Matcher m = Pattern.compile("id=\"total-" + id + "\">([^<]*)<").matcher(html);
        assertTrue(m.find(), id);
        return m.group(1);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
