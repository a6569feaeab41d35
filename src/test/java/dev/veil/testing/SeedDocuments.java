package dev.veil.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Small seed documents for the fuzz targets, one per format, each holding
 * {@link FuzzedRedaction#PLANTED} next to the words that let the detectors find them. Generated
 * here rather than committed, so the seeds follow the formats' writers and nothing binary is kept.
 */
public final class SeedDocuments {
    private static final String EMAIL = FuzzedRedaction.PLANTED.get(0);
    private static final String CARD = FuzzedRedaction.PLANTED.get(1);
    private static final String IBAN = FuzzedRedaction.PLANTED.get(2);

    /** The main XML part of each Office package, the one the structure-aware targets replace. */
    public static final Map<String, String> MAIN_PARTS = Map.of(
            "docx", "word/document.xml", "xlsx", "xl/sharedStrings.xml", "pptx", "ppt/slides/slide1.xml");

    private SeedDocuments() {
    }

    public static byte[] text() {
        return utf8("Dear customer,\nyour email is " + EMAIL + " and your card number is " + CARD
                + ".\nRefunds go to IBAN " + IBAN + ".\n");
    }

    public static byte[] csv() {
        return utf8("name,email,card,iban\nJane Fuzz," + EMAIL + "," + CARD + "," + IBAN
                + "\n\"Doe, John\",\"quoted \"\"x\"\"\",,\n");
    }

    public static byte[] json() {
        return utf8("{\"customer\":{\"email\":\"" + EMAIL + "\",\"card\":\"" + CARD + "\",\"iban\":\"" + IBAN
                + "\",\"note\":\"caf\\u00e9 \\\"quoted\\\"\",\"tags\":[1,2.5,true,null]}}");
    }

    public static byte[] jsonLines() {
        return utf8("{\"email\":\"" + EMAIL + "\"}\n{\"card\":\"" + CARD + "\",\"iban\":\"" + IBAN + "\"}\n");
    }

    public static byte[] html() {
        return utf8("<!DOCTYPE html><html><head><title>Account</title><meta name=\"author\" content=\""
                + EMAIL + "\"></head><body><p>Card number: <b>" + CARD + "</b></p><a href=\"mailto:" + EMAIL
                + "\">mail</a><img alt=\"IBAN " + IBAN + "\" src=\"x.png\"><!-- note --></body></html>");
    }

    public static byte[] xml() {
        return utf8("<?xml version=\"1.0\"?><customers><customer id=\"1\" email=\"" + EMAIL + "\"><note>Your card number is "
                + CARD + ".</note><iban>IBAN " + IBAN + "</iban><![CDATA[ raw ]]></customer></customers>");
    }

    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Email: " + EMAIL);
            doc.createParagraph().createRun().setText("Card number: " + CARD);
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("IBAN");
            table.getRow(0).getCell(1).setText(IBAN);
            doc.getProperties().getCoreProperties().setCreator(EMAIL);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Customers");
            String[][] rows = {{"email", "card", "iban"}, {EMAIL, CARD, IBAN}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.createRow(2).createCell(0).setCellValue(42.5);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx() {
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText("Email: " + EMAIL);
            box.addNewTextParagraph().addNewTextRun().setText("Card number: " + CARD + ", IBAN " + IBAN);
            return bytes(show);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page content stream showing the planted values with Tj, TJ (kerned) and ' operators. */
    public static final String PDF_CONTENT = "BT /F1 12 Tf 72 700 Td (Email: " + EMAIL
            + ") Tj 0 -20 Td [(Card num) 20 (ber: " + CARD + ")] TJ 14 TL T* (IBAN " + IBAN
            + ") ' ET q 1 0 0 1 10 10 cm 0 0 50 50 re f Q";

    /** A one-page PDF saved without compression, so byte mutations land in operators and strings. */
    public static byte[] pdf() {
        return pdf(PDF_CONTENT);
    }

    /** A one-page PDF, Helvetica as {@code /F1}, whose page draws {@code content}; saved uncompressed. */
    public static byte[] pdf(String content) {
        return pdf(content.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] pdf(byte[] content) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream()) {
                os.write(content);
            }
            page.setContents(stream);
            doc.addPage(page);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor(EMAIL);
            doc.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed package for {@code kind}: docx, xlsx or pptx. */
    public static byte[] office(String kind) {
        return switch (kind) {
            case "docx" -> docx();
            case "xlsx" -> xlsx();
            case "pptx" -> pptx();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** {@code template} (an Office package of {@code kind}) with its main part replaced by {@code xml}. */
    public static byte[] withMainPart(byte[] template, String kind, byte[] xml) {
        return HostileDocuments.rezip(template, Map.of(MAIN_PARTS.get(kind), xml));
    }

    /** The main part of the seed package for {@code kind}. */
    public static byte[] mainPart(String kind) {
        return HostileDocuments.entry(office(kind), MAIN_PARTS.get(kind));
    }

    private static byte[] bytes(POIXMLDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
