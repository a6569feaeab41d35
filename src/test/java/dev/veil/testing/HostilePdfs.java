package dev.veil.testing;

import dev.veil.testing.HostileDocuments.Hostile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Hostile PDFs: reference cycles written by hand (a page tree that contains itself, a stream whose
 * length is itself, a form that draws itself), a content stream that inflates to hundreds of
 * megabytes, thousands of pages, encryption with and without a user password, and a broken xref.
 */
public final class HostilePdfs {
    private HostilePdfs() {
    }

    public static List<Hostile> all() {
        List<Hostile> out = new ArrayList<>();
        String text = "BT /F1 12 Tf 72 720 Td (" + HostileDocuments.PII_SENTENCE + ") Tj ET";
        out.add(pdf("pdf: page tree contains itself", "cycle-pages.pdf", List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                page("4 0 R"), stream(text), FONT)));
        out.add(pdf("pdf: stream length refers to itself", "cycle-length.pdf", List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                page("4 0 R"), "<< /Length 6 0 R >>\nstream\n" + text + "\nendstream", FONT, "6 0 R")));
        out.add(pdf("pdf: form xobject draws itself", "cycle-form.pdf", List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>"
                        + " /XObject << /X1 6 0 R >> >> >>",
                stream(text + " /X1 Do"), FONT,
                "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject"
                        + " << /X1 6 0 R >> >> /Length 32 >>\nstream\nBT /F1 9 Tf (again) Tj ET /X1 Do\nendstream")));
        out.add(pdf("pdf: parent chain loops", "cycle-parent.pdf", List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 2 0 R /Resources 7 0 R >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>", stream(text), FONT,
                "<< >>", "<< /Font << /F1 5 0 R >> /Parent 7 0 R >>")));
        out.add(new Hostile("pdf: content stream inflating to 300 MB", "huge-stream.pdf", hugeStream(300 * 1024 * 1024)));
        out.add(new Hostile("pdf: 3000 pages", "pages.pdf", manyPages(3_000)));
        out.add(new Hostile("pdf: encrypted with a user password", "locked.pdf", encrypted("user-secret")));
        out.add(new Hostile("pdf: encrypted, empty user password", "owner-only.pdf", encrypted("")));
        byte[] letter = HostileDocuments.corpus("pdf/letter.pdf");
        out.add(new Hostile("pdf: broken xref offsets", "broken-xref.pdf", breakXref(letter)));
        out.add(new Hostile("pdf: no xref at all", "no-xref.pdf", dropXref(letter)));
        return out;
    }

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static String page(String contents) {
        return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + contents
                + " /Resources << /Font << /F1 5 0 R >> >> >>";
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    /** A PDF of the given objects (numbered from 1) with a correct xref table. */
    static Hostile pdf(String label, String key, List<String> objects) {
        return new Hostile(label, key, assemble(objects));
    }

    static byte[] assemble(List<String> objects) {
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(sb.length());
            sb.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A page whose Flate content stream is the seeded text followed by {@code size} spaces. */
    static byte[] hugeStream(int size) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            out.write(("BT /F1 12 Tf 72 720 Td (" + HostileDocuments.PII_SENTENCE + ") Tj ET\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < size / spaces.length; i++) {
                out.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String data = compressed.toString(StandardCharsets.ISO_8859_1);
        return assemble(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                page("4 0 R"), "<< /Length " + compressed.size() + " /Filter /FlateDecode >>\nstream\n" + data
                        + "\nendstream", FONT));
    }

    static byte[] manyPages(int pages) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage p = new PDPage(PDRectangle.A6);
                doc.addPage(p);
                if (i == 0 || i == pages - 1) {
                    write(doc, p);
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encrypted(String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            write(doc, p);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDDocument doc, PDPage p) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            cs.newLineAtOffset(20, 100);
            cs.showText(HostileDocuments.PII_SENTENCE);
            cs.endText();
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** Every xref offset shifted, and startxref pointing into the middle of an object. */
    static byte[] breakXref(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        s = s.replaceAll("(?m)^(\\d{10}) (\\d{5}) n", "0000000123 $2 n");
        int at = s.lastIndexOf("startxref");
        if (at >= 0) {
            s = s.substring(0, at) + "startxref\n77\n%%EOF\n";
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The xref table and trailer cut out (a reader must rebuild them or refuse). */
    static byte[] dropXref(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf("xref");
        return at < 0 ? pdf : (s.substring(0, at) + "%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
