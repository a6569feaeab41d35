package dev.veil.document.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OoxmlFormatTest {
    private static final String NAME = "Robert Chen";

    private static byte[] redact(byte[] doc, String... values) {
        return OfficeCorpus.redact(doc, OfficeCorpus.engineFor(List.of(values)), OfficeCorpus.REDACT);
    }

    private static List<String> unitTexts(byte[] doc) {
        try (OpenDocument open = new OoxmlFormat().open(doc, DocumentLimits.defaults())) {
            return open.units().stream().map(TextUnit::text).toList();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            review.docx          | HYPERLINK "mailto:aiko.tanaka@example.net"
            review.docx          | Elena Petrova Samuel Adeyemi, SSN 412-67-3390
            review.docx          | Ask Robert Chen on +1 415 555 0134
            review.docx          | m.gonzalez@example.org
            review.docx          | Refund to DE
            review.docx          | Case officer Tomasz Nowak
            letter.docx          | Co-signer: Tomasz Nowak
            letter.docx          | Passport photo of Elena Petrova
            letter.docx          | mailto:m.gonzalez@example.org
            letter.docx          | Account manager Maria Gonzalez
            letter.docx          | Private for Aiko Tanaka
            letter.docx          | Hidden: Jonas Becker
            letter.docx          | Priya Raman
            writer-export.docx   | Call back on +1 415 555 0134
            writer-export.docx   | Tomasz Nowak
            customers.xlsx       | Maria Gonzalez
            customers.xlsx       | CONCATENATE("Robert"," Chen") Robert Chen
            customers.xlsx       | "Samuel Adeyemi"
            customers.xlsx       | "Lars Eriksson,Nobody"
            customers.xlsx       | Owner Fatima Okafor
            customers.xlsx       | Call back on +44 20 7946 0321
            customers.xlsx       | Tomasz Nowak
            customers-resaved.xlsx | Email: robert.chen@example.com\\nPhone: +1 415 555 0134
            customers-resaved.xlsx | Robert Chen
            inline-rich.xlsx     | Fatima Okafor (
            inline-rich.xlsx     | SSN\\nContact: 536228174
            calc-export.xlsx     | Samuel Adeyemi
            account-review.pptx  | Speaker: Maria Gonzalez has SSN 536-22-8174
            account-review.pptx  | Confidential, owner Lars Eriksson
            account-review.pptx  | Portrait of Aiko Tanaka
            account-review.pptx  | Refund to DE
            account-review.pptx  | mailto:robert.chen@example.com
            """)
    void everyPlaceThatHoldsTextIsAUnit(String file, String expected) {
        String wanted = expected.replace("\\n", "\n");
        List<String> texts = unitTexts(OfficeCorpus.read(file));
        assertTrue(texts.stream().anyMatch(t -> t.contains(wanted)), file + " has no unit with: " + expected);
    }

    @Test
    void nameSplitAcrossRunsIsWrittenIntoTheFirstRunAndRemovedFromTheOthers() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = doc.createParagraph();
        for (String run : new String[] {"Dear Ro", "bert Ch", "en, welcome"}) {
            p.createRun().setText(run);
        }
        byte[] out = redact(bytes(doc), NAME);
        try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(out))) {
            XWPFParagraph q = back.getParagraphs().get(0);
            assertEquals("Dear [NAME], welcome", q.getText());
            assertEquals("Dear [NAME]", q.getRuns().get(0).text());
            assertEquals("", q.getRuns().get(1).text());
        }
    }

    @Test
    void touchedFormulaIsReplacedByItsRedactedValueAndOthersKeepTheirFormulas() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("Data");
        sheet.createRow(0).createCell(0).setCellFormula("CONCATENATE(\"Robert\",\" Chen\")");
        sheet.getRow(0).createCell(1).setCellFormula("1+1");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        byte[] out = redact(bytes(wb), NAME);
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            XSSFCell touched = back.getSheet("Data").getRow(0).getCell(0);
            assertEquals(CellType.STRING, touched.getCellType());
            assertEquals("[NAME]", touched.getStringCellValue());
            assertEquals(CellType.FORMULA, back.getSheet("Data").getRow(0).getCell(1).getCellType());
        }
    }

    @Test
    void calculationChainIsDropped() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Data").createRow(0).createCell(0).setCellFormula("1+1");
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes(wb)));
        PackagePartName name = PackagingURIHelper.createPartName("/xl/calcChain.xml");
        PackagePart chain = pkg.createPart(name, OoxmlNames.CALC_CHAIN_TYPE);
        try (OutputStream os = chain.getOutputStream()) {
            os.write(("<calcChain xmlns=\"" + OoxmlNames.S + "\"><c r=\"A1\" i=\"1\"/></calcChain>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook.xml")).get(0).addRelationship(name,
                TargetMode.INTERNAL, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain");
        ByteArrayOutputStream withChain = new ByteArrayOutputStream();
        pkg.save(withChain);
        assertTrue(new PackageText(withChain.toByteArray()).entryNames().contains("xl/calcChain.xml"));
        byte[] out = redact(withChain.toByteArray(), NAME);
        assertFalse(new PackageText(out).entryNames().contains("xl/calcChain.xml"));
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            assertEquals(CellType.FORMULA, back.getSheet("Data").getRow(0).getCell(0).getCellType());
        }
    }

    @Test
    void sheetNamedAfterAPersonGetsAValidUniqueName() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("_NAME_");
        wb.createSheet(NAME).createRow(0).createCell(0).setCellValue("x");
        byte[] out = redact(bytes(wb), NAME);
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            assertEquals("_NAME_", back.getSheetName(0));
            assertEquals("_NAME_ 2", back.getSheetName(1));
        }
    }

    @Test
    void mailtoTargetIsRewrittenThroughTheRelationship() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFHyperlinkRun link = doc.createParagraph().createHyperlinkRun("mailto:robert.chen%40example.com");
        link.setText("write to us");
        byte[] out = redact(bytes(doc), "robert.chen@example.com");
        try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(out))) {
            String target = back.getHyperlinks()[0].getURL();
            assertEquals("mailto:%5BEMAIL%5D", target);
        }
    }

    @Test
    void corePropertiesAreRewritten() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("nothing here");
        doc.getProperties().getCoreProperties().setCreator(NAME);
        doc.getProperties().getCoreProperties().setTitle("Letter to " + NAME);
        byte[] out = redact(bytes(doc), NAME);
        try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(out))) {
            assertEquals("[NAME]", back.getProperties().getCoreProperties().getCreator());
            assertEquals("Letter to [NAME]", back.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void thumbnailIsDeletedEvenWhenNothingIsFound() {
        byte[] in = OfficeCorpus.read("review.docx");
        assertTrue(new PackageText(in).entryNames().contains("docProps/thumbnail.jpeg"));
        byte[] out = redact(in, "no such value");
        assertFalse(new PackageText(out).entryNames().stream().anyMatch(n -> n.startsWith("docProps/thumbnail")));
    }

    @Test
    void embeddedOleObjectIsRemovedWithItsRelationship() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("see attachment");
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes(doc)));
        PackagePartName name = PackagingURIHelper.createPartName("/word/embeddings/oleObject1.bin");
        PackagePart ole = pkg.createPart(name, "application/vnd.openxmlformats-officedocument.oleObject");
        try (OutputStream os = ole.getOutputStream()) {
            os.write("Robert Chen 536-22-8174".getBytes(StandardCharsets.UTF_8));
        }
        PackagePart main = pkg.getPartsByName(java.util.regex.Pattern.compile("/word/document.xml")).get(0);
        main.addRelationship(name, TargetMode.INTERNAL,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject");
        ByteArrayOutputStream withOle = new ByteArrayOutputStream();
        pkg.save(withOle);
        byte[] out = redact(withOle.toByteArray(), "no such value");
        PackageText text = new PackageText(out);
        assertFalse(text.entryNames().contains("word/embeddings/oleObject1.bin"));
        assertFalse(text.contains("oleObject1.bin"), "relationship to the removed part kept");
        try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(out))) {
            assertEquals("see attachment", back.getParagraphs().get(0).getText());
        }
    }

    @Test
    void documentWithoutFindingsKeepsItsText() throws IOException {
        byte[] out = redact(OfficeCorpus.read("letter.docx"), "no such value");
        try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(out))) {
            assertTrue(back.getParagraphs().stream().anyMatch(p -> p.getText().contains("Robert Chen")));
            assertNull(back.getPackage().getPartsByName(java.util.regex.Pattern.compile("/docProps/thumbnail.*"))
                    .stream().findFirst().orElse(null));
        }
    }

    @Test
    void mediaTypeFollowsTheMainPart() {
        try (OpenDocument d = new OoxmlFormat().open(OfficeCorpus.read("customers.xlsx"), DocumentLimits.defaults())) {
            assertEquals(OoxmlNames.XLSX, d.mediaType());
        }
        try (OpenDocument d = new OoxmlFormat().open(OfficeCorpus.read("refunds.pptx"), DocumentLimits.defaults())) {
            assertEquals(OoxmlNames.PPTX, d.mediaType());
        }
    }

    static byte[] bytes(org.apache.poi.ooxml.POIXMLDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }
}
