package dev.veil.document.text;

import dev.veil.detect.CustomPattern;
import dev.veil.detect.CustomPatternDetector;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.Replacer;
import dev.veil.document.TextUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The document pipeline in miniature for format tests: open, detect each unit with an engine of
 * custom patterns that match the synthetic values seeded in test documents (so these tests do not
 * depend on the built-in detectors), rewrite, save. Two replacers: {@link #LABEL} for redact and
 * {@link #TOKEN}, a same-shape substitution standing in for tokenise.
 */
final class SeededRedaction {
    static final DetectionEngine ENGINE = DetectionEngine.builder()
            .detector(pattern("email", EntityType.EMAIL, "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,10}"))
            .detector(pattern("ssn", EntityType.SSN, "\\b\\d{3}-\\d{2}-\\d{4}\\b"))
            .detector(pattern("phone", EntityType.PHONE, "(?:\\+1[ .-]?)?\\(?\\b\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}\\b"))
            .detector(pattern("phone-digits", EntityType.PHONE, "\\b[2-9]\\d{9}\\b"))
            .detector(pattern("card", EntityType.CREDIT_DEBIT_NUMBER, "\\b4\\d{3}(?:[ \\x{00A0}-]?\\d{4}){3}\\b"))
            .detector(pattern("name", EntityType.NAME,
                    "\\b(?:Mary\\s+Smith|Robert\\s+Chen|Zoë\\s+Ångström|José\\s+Müller|Aiko\\s+Tanaka|Olu\\s+Adeyemi"
                            + "|Grace\\s+Kowalski|Hiroshi\\s+Mori|Lena\\s+Fischer|Tomás\\s+Ruiz)\\b"))
            .build();

    static final Replacer LABEL = (finding, value) -> "[" + finding.type() + "]";

    /** Letters rotated by 13, digits shifted by 5, other characters kept: same length, different value. */
    static final Replacer TOKEN = (finding, value) -> {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                sb.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) ('A' + (c - 'A' + 13) % 26));
            } else if (c >= '0' && c <= '9') {
                sb.append((char) ('0' + (c - '0' + 5) % 10));
            } else if (Character.isLetter(c)) {
                sb.append('x');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    };

    private SeededRedaction() {
    }

    private static CustomPatternDetector pattern(String name, EntityType type, String regex) {
        return new CustomPatternDetector(new CustomPattern(name, type, regex, 0.9, List.of(), false));
    }

    static byte[] run(DocumentFormat format, byte[] bytes, Replacer replacer) {
        return run(format, bytes, replacer, DocumentLimits.defaults());
    }

    static byte[] run(DocumentFormat format, byte[] bytes, Replacer replacer, DocumentLimits limits) {
        try (OpenDocument doc = format.open(bytes, limits)) {
            List<List<Finding>> findings = new ArrayList<>();
            for (TextUnit unit : doc.units()) {
                findings.add(ENGINE.detect(unit.text()));
            }
            return doc.rewrite(findings, replacer);
        }
    }

    /** The joined text of every unit, one per line (what detection sees). */
    static List<String> unitTexts(DocumentFormat format, byte[] bytes) {
        try (OpenDocument doc = format.open(bytes, DocumentLimits.defaults())) {
            return doc.units().stream().map(TextUnit::text).toList();
        }
    }
}
