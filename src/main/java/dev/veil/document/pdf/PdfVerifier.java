package dev.veil.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks a rewritten PDF the way a reader would see it: reopens the saved bytes, extracts each
 * page's text with PDFBox's own text stripper (not Veil's glyph pass) and looks for every removed
 * value with case and white space ignored (the stripper guesses spaces from positions).
 * Punctuation is kept, so "yusuf.demir@…" does not count as the removed name "Yusuf Demir". Pages that still show one, and pages marked
 * beforehand as untrustworthy, are rasterised with their boxes burned in.
 */
final class PdfVerifier {
    /** Values shorter than this (without white space) match by chance too often to decide on. */
    private static final int MIN_NEEDLE = 4;

    private PdfVerifier() {
    }

    /** The result of verification: the final bytes and the pages that were rasterised. */
    record Verified(byte[] pdf, Set<Integer> rasterisedPages) {
    }

    static Verified verify(byte[] pdf, Collection<String> removedValues, Set<Integer> mustRasterise)
            throws IOException {
        Needles needles = new Needles();
        for (String v : removedValues) {
            String c = squeeze(v);
            if (c.length() >= MIN_NEEDLE) {
                needles.add(c);
            }
        }
        try (PDDocument out = Loader.loadPDF(pdf)) {
            Set<Integer> raster = new TreeSet<>(mustRasterise);
            if (!needles.isEmpty()) {
                List<String> pages = pageTexts(out);
                for (int i = 0; i < pages.size(); i++) {
                    if (needles.anyIn(squeeze(pages.get(i)))) {
                        raster.add(i);
                    }
                }
            }
            if (raster.isEmpty()) {
                return new Verified(pdf, Set.of());
            }
            PageRasteriser.rasterise(out, List.copyOf(raster));
            return new Verified(save(out), Set.copyOf(raster));
        }
    }

    /** Each page's text from one pass of PDFBox's stripper (one pass per page would be quadratic). */
    private static List<String> pageTexts(PDDocument document) throws IOException {
        StringWriter all = new StringWriter();
        List<Integer> ends = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void endPage(PDPage page) throws IOException {
                super.endPage(page);
                ends.add(all.getBuffer().length());
            }
        };
        stripper.writeText(document, all);
        List<String> pages = new ArrayList<>(ends.size());
        int start = 0;
        for (int end : ends) {
            pages.add(all.getBuffer().substring(start, end));
            start = end;
        }
        return pages;
    }

    /**
     * The removed values, looked up by their first {@value #MIN_NEEDLE} characters. Each page was
     * searched for each value and the values were kept unique in a list: both grow with the
     * document, so a long contact list's check was quadratic (a 630 KB, 80-page one spent a second
     * there, one four times longer sixteen). Now each place on a page is looked up once, and only
     * the values that begin there are compared: the same answer as searching for each.
     */
    private static final class Needles {
        private final Map<Long, List<String>> byPrefix = new HashMap<>();
        private final Set<String> seen = new HashSet<>();

        void add(String needle) {
            if (seen.add(needle)) {
                byPrefix.computeIfAbsent(prefix(needle), k -> new ArrayList<>(1)).add(needle);
            }
        }

        boolean isEmpty() {
            return seen.isEmpty();
        }

        /** Whether any value occurs in {@code text}. */
        boolean anyIn(String text) {
            long key = 0;
            for (int i = 0; i < text.length(); i++) {
                key = (key << 16) | text.charAt(i);
                int start = i - (MIN_NEEDLE - 1);
                if (start < 0) {
                    continue;
                }
                List<String> candidates = byPrefix.get(key);
                if (candidates != null) {
                    for (String n : candidates) {
                        if (text.startsWith(n, start)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** The first {@value #MIN_NEEDLE} characters of {@code s}, sixteen bits each (four fill the key). */
        private static long prefix(String s) {
            long key = 0;
            for (int i = 0; i < MIN_NEEDLE; i++) {
                key = (key << 16) | s.charAt(i);
            }
            return key;
        }
    }

    static byte[] save(PDDocument document) throws IOException {
        if (document.isEncrypted()) {
            document.setAllSecurityToBeRemoved(true);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes, CompressParameters.NO_COMPRESSION); // a full rewrite, never incremental
        return bytes.toByteArray();
    }

    /** Lower case without white space. */
    static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Lower-case letters and digits only: "+1 415-555 0134" and "14155550134" compare equal. */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
