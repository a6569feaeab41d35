package dev.veil.document.ooxml;

import dev.veil.document.DocumentLimits;
import dev.veil.document.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks a package before POI parses it: what kind of container it is (an encrypted OOXML file is
 * an OLE2 container holding {@code EncryptedPackage}), and whether its zip entries stay within
 * {@link DocumentLimits} when actually inflated (entry count, total expanded size, inflate ratio).
 *
 * <p>This guard is the authoritative check and keeps no state: POI's own {@link ZipSecureFile}
 * limits are JVM-wide static settings (and Tika's OOXML parser is known to switch them off), so
 * they are set as a second line of defence, never relied on alone.
 */
final class PackageGuard {
    /** Entries smaller than this are not ratio-checked: tiny XML parts compress extremely well. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private PackageGuard() {
    }

    static void check(byte[] bytes, DocumentLimits limits) {
        if (bytes.length > limits.maxInputBytes()) {
            throw new UnreadableDocumentException("document larger than the limit of " + limits.maxInputBytes() + " bytes");
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("unrecognised container");
        }
        if (magic == FileMagic.OLE2) {
            throw new UnreadableDocumentException(isEncryptedPackage(bytes)
                    ? "encrypted or password-protected document: cannot inspect"
                    : "legacy OLE2 document (.doc/.xls/.ppt), not an OOXML package");
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableDocumentException("not a zip package (" + magic.name().toLowerCase() + ")");
        }
        scanEntries(bytes, limits);
        applyPoiLimits(limits);
    }

    private static boolean isEncryptedPackage(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Inflates every entry, counting, so that declared sizes (which can lie) are never trusted. */
    private static void scanEntries(byte[] bytes, DocumentLimits limits) {
        CountingStream raw = new CountingStream(new ByteArrayInputStream(bytes));
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxParts()) {
                    throw new UnreadableDocumentException("package has more than " + limits.maxParts() + " parts");
                }
                long compressedStart = raw.count;
                long inflated = 0;
                int n;
                while ((n = zip.read(buf)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > limits.maxExpandedBytes()) {
                        throw new UnreadableDocumentException("package expands beyond " + limits.maxExpandedBytes() + " bytes");
                    }
                    if (inflated > RATIO_GRACE_BYTES
                            && (double) (raw.count - compressedStart) / inflated < limits.minInflateRatio()) {
                        throw new UnreadableDocumentException("zip entry inflates beyond the allowed ratio (zip bomb)");
                    }
                }
            }
            if (entries == 0) {
                throw new UnreadableDocumentException("empty or truncated zip package");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("corrupt or truncated zip package");
        }
    }

    /**
     * POI's inflate ratio, the same for every package: POI checks each entry from its first 100 KB,
     * this guard from {@link #RATIO_GRACE_BYTES}, and a part between the two (a redacted contact
     * list's document part: 157 KB compressed 101:1) was refused by POI, as "not a readable OOXML
     * package", though it passed this guard. A tenth of the default limit still stops runs of one
     * byte (deflate's own limit is about 1032:1), which only a bomb holds. One value for every
     * package, since POI's settings are JVM-wide: a stricter one set for another document, on
     * another thread, in between, would apply to this one.
     */
    static final double POI_MIN_INFLATE_RATIO = 0.001;

    /**
     * POI keeps these as static settings; set them every time (the ratio never off), so POI's own
     * check holds whatever else in the JVM touched them.
     */
    private static void applyPoiLimits(DocumentLimits limits) {
        ZipSecureFile.setMinInflateRatio(POI_MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Math.min(limits.maxExpandedBytes(), 0xFFFFFFFFL));
        ZipSecureFile.setMaxFileCount(limits.maxParts());
    }

    /** Counts the compressed bytes the inflater has consumed so far. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
