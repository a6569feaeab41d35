package dev.veil.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Tells container formats apart by their structure, which magic bytes alone cannot: a zip is a
 * DOCX, XLSX or PPTX (macro-enabled or not), an OpenDocument or EPUB file, or just a zip; an OLE2
 * file is an encrypted OOXML package or a legacy Office file. Reads only the zip central
 * directory (and at most 128 bytes of an OpenDocument {@code mimetype} entry), never inflating
 * the content, so a zip bomb costs nothing here.
 */
final class PackageSniffer {
    static final String ZIP = "application/zip";
    private static final int MAX_ENTRIES = 100_000;

    private PackageSniffer() {
    }

    /** The type of a zip package, or {@code null} if its directory cannot be read. */
    static String zipType(byte[] bytes) {
        Set<String> names = new HashSet<>();
        String odfType = null;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements() && names.size() < MAX_ENTRIES) {
                ZipArchiveEntry e = entries.nextElement();
                names.add(e.getName());
                if (e.getName().equals("mimetype")) {
                    odfType = readSmall(zip, e);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (names.contains("[Content_Types].xml")) {
            boolean macros = names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"));
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return macros ? "application/vnd.ms-word.document.macroenabled.12" : DocumentTypes.DOCX;
            }
            if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return macros ? "application/vnd.ms-excel.sheet.macroenabled.12" : DocumentTypes.XLSX;
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return macros ? "application/vnd.ms-powerpoint.presentation.macroenabled.12" : DocumentTypes.PPTX;
            }
            return "application/x-tika-ooxml";
        }
        if (odfType != null && odfType.matches("application/[a-z0-9.+-]{1,80}")) {
            return odfType;
        }
        if (names.contains("META-INF/MANIFEST.MF")) {
            return "application/java-archive";
        }
        return ZIP;
    }

    private static String readSmall(ZipFile zip, ZipArchiveEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readNBytes(128), StandardCharsets.US_ASCII).trim();
        }
    }

    /** True if an OLE2 file holds an encrypted OOXML package (the "EncryptedPackage" stream). */
    static boolean isEncryptedOoxml(byte[] bytes) {
        return contains(bytes, utf16le("EncryptedPackage"));
    }

    /** The legacy Office type of an OLE2 file from its stream names, or {@code null}. */
    static String oleType(byte[] bytes) {
        if (contains(bytes, utf16le("WordDocument"))) {
            return "application/msword";
        }
        if (contains(bytes, utf16le("Workbook")) || contains(bytes, utf16le("Book"))) {
            return "application/vnd.ms-excel";
        }
        if (contains(bytes, utf16le("PowerPoint Document"))) {
            return "application/vnd.ms-powerpoint";
        }
        if (contains(bytes, utf16le("__substg1.0_"))) {
            return "application/vnd.ms-outlook";
        }
        return null;
    }

    private static byte[] utf16le(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            if (hay[i] != needle[0]) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
