package dev.veil.document.ooxml;

import dev.veil.document.audit.IndependentText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip package the blunt way, independently of the format's own segment reader: every
 * entry's bytes, percent-decoded, split into its tag-free text (so runs join up) and each attribute
 * value, entities decoded, lower-cased, letters and digits only. A seeded value is found in it
 * whatever its separators, case or URL encoding.
 */
final class PackageText {
    private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"|='([^']*)'");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final List<String> entryNames = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    PackageText(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entryNames.add(e.getName());
                String raw = percentDecode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                Matcher m = ATTRIBUTE.matcher(raw);
                while (m.find()) {
                    texts.add(normalise(m.group(1) != null ? m.group(1) : m.group(2)));
                }
                texts.add(normalise(TAG.matcher(raw).replaceAll("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> entryNames() {
        return entryNames;
    }

    boolean contains(String value) {
        String v = normalise(value);
        return texts.stream().anyMatch(t -> t.contains(v));
    }

    static String normalise(String s) {
        return IndependentText.decodeEntities(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String percentDecode(String s) {
        return IndependentText.percentDecode(s);
    }
}
