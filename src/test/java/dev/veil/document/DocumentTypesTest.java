package dev.veil.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypesTest {
    private static final DocumentTypes TYPES = DocumentTypes.standard();

    /** Synthetic samples of each kind of content, built here so the test needs no files. */
    private static byte[] sample(String kind) {
        return switch (kind) {
            case "zip-docx" -> zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
            case "zip-xlsx" -> zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
            case "zip-pptx" -> zip("[Content_Types].xml", "ppt/presentation.xml");
            case "zip-docm" -> zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
            case "zip-odt" -> zip("mimetype", "content.xml");
            case "zip-plain" -> zip("readme.txt", "data/a.csv");
            case "zip-truncated" -> Arrays.copyOf(zip("[Content_Types].xml", "word/document.xml"), 40);
            case "ole-encrypted" -> ole("EncryptedPackage");
            case "ole-word" -> ole("WordDocument");
            case "exe" -> concat(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, new byte[200]);
            case "elf" -> concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[200]);
            case "png" -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[100]);
            case "nul-bytes" -> new byte[] {'a', 0, 'b', 0, 1, 2, 3};
            case "utf16" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Mary, hello".getBytes(StandardCharsets.UTF_16LE));
            default -> kind.replace("~", "\n").getBytes(StandardCharsets.UTF_8);
        };
    }

    @ParameterizedTest(name = "{0} named {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "hello world                 | notes.txt | text/plain                | REWRITE",
        "hello world                 | -         | text/plain                | REWRITE",
        "a,b~1,2                     | t.csv     | text/csv                  | REWRITE",
        "a\tb~1\t2                   | t.tsv     | text/tab-separated-values | REWRITE",
        "{\"a\": [1, \"x\"]}         | -         | application/json          | REWRITE",
        "{\"a\": 1}                  | d.json    | application/json          | REWRITE",
        "{\"a\":1}~{\"a\":2}~        | -         | application/x-ndjson      | REWRITE",
        "{\"a\":1}~                  | d.jsonl   | application/x-ndjson      | REWRITE",
        "[1] Introduction            | -         | text/plain                | REWRITE",
        "just words                  | d.json    | text/plain                | REWRITE",
        "<html><body>x</body></html> | -         | text/html                 | REWRITE",
        "<p>x</p>                    | page.htm  | text/html                 | REWRITE",
        "plain words                 | page.html | text/plain                | REWRITE",
        "<?xml version=\"1.0\"?><a/> | a.txt     | application/xml           | REWRITE",
        "<a><b>x</b></a>             | a.xml     | application/xml           | REWRITE",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/> | - | image/svg+xml     | REWRITE",
        "<svg><text>x</text></svg>   | d.svg     | image/svg+xml             | REWRITE",
        "%PDF-1.7~%âãÏÓ~             | a.txt     | application/pdf           | REWRITE",
        "hello                       | a.pdf     | text/plain                | REWRITE",
        "{\\rtf1\\ansi hi}           | a.txt     | application/rtf           | TEXT_ONLY",
        "utf16                       | u.txt     | text/plain                | REWRITE",
        "zip-docx                    | a.pdf     | application/vnd.openxmlformats-officedocument.wordprocessingml.document | REWRITE",
        "zip-xlsx                    | -         | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet | REWRITE",
        "zip-pptx                    | a.zip     | application/vnd.openxmlformats-officedocument.presentationml.presentation | REWRITE",
        "zip-docm                    | a.docx    | application/vnd.ms-word.document.macroenabled.12 | TEXT_ONLY",
        "zip-odt                     | a.odt     | application/vnd.oasis.opendocument.text | TEXT_ONLY",
        "zip-plain                   | a.docx    | application/zip           | UNSUPPORTED",
        "zip-truncated               | a.docx    | application/vnd.openxmlformats-officedocument.wordprocessingml.document | REWRITE",
        "zip-truncated               | a.txt     | application/zip           | UNSUPPORTED",
        "ole-encrypted               | a.docx    | application/x-tika-ooxml-protected | ENCRYPTED",
        "ole-word                    | a.bin     | application/msword        | TEXT_ONLY",
        "exe                         | a.txt     | application/x-msdownload  | UNSUPPORTED",
        "elf                         | a.csv     | application/x-elf         | UNSUPPORTED",
        "png                         | a.html    | image/png                 | UNSUPPORTED",
        "nul-bytes                   | a.txt     | application/octet-stream  | UNSUPPORTED"})
    void contentDecidesAndTheNameOnlyRefinesText(String kind, String fileName, String type, DocumentTypes.Handling handling) {
        DocumentTypes.DocumentType detected = TYPES.detect(sample(kind), fileName);
        assertEquals(type, detected.mediaType());
        assertEquals(handling, detected.handling());
    }

    @Test
    void aMismatchBetweenNameAndContentIsReported() {
        DocumentTypes.DocumentType t = TYPES.detect("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "report.txt");
        assertEquals(DocumentTypes.PDF, t.mediaType());
        assertEquals(DocumentTypes.TEXT, t.declaredType());
        assertTrue(t.mismatch());
        assertFalse(TYPES.detect("a,b".getBytes(StandardCharsets.US_ASCII), "x.csv").mismatch());
    }

    @Test
    void aZipBombIsClassifiedWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros); // 64 MB of zeros, about 64 KB compressed
            }
        }
        long before = System.nanoTime();
        assertEquals(DocumentTypes.DOCX, TYPES.detect(bytes.toByteArray(), null).mediaType());
        assertTrue(System.nanoTime() - before < 2_000_000_000L, "detection must not inflate entries");
    }

    private static byte[] zip(String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write((n.equals("mimetype") ? "application/vnd.oasis.opendocument.text" : "<x/>")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An OLE2 header followed by a directory entry name, which is all the sniffing looks at. */
    private static byte[] ole(String streamName) {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        return concat(concat(header, new byte[504]), streamName.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @org.junit.jupiter.api.Test
    void shortSingleByteCharsetTextIsTextAndControlBytesAreNot() {
        byte[] latin1 = "Jos\u00e9 M\u00fcller".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertEquals(DocumentTypes.TEXT, TYPES.detect(latin1, "a.txt").mediaType());
        org.junit.jupiter.api.Assertions.assertEquals(DocumentTypes.TEXT, TYPES.detect(latin1, null).mediaType());
        org.junit.jupiter.api.Assertions.assertFalse(DocumentTypes.looksLikeLegacyText(new byte[] {'a', 1, 'b'}));
        org.junit.jupiter.api.Assertions.assertFalse(DocumentTypes.looksLikeLegacyText(new byte[0]));
    }
}
