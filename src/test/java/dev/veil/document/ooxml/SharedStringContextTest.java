package dev.veil.document.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.CustomPattern;
import dev.veil.detect.CustomPatternDetector;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number that is only recognised next to its header ("SSN" in the cell before) is found in the
 * worksheet row and rewritten in the shared string, even though both cells are shared strings.
 */
class SharedStringContextTest {
    private static final DetectionEngine SSN_WITH_CONTEXT = DetectionEngine.builder()
            .detector(new CustomPatternDetector(new CustomPattern("ssn", EntityType.SSN, "\\b\\d{3}-\\d{2}-\\d{4}\\b",
                    0.4, List.of("ssn"), true)))
            .build();

    @Test
    void columnHeaderGivesContextToCellsFarBelowIt() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("People");
        sheet.createRow(0).createCell(2).setCellValue("SSN");
        sheet.createRow(40).createCell(2).setCellValue("536-22-8174");
        sheet.createRow(41).createCell(1).setCellValue("412-67-3390");
        byte[] out = OfficeCorpus.redact(OoxmlFormatTest.bytes(wb), SSN_WITH_CONTEXT, OfficeCorpus.REDACT);
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            assertEquals("[SSN]", back.getSheet("People").getRow(40).getCell(2).getStringCellValue());
            assertEquals("412-67-3390", back.getSheet("People").getRow(41).getCell(1).getStringCellValue(),
                    "a column without the header keeps its number");
        }
    }

    @Test
    void formulaThatWouldRebuildANameWithoutACachedValueIsDropped() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("Data");
        sheet.createRow(0).createCell(0).setCellFormula("CONCATENATE(\"Robert\",\" Chen\")");
        sheet.getRow(0).createCell(1).setCellFormula("A1&\" (VIP)\"");
        DetectionEngine exactName = DetectionEngine.builder().detector(new CustomPatternDetector(
                new CustomPattern("name", EntityType.NAME, "Robert Chen", 0.9, List.of(), false))).build();
        byte[] out = OfficeCorpus.redact(OoxmlFormatTest.bytes(wb), exactName, OfficeCorpus.REDACT);
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            XSSFRow row = back.getSheet("Data").getRow(0);
            assertNotEquals(CellType.FORMULA, row.getCell(0).getCellType());
            assertEquals(CellType.FORMULA, row.getCell(1).getCellType());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "SSN, 536-22-8174, [SSN], true",
        "SSN, 'see 536-22-8174 here', 'see [SSN] here', true",
        "Invoice, 536-22-8174, 536-22-8174, false",
    })
    void numberFoundThroughItsHeaderIsRewrittenInTheSharedString(String header, String value, String expected,
                                                                 boolean rewritten) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("People");
        XSSFRow row = sheet.createRow(0);
        row.createCell(0).setCellValue(header);
        row.createCell(1).setCellValue(value);
        sheet.createRow(5).createCell(3).setCellValue(value);
        byte[] out = OfficeCorpus.redact(OoxmlFormatTest.bytes(wb), SSN_WITH_CONTEXT, OfficeCorpus.REDACT);
        assertEquals(!rewritten, new PackageText(out).contains("536-22-8174"));
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            XSSFSheet s = back.getSheet("People");
            assertEquals(header, s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(expected, s.getRow(0).getCell(1).getStringCellValue());
            assertEquals(expected, s.getRow(5).getCell(3).getStringCellValue(), "the same shared string elsewhere");
        }
        assertTrue(SSN_WITH_CONTEXT.detect(value).isEmpty(),
                "without its header the number alone must not be found, or this test proves nothing");
    }
}
