package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlFormatTest {
    private static String redact(HtmlFormat format, String html) {
        return new String(SeededRedaction.run(format, html.getBytes(StandardCharsets.UTF_8), SeededRedaction.LABEL),
                StandardCharsets.UTF_8);
    }

    @Test
    void aNameSplitByInlineMarkupIsOneValue() {
        String out = redact(HtmlFormat.html(), "<p>Dear <b>Mary</b> <i>Smith</i>, hello</p>");
        assertTrue(out.contains("<p>Dear <b>[NAME]</b> <i></i>, hello</p>"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=\"mailto:mary.smith@example.com?subject=x\">write</a>",
        "<a href=\"mailto:mary.smith%40example.com\">write</a>",
        "<img src=\"x.png\" alt=\"Photo of Mary Smith\">",
        "<span title=\"SSN 123-45-6789\">hover</span>",
        "<input name=\"tel\" value=\"415-555-0134\">",
        "<meta name=\"author\" content=\"Robert Chen\">",
        "<!-- reviewed by Aiko Tanaka -->",
        "<script>var owner = 'mary.smith@example.com';</script>",
        "<script type=\"application/ld+json\">{\"@type\":\"Person\",\"telephone\":\"212-555-0199\"}</script>",
        "<style>/* Robert Chen */ body {}</style>",
        "<p>mary.smith&#64;example.com</p>",
        "<textarea>Olu Adeyemi</textarea>",
        "<title>Profile of Grace Kowalski</title>"})
    void everyTextBearingPlaceIsRedacted(String fragment) {
        String out = redact(HtmlFormat.html(), "<html><head></head><body>" + fragment + "</body></html>");
        String lower = out.toLowerCase();
        for (String value : List.of("mary", "smith", "123-45", "555-01", "robert", "aiko", "olu", "grace", "%40example")) {
            assertFalse(lower.contains(value), value + " left in " + out);
        }
        assertTrue(out.contains("["), out);
    }

    @Test
    void tableCellsOfARowAreOneUnitWithSeparators() {
        List<String> units = SeededRedaction.unitTexts(HtmlFormat.html(),
                "<table><tr><td>SSN</td><td>123-45-6789</td></tr></table>".getBytes(StandardCharsets.UTF_8));
        assertTrue(units.contains(" | SSN | 123-45-6789"), units.toString());
    }

    @Test
    void metaContentIsLabelledWithTheMetaName() {
        List<String> units = SeededRedaction.unitTexts(HtmlFormat.html(),
                "<meta name=\"author\" content=\"x\">".getBytes(StandardCharsets.UTF_8));
        assertTrue(units.contains("author: x"), units.toString());
    }

    @Test
    void aScriptReplacementCannotCloseTheScript() {
        String out = new String(SeededRedaction.run(HtmlFormat.html(),
                "<script>var a='Mary Smith';</script><p>after</p>".getBytes(StandardCharsets.UTF_8),
                (f, v) -> "</script><b>x"), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(out);
        assertEquals("after", doc.select("p").text());
        assertEquals(1, doc.select("script").size());
    }

    @Test
    void windows1252PageWithADeclaredCharsetIsWrittenBackInIt() {
        Charset cp1252 = Charset.forName("windows-1252");
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Zoë Ångström — 5€</p></body></html>";
        byte[] out = SeededRedaction.run(HtmlFormat.html(), html.getBytes(cp1252), SeededRedaction.LABEL);
        String back = new String(out, cp1252);
        assertTrue(back.contains("[NAME] — 5€"), back);
    }

    @Test
    void xhtmlIsWrittenBackAsWellFormedXml() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Mary Smith<br/>x</p></body></html>";
        String out = redact(HtmlFormat.xhtml(), xhtml);
        javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
        assertTrue(out.contains("[NAME]<br />") || out.contains("[NAME]<br/>"), out);
    }

    @Test
    void deepNestingIsReadWithoutRecursion() {
        String deep = "<div>".repeat(5000) + "Mary Smith" + "</div>".repeat(5000);
        String out = redact(HtmlFormat.html(), deep);
        assertTrue(out.contains("[NAME]") && !out.contains("Mary"));
    }
}
