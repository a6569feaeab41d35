package dev.veil.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Malicious and broken documents, generated at test time (nothing binary is committed): zip bombs
 * and nested zips disguised as Office files, XXE and billion-laughs in OOXML parts and in
 * XML/SVG/HTML, truncated and mislabelled corpus files, invalid UTF-8, empty files, deep JSON and
 * one very long line. PDFs are in {@link HostilePdfs}. Every document that has readable text
 * carries {@link #SEEDED} values, so a test can check that none of them comes back.
 */
public final class HostileDocuments {
    /** Synthetic personal data planted in the hostile documents (a test card number and a made-up address). */
    public static final List<String> SEEDED = List.of("4111 1111 1111 1111", "hostile.victim@example.com");
    /** What an external entity would read if a parser resolved it; must never appear in an answer. */
    public static final String XXE_MARKER = "XXE-SECRET-MARKER-7731";
    static final String PII_SENTENCE = "Card 4111 1111 1111 1111, mail hostile.victim@example.com.";

    /** One hostile input: the object key it is stored under (its extension is a claim) and its bytes. */
    public record Hostile(String label, String key, byte[] bytes) {
        @Override
        public String toString() {
            return label;
        }
    }

    private HostileDocuments() {
    }

    /** A file holding {@link #XXE_MARKER}, for the external entities to point at. */
    public static Path secretFile(Path dir) {
        try {
            Path p = dir.resolve("secret.txt");
            Files.writeString(p, XXE_MARKER);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XML family: XXE (file and parameter entities), billion laughs, deep nesting, in XML, SVG, HTML and OOXML. */
    public static List<Hostile> xmlAttacks(Path secret) {
        String uri = secret.toUri().toString();
        String xxe = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + uri + "\">]>";
        String param = "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>";
        String laughs = billionLaughsDoctype();
        List<Hostile> out = new ArrayList<>();
        out.add(text("xxe.xml", "<?xml version=\"1.0\"?>" + xxe + "<r><a>" + PII_SENTENCE + "</a><b>&xxe;</b></r>"));
        out.add(text("xxe-param.xml", "<?xml version=\"1.0\"?>" + param + "<r>" + PII_SENTENCE + "</r>"));
        out.add(text("laughs.xml", "<?xml version=\"1.0\"?>" + laughs + "<r>" + PII_SENTENCE + " &lol9;</r>"));
        out.add(text("xxe.svg", "<?xml version=\"1.0\"?>" + xxe.replace("r [", "svg [")
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + PII_SENTENCE + " &xxe;</text></svg>"));
        out.add(text("laughs.svg", "<?xml version=\"1.0\"?>" + laughs.replace("r [", "svg [")
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + PII_SENTENCE + " &lol9;</text></svg>"));
        out.add(text("xxe.html", xxe.replace("r [", "html [") + "<html><body><p>" + PII_SENTENCE
                + "</p><p>&xxe;</p></body></html>"));
        out.add(text("laughs.xhtml", "<?xml version=\"1.0\"?>" + laughs.replace("r [", "html [")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + PII_SENTENCE + " &lol9;</p></body></html>"));
        out.add(text("deep.xml", "<?xml version=\"1.0\"?>" + "<a>".repeat(50_000) + PII_SENTENCE + "</a>".repeat(50_000)));
        out.add(text("deep.html", "<html><body>" + "<div>".repeat(50_000) + PII_SENTENCE + "</body></html>"));
        byte[] docx = corpus("office/letter.docx");
        String body = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>" + PII_SENTENCE + "</w:t></w:r></w:p><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>";
        out.add(new Hostile("xxe in docx", "xxe.docx", rezip(docx, Map.of("word/document.xml",
                utf8("<?xml version=\"1.0\"?>" + xxe.replace("r [", "w:document [") + body.formatted("&xxe;"))))));
        out.add(new Hostile("billion laughs in docx", "laughs.docx", rezip(docx, Map.of("word/document.xml",
                utf8("<?xml version=\"1.0\"?>" + laughs.replace("r [", "w:document [") + body.formatted("&lol9;"))))));
        out.add(new Hostile("xxe in [Content_Types].xml", "xxe-types.docx", rezip(docx, Map.of("[Content_Types].xml",
                utf8(new String(entry(docx, "[Content_Types].xml"), StandardCharsets.UTF_8)
                        .replaceFirst("<Types", xxe.replace("r [", "Types [") + "<Types"))))));
        byte[] xlsx = corpus("office/customers.xlsx");
        out.add(new Hostile("billion laughs in xlsx sheet", "laughs.xlsx", rezip(xlsx, Map.of("xl/worksheets/sheet1.xml",
                utf8("<?xml version=\"1.0\"?>" + laughs.replace("r [", "worksheet [")
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + PII_SENTENCE + " &lol9;</t></is></c></row>"
                        + "</sheetData></worksheet>")))));
        return out;
    }

    /** Zip bombs and nested zips disguised as DOCX, XLSX and PPTX. */
    public static List<Hostile> zipAttacks() {
        byte[] docx = corpus("office/letter.docx");
        byte[] xlsx = corpus("office/customers.xlsx");
        byte[] pptx = corpus("office/onboarding.pptx");
        String head = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>" + PII_SENTENCE + "</w:t></w:r></w:p>";
        List<Hostile> out = new ArrayList<>();
        out.add(new Hostile("zip bomb: docx main part", "bomb.docx", rezip(docx, Map.of("word/document.xml",
                padded(head, 300 * 1024 * 1024, "</w:body></w:document>")))));
        out.add(new Hostile("zip bomb: xlsx media entry", "bomb.xlsx", addEntries(xlsx,
                Map.of("xl/media/image9.png", new byte[400 * 1024 * 1024]))));
        out.add(new Hostile("zip bomb: many pptx entries", "many.pptx", addEntries(pptx, manyEntries(20_000))));
        out.add(new Hostile("nested zips in pptx", "nested.pptx", addEntries(pptx,
                Map.of("ppt/embeddings/nested.zip", nestedZip(20)))));
        out.add(new Hostile("nested zip named docx", "nested.docx", nestedZip(20)));
        return out;
    }

    /** Every corpus file cut at several points, and the first bytes of each. */
    public static List<Hostile> truncated() {
        List<Hostile> out = new ArrayList<>();
        for (Path p : LeakAudit.corpus()) {
            byte[] b = read(p);
            String key = Path.of("test-documents").relativize(p).toString().replace('\\', '/');
            for (int cut : new int[] {1, 16, b.length / 3, b.length / 2, b.length - 1}) {
                if (cut > 0 && cut < b.length) {
                    out.add(new Hostile(key + " cut at " + cut, key, java.util.Arrays.copyOf(b, cut)));
                }
            }
        }
        return out;
    }

    /** Content that contradicts its name, broken encodings, empty files, deep JSON. */
    public static List<Hostile> misfits() {
        List<Hostile> out = new ArrayList<>();
        byte[] pdf = corpus("pdf/letter.pdf");
        byte[] docx = corpus("office/letter.docx");
        byte[] csv = corpus("text/customers.csv");
        out.add(new Hostile("pdf named txt", "letter.txt", pdf));
        out.add(new Hostile("docx named pdf", "letter.pdf", docx));
        out.add(new Hostile("csv named docx", "customers.docx", csv));
        out.add(new Hostile("csv named xlsx", "customers.xlsx", csv));
        out.add(new Hostile("docx named json", "letter.json", docx));
        out.add(new Hostile("no extension pdf", "letter", pdf));
        byte[] bad = concat(utf8("Name: Mary Smith\n" + PII_SENTENCE + "\n"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF,
                (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}, utf8(PII_SENTENCE + "\n"));
        out.add(new Hostile("invalid utf-8 text", "bad-utf8.txt", bad));
        out.add(new Hostile("invalid utf-8 csv", "bad-utf8.csv", concat(utf8("name,card\nx,"), new byte[] {(byte) 0xC0,
                (byte) 0xAF}, utf8(",\"" + PII_SENTENCE + "\"\n"))));
        out.add(new Hostile("invalid utf-8 json", "bad-utf8.json", concat(utf8("{\"a\":\""), new byte[] {(byte) 0xF8,
                (byte) 0x88}, utf8("\",\"b\":\"" + PII_SENTENCE + "\"}"))));
        out.add(new Hostile("lone surrogate escape json", "surrogate.json",
                utf8("{\"a\":\"\\uD800\",\"b\":\"" + PII_SENTENCE + "\"}")));
        for (String ext : List.of("txt", "csv", "json", "html", "xml", "svg", "docx", "xlsx", "pptx", "pdf", "bin")) {
            out.add(new Hostile("empty ." + ext, "empty." + ext, new byte[0]));
        }
        out.add(text("deep.json", "[".repeat(100_000) + "\"" + PII_SENTENCE + "\"" + "]".repeat(100_000)));
        out.add(text("deep-objects.json", "{\"a\":".repeat(50_000) + "\"" + PII_SENTENCE + "\"" + "}".repeat(50_000)));
        out.add(text("deep.jsonl", "[".repeat(100_000) + "\n{\"b\":\"" + PII_SENTENCE + "\"}\n"));
        out.add(new Hostile("csv with one endless quoted field", "quote.csv", padded("a,\"" + PII_SENTENCE, 8 * 1024 * 1024, "")));
        out.add(new Hostile("nul bytes named txt", "nul.txt", concat(utf8(PII_SENTENCE), new byte[4096], utf8(PII_SENTENCE))));
        return out;
    }

    /** One line of {@code bytes} bytes of prose-like text with the seeded values at its start and end. */
    public static byte[] longLine(int bytes) {
        byte[] b = new byte[bytes];
        byte[] filler = utf8("lorem ipsum dolor sit amet ");
        for (int i = 0; i < bytes; i++) {
            b[i] = filler[i % filler.length];
        }
        byte[] s = utf8(PII_SENTENCE + " ");
        System.arraycopy(s, 0, b, 0, s.length);
        System.arraycopy(s, 0, b, bytes - s.length - 1, s.length);
        b[bytes - 1] = '\n';
        return b;
    }

    static Hostile text(String key, String content) {
        return new Hostile(key, key, utf8(content));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** {@code head}, then spaces up to {@code size} bytes, then {@code tail}. */
    static byte[] padded(String head, int size, String tail) {
        byte[] h = utf8(head);
        byte[] t = utf8(tail);
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) ' ');
        System.arraycopy(h, 0, b, 0, h.length);
        System.arraycopy(t, 0, b, size - t.length, t.length);
        return b;
    }

    private static String billionLaughsDoctype() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE r [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return sb.append("]>").toString();
    }

    static byte[] corpus(String relative) {
        return read(Path.of("test-documents").resolve(relative));
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one entry of a zip. */
    static byte[] entry(byte[] zip, String name) {
        return entries(zip).get(name);
    }

    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The package with some entries' content replaced. */
    static byte[] rezip(byte[] zip, Map<String, byte[]> replaced) {
        Map<String, byte[]> all = entries(zip);
        all.putAll(replaced);
        return zip(all);
    }

    static byte[] addEntries(byte[] zip, Map<String, byte[]> added) {
        return rezip(zip, added);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> manyEntries(int n) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("ppt/junk/part" + i + ".xml", utf8("<x/>"));
        }
        return m;
    }

    /** A zip holding a zip holding a zip … {@code depth} levels, with 50 MB of zeros at the bottom. */
    static byte[] nestedZip(int depth) {
        byte[] inner = zip(Map.of("zeros.bin", new byte[50 * 1024 * 1024]));
        for (int i = 0; i < depth; i++) {
            inner = zip(Map.of("level" + i + ".zip", inner));
        }
        return inner;
    }
}
