package dev.veil.document.ooxml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.veil.document.Replacer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The leak audit for DOCX, XLSX and PPTX: every corpus file is redacted and tokenised, and every
 * seeded value is then looked for in all parts of the output with {@link PackageText} — any case,
 * any separators, URL-encoded. The output must reopen with POI.
 */
class OfficeLeakAuditTest {
    static Stream<Arguments> filesAndModes() {
        List<Arguments> args = new ArrayList<>();
        for (String file : OfficeCorpus.manifest().keySet()) {
            args.add(Arguments.of(file, "redact"));
            args.add(Arguments.of(file, "tokenise"));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("filesAndModes")
    void noSeededValueSurvivesAndTheOutputReopens(String file, String mode) throws IOException {
        List<String> seeded = OfficeCorpus.manifest().get(file);
        byte[] input = OfficeCorpus.read(file);
        PackageText before = new PackageText(input);
        for (String v : seeded) {
            assertTrue(before.contains(v), file + ": the audit cannot see a seeded value in the original: " + v);
        }
        Replacer replacer = mode.equals("redact") ? OfficeCorpus.REDACT : OfficeCorpus.TOKENISE;
        byte[] output = OfficeCorpus.redact(input, OfficeCorpus.engineFor(seeded), replacer);
        PackageText after = new PackageText(output);
        List<String> leaked = seeded.stream().filter(after::contains).toList();
        assertTrue(leaked.isEmpty(), file + " " + mode + ": values left in the output: " + leaked);
        assertFalse(after.entryNames().stream().anyMatch(n -> n.toLowerCase().startsWith("docprops/thumbnail")),
                "thumbnail kept");
        reopen(file, output);
    }

    static void reopen(String file, byte[] output) throws IOException {
        String ext = file.substring(file.lastIndexOf('.') + 1);
        switch (ext) {
            case "docx" -> {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(output));
                     XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                    assertTrue(text.getText() != null);
                }
            }
            case "xlsx" -> {
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(output))) {
                    int cells = 0;
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                cell.toString();
                                cells++;
                            }
                        }
                    }
                    assertTrue(cells > 0, "no cells after rewrite");
                }
            }
            case "pptx" -> {
                try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(output))) {
                    assertFalse(show.getSlides().isEmpty());
                    for (XSLFSlide slide : show.getSlides()) {
                        slide.getShapes().size();
                        if (slide.getNotes() != null) {
                            slide.getNotes().getTextParagraphs();
                        }
                    }
                }
            }
            default -> fail("unexpected corpus file " + file);
        }
    }

    static Map<String, List<String>> manifest() {
        return OfficeCorpus.manifest();
    }
}
