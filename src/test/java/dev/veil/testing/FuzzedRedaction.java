package dev.veil.testing;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.TextUnit;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.DocumentRedactor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The property every document fuzz target checks: a document of any bytes, redacted with small
 * limits and a deadline, either comes back with none of the planted values that the engine found
 * in it, or is refused with {@link UnreadableDocumentException} (400 at the front doors). Any other
 * exception, a missed deadline ({@link dev.veil.pipeline.DeadlineExceededException}) or a planted
 * value left in the output escapes to the fuzzer as a finding. Seed documents carry
 * {@link #PLANTED} (synthetic values only).
 */
public final class FuzzedRedaction {
    /** Synthetic personal data written into every seed document. */
    public static final List<String> PLANTED = List.of(
            "jane.fuzz@example.com", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00");

    /** Limits small enough that a fuzzed zip or PDF cannot take the JVM's memory. */
    public static final DocumentLimits LIMITS =
            new DocumentLimits(1024 * 1024, 10, 200, 0.01, 16 * 1024 * 1024, 64);

    /** A small document is redacted in milliseconds; this much is a hang, even on a loaded machine. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    private final DetectionEngine engine = DetectionEngine.defaults();
    private final DocumentRedactor redactor = new DocumentRedactor(engine);

    /** Redacts {@code input} as {@code format} and checks the outcome (see the class comment). */
    public void redactOrRefuse(DocumentFormat format, byte[] input) {
        Set<String> told;
        try {
            told = plantedValuesFound(format, input);
        } catch (UnreadableDocumentException refused) {
            told = Set.of();
        }
        Deadline deadline = Deadline.in(DEADLINE, Clock.systemUTC());
        byte[] out;
        try {
            out = redactor.redact(format, input, LIMITS, (f, value) -> "[" + f.type().name() + "]",
                    deadline::check).bytes();
        } catch (UnreadableDocumentException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal always says why");
            }
            return;
        }
        int leaked = leakedCount(format, out, told);
        if (leaked > 0) {
            throw new AssertionError(leaked + " planted value(s) found in the input are still in the "
                    + format.name() + " output");
        }
    }

    /** The planted values the engine finds, as whole values, in the document's units. */
    public Set<String> plantedValuesFound(DocumentFormat format, byte[] input) {
        Set<String> found = new TreeSet<>();
        try (OpenDocument doc = format.open(input, LIMITS)) {
            for (TextUnit u : doc.units()) {
                for (Finding f : engine.detect(u.text())) {
                    String value = u.text().substring(f.start(), f.end()).strip();
                    PLANTED.stream().filter(p -> p.equalsIgnoreCase(value)).forEach(found::add);
                }
            }
        }
        return found;
    }

    /**
     * How many of {@code values} remain in {@code out} as whole words: in its units read back by
     * the same format or, when the output has no readable text layer (a rasterised PDF), in its
     * raw bytes.
     */
    static int leakedCount(DocumentFormat format, byte[] out, Set<String> values) {
        if (values.isEmpty()) {
            return 0;
        }
        StringBuilder text = new StringBuilder();
        try (OpenDocument doc = format.open(out, LIMITS)) {
            for (TextUnit u : doc.units()) {
                text.append(u.text()).append('\n');
            }
        } catch (UnreadableDocumentException noTextLayer) {
            text.append(new String(out, StandardCharsets.ISO_8859_1));
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        return (int) values.stream().filter(v -> containsWord(lower, v.toLowerCase(Locale.ROOT))).count();
    }

    /** Whether {@code value} occurs in {@code text} with no letter or digit right before or after it. */
    static boolean containsWord(String text, String value) {
        for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
            int end = i + value.length();
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}
