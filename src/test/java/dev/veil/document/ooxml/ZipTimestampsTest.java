package dev.veil.document.ooxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipTimestampsTest {
    private static byte[] zip(LocalDateTime time, String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String n : names) {
                ZipEntry e = new ZipEntry(n);
                e.setTimeLocal(time);
                out.putNextEntry(e);
                out.write(("content of " + n).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void packagesWrittenAtDifferentTimesBecomeIdentical() throws IOException {
        byte[] early = ZipTimestamps.normalise(zip(LocalDateTime.of(2026, 1, 2, 3, 4, 6), "[Content_Types].xml", "word/document.xml"));
        byte[] late = ZipTimestamps.normalise(zip(LocalDateTime.of(2026, 11, 28, 21, 0, 0), "[Content_Types].xml", "word/document.xml"));
        assertArrayEquals(early, late);
    }

    @Test
    void entriesKeepTheirNamesAndContentAndReadAsTheFirstDosDate() throws IOException {
        byte[] z = ZipTimestamps.normalise(zip(LocalDateTime.of(2026, 5, 5, 5, 5, 6), "a.xml", "b/c.xml"));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(z))) {
            for (String n : new String[] {"a.xml", "b/c.xml"}) {
                ZipEntry e = in.getNextEntry();
                assertEquals(n, e.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal());
                assertEquals("content of " + n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PK", "not a zip at all, just some text that is long enough to scan"})
    void bytesThatAreNotAZipAreLeftAlone(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(b.clone(), ZipTimestamps.normalise(b));
    }
}
