package dev.veil.document.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.document.DocumentLimits;
import dev.veil.document.UnreadableDocumentException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlFormatTest {
    private static final XmlFormat FORMAT = new XmlFormat();

    private static String redact(String xml) {
        return new String(SeededRedaction.run(FORMAT, xml.getBytes(StandardCharsets.UTF_8), SeededRedaction.LABEL),
                StandardCharsets.UTF_8);
    }

    @Test
    void textAttributesCdataCommentsAndInstructionsAreRedacted() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><people><!-- owner: Robert Chen -->"
                + "<?audit by Aiko Tanaka?><person id=\"7\" email=\"mary.smith%40example.com\">"
                + "<name>Mary Smith</name><ssn><![CDATA[123-45-6789]]></ssn></person></people>";
        String out = redact(xml);
        for (String v : List.of("Robert", "Aiko", "mary.smith", "Mary", "123-45")) {
            assertFalse(out.contains(v), v + " in " + out);
        }
        assertTrue(out.startsWith("<?xml"), out);
        assertTrue(out.contains("<name>[NAME]</name>"), out);
        assertTrue(out.contains("id=\"7\""), out);
    }

    @Test
    void leafElementNamesAreContextLabels() {
        List<String> units = SeededRedaction.unitTexts(FORMAT,
                "<r><person kind=\"x\"><homePhone>1</homePhone><ssn>2</ssn></person></r>".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("kind: x | home phone: 1 | ssn: 2 | "), units);
    }

    @Test
    void mixedContentJoinsTextAcrossInlineElements() {
        assertTrue(redact("<p>Dear <b>Mary</b> Smith, hi</p>").contains("<p>Dear <b>[NAME]</b>, hi</p>"));
    }

    @Test
    void declaredEncodingIsKept() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>José Müller paid</a>";
        byte[] out = SeededRedaction.run(FORMAT, xml.getBytes(latin1), SeededRedaction.LABEL);
        String back = new String(out, latin1);
        assertTrue(back.contains("encoding=\"ISO-8859-1\""), back);
        assertTrue(back.contains("<a>[NAME] paid</a>"), back);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // XXE: an external entity reading a local file
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>",
        // billion laughs
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><r>&d;</r>",
        // an external DTD
        "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\"><r/>",
        // a parameter entity
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]><r/>"})
    void doctypesAndEntitiesAreRefused(String xml) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> FORMAT.open(xml.getBytes(StandardCharsets.UTF_8), DocumentLimits.defaults()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<a><b>Mary Smith</a>", "<a>Mary Smith", "not xml at all: Mary Smith", ""})
    void malformedXmlIsRefusedWithoutQuotingIt(String xml) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> FORMAT.open(xml.getBytes(StandardCharsets.UTF_8), DocumentLimits.defaults()));
        assertFalse(e.getMessage().contains("Mary"), e.getMessage());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "<a>".repeat(300) + "</a>".repeat(300);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> FORMAT.open(deep.getBytes(StandardCharsets.UTF_8), DocumentLimits.defaults()));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
    }
}
