package dev.veil.document.audit;

import dev.veil.document.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader or a tool could get out of a document, read the blunt way and
 * independently of Veil's own format readers, so that a leak audit does not share their blind
 * spots.
 * <ul>
 *   <li>zip packages (DOCX, XLSX, PPTX, ODF): every entry's bytes, percent-decoded, as tag-free
 *       text (once with tags dropped, so runs split by formatting join up, and once with a space
 *       per tag, so adjacent cells stay apart) and each attribute value, entities decoded;</li>
 *   <li>PDF: the raw file, PDFBox's text, every string object and every decoded non-image stream
 *       (content streams, Form XObjects, metadata, embedded files);</li>
 *   <li>anything else: the bytes as UTF-8, as Latin-1 and, with a BOM, as UTF-16, entities decoded.</li>
 * </ul>
 * The text is capped at {@code maxChars}; reading past the cap is an error, never a silent cut.
 */
public final class IndependentText {
    private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]{0,100000})\"|='([^']{0,100000})'");
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,100000}>");
    private static final Pattern CHAR_REF = Pattern.compile("&#([xX]?)([0-9a-fA-F]{1,8});");
    private static final int MAX_PDF_DEPTH = 64;

    private final long maxChars;
    private final StringBuilder text = new StringBuilder();

    private IndependentText(long maxChars) {
        this.maxChars = maxChars;
    }

    /** The blunt text of {@code doc}, at most {@code maxChars} characters. */
    public static String of(byte[] doc, long maxChars) {
        IndependentText t = new IndependentText(maxChars);
        try {
            if (startsWith(doc, "PK\u0003\u0004")) {
                t.zip(doc);
            } else if (startsWith(doc, "%PDF")) {
                t.pdf(doc);
            } else {
                t.plain(doc);
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("the audit cannot read the document ("
                    + e.getClass().getSimpleName() + ")");
        }
        return t.text.toString();
    }

    private void zip(byte[] doc) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(doc))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                add(e.getName());
                String raw = percentDecode(new String(readCapped(in), StandardCharsets.UTF_8));
                Matcher m = ATTRIBUTE.matcher(raw);
                while (m.find()) {
                    add(decodeEntities(m.group(1) != null ? m.group(1) : m.group(2)));
                }
                // Without tags, runs split inside a word join up; with a space per tag, cells
                // that touch stay apart (a value is not lost in its neighbour's digits).
                add(decodeEntities(TAG.matcher(raw).replaceAll("")));
                add(decodeEntities(TAG.matcher(raw).replaceAll(" ")));
            }
        }
    }

    private void pdf(byte[] doc) throws IOException {
        add(new String(doc, StandardCharsets.ISO_8859_1));
        try (PDDocument pdf = Loader.loadPDF(doc)) {
            add(new PDFTextStripper().getText(pdf));
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
                COSObject o = pdf.getDocument().getObjectFromPool(key);
                collect(o.getObject(), seen);
            }
        }
    }

    /** Walks a PDF object graph without recursion (a hostile file can nest deeply or loop). */
    private void collect(COSBase root, Map<COSBase, Boolean> seen) throws IOException {
        Deque<COSBase> todo = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        todo.push(root);
        depths.push(0);
        while (!todo.isEmpty()) {
            COSBase b = todo.pop();
            int depth = depths.pop();
            if (b instanceof COSObject o) {
                b = o.getObject();
            }
            if (b == null || depth > MAX_PDF_DEPTH || seen.put(b, Boolean.TRUE) != null) {
                continue;
            }
            if (b instanceof COSString s) {
                add(s.getString());
            } else if (b instanceof COSStream s && !COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                try (InputStream in = s.createInputStream()) {
                    add(new String(readCapped(in), StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    try (InputStream raw = s.createRawInputStream()) {
                        add(new String(readCapped(raw), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            if (b instanceof COSDictionary d) {
                for (COSBase v : d.getValues()) {
                    todo.push(v);
                    depths.push(depth + 1);
                }
            } else if (b instanceof COSArray a) {
                for (COSBase v : a) {
                    todo.push(v);
                    depths.push(depth + 1);
                }
            }
        }
    }

    private void plain(byte[] doc) {
        add(decodeEntities(new String(doc, StandardCharsets.UTF_8)));
        add(decodeEntities(new String(doc, StandardCharsets.ISO_8859_1)));
        if (doc.length >= 2 && (doc[0] & 0xff) == 0xff && (doc[1] & 0xff) == 0xfe) {
            add(new String(doc, StandardCharsets.UTF_16LE));
        } else if (doc.length >= 2 && (doc[0] & 0xff) == 0xfe && (doc[1] & 0xff) == 0xff) {
            add(new String(doc, StandardCharsets.UTF_16BE));
        }
    }

    private byte[] readCapped(InputStream in) throws IOException {
        long room = maxChars - text.length();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, room) + 1));
        if (bytes.length > room) {
            throw tooLarge();
        }
        return bytes;
    }

    private void add(String s) {
        if (text.length() + s.length() + 1 > maxChars) {
            throw tooLarge();
        }
        text.append(s).append('\n');
    }

    private UnreadableDocumentException tooLarge() {
        return new UnreadableDocumentException("the audit's text of the document is over " + maxChars + " characters");
    }

    /** XML/HTML entities, named (the five of XML and {@code &nbsp;}) and numeric, decoded. */
    public static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        String named = s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&");
        Matcher m = CHAR_REF.matcher(named);
        StringBuilder sb = new StringBuilder(named.length());
        while (m.find()) {
            int cp = (int) Math.min(Long.parseLong(m.group(2), m.group(1).isEmpty() ? 10 : 16), 0x10FFFF + 1L);
            String repl = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(repl));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code %XX} escapes decoded byte by byte (enough to expose an encoded value to a search). */
    public static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static boolean startsWith(byte[] doc, String magic) {
        if (doc.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (doc[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
