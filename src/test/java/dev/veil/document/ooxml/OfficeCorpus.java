package dev.veil.document.ooxml;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.CustomPattern;
import dev.veil.detect.CustomPatternDetector;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.Replacer;
import dev.veil.document.TextUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office corpus in {@code test-documents/office/} and what the tests need around it: the
 * manifest of seeded values, a detection engine that finds exactly those values (so these tests do
 * not depend on the built-in detectors), the two replacers, and the redaction loop.
 */
final class OfficeCorpus {
    static final Path DIR = Path.of("test-documents", "office");

    /** Redact: a label per type. */
    static final Replacer REDACT = (finding, value) -> "[" + finding.type() + "]";

    /** Tokenise-like: same length, letters rotated by 13, digits by 5; never the value itself. */
    static final Replacer TOKENISE = (finding, value) -> {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                sb.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) ('A' + (c - 'A' + 13) % 26));
            } else if (c >= '0' && c <= '9') {
                sb.append((char) ('0' + (c - '0' + 5) % 10));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    };

    private OfficeCorpus() {
    }

    static Map<String, List<String>> manifest() {
        try {
            return new ObjectMapper().readValue(DIR.resolve("manifest.json").toFile(),
                    new TypeReference<LinkedHashMap<String, List<String>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(String file) {
        try {
            return Files.readAllBytes(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An engine that finds the given values whatever their case and separators. */
    static DetectionEngine engineFor(Collection<String> values) {
        DetectionEngine.Builder b = DetectionEngine.builder();
        int i = 0;
        for (String v : values) {
            List<String> tokens = new ArrayList<>();
            for (String t : v.split("[^\\p{L}\\p{N}]+")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                }
            }
            String regex = "(?i)" + String.join("[^\\p{L}\\p{N}]{0,4}", tokens);
            b.detector(new CustomPatternDetector(new CustomPattern("seed" + i++, typeOf(v), regex, 0.9, List.of(),
                    false)));
        }
        return b.build();
    }

    static EntityType typeOf(String value) {
        String digits = value.replaceAll("\\D", "");
        if (value.contains("@")) {
            return EntityType.EMAIL;
        }
        if (value.matches("[A-Z]{2}\\d{2}.*")) {
            return EntityType.INTERNATIONAL_BANK_ACCOUNT_NUMBER;
        }
        if (digits.length() == 16) {
            return EntityType.CREDIT_DEBIT_NUMBER;
        }
        if (value.matches("\\d{3}-\\d{2}-\\d{4}")) {
            return EntityType.SSN;
        }
        return digits.length() >= 7 ? EntityType.PHONE : EntityType.NAME;
    }

    /** open → detect every unit → rewrite → bytes, as the pipeline does. */
    static byte[] redact(byte[] input, DetectionEngine engine, Replacer replacer) {
        try (OpenDocument doc = new OoxmlFormat().open(input, DocumentLimits.defaults())) {
            List<List<Finding>> findings = new ArrayList<>();
            for (TextUnit unit : doc.units()) {
                findings.add(engine.detect(unit.text()));
            }
            return doc.rewrite(findings, replacer);
        }
    }
}
