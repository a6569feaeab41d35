package dev.veil.pipeline;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Finding;
import dev.veil.detect.OverlapResolver;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.RepeatedValues;
import dev.veil.document.Replacer;
import dev.veil.document.TextUnit;
import dev.veil.document.UnreadableDocumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Redacts or tokenises one document in its own format, and fails closed:
 * <ol>
 *   <li>detects per unit;</li>
 *   <li>replaces every other occurrence of a found value too (a name detected in the body is also
 *       removed from a footer or a cell where nothing around it made it detectable); values
 *       shorter than {@link #MIN_REPEAT_LENGTH} characters (ages, PINs) are replaced only where
 *       detected;</li>
 *   <li>rewrites, reopens the output with the same format and checks that no found value is left
 *       in any unit; if one is, the document is refused ({@link UnreadableDocumentException}) and
 *       no output exists. Formats that verify their own output (PDF) are not reopened.</li>
 * </ol>
 * Thread-safe if the engine and format are (they are immutable).
 */
public final class DocumentRedactor {
    /** Values shorter than this are replaced where found, not everywhere they occur. */
    public static final int MIN_REPEAT_LENGTH = 5;

    private final DetectionEngine engine;

    public DocumentRedactor(DetectionEngine engine) {
        this.engine = engine;
    }

    /** The rewritten document and how many places were replaced. */
    public record Result(byte[] bytes, int replaced) {
    }

    public Result redact(DocumentFormat format, byte[] bytes, DocumentLimits limits, Replacer replacer) {
        return redact(format, bytes, limits, replacer, phase -> { });
    }

    /**
     * As {@link #redact(DocumentFormat, byte[], DocumentLimits, Replacer)}, calling
     * {@code checkpoint} with the phase name between units and phases (a deadline check throws
     * from it and abandons the work).
     */
    public Result redact(DocumentFormat format, byte[] bytes, DocumentLimits limits, Replacer replacer,
                         java.util.function.Consumer<String> checkpoint) {
        return redact(format, bytes, limits, replacer, checkpoint, null);
    }

    /**
     * As above, with the findings of a remote detector (Amazon Comprehend) over all units merged
     * into the local ones; {@code remote} gets every unit's text at once and answers per unit, or
     * is null.
     */
    public Result redact(DocumentFormat format, byte[] bytes, DocumentLimits limits, Replacer replacer,
                         java.util.function.Consumer<String> checkpoint,
                         java.util.function.Function<List<String>, List<List<Finding>>> remote) {
        return redact(format, bytes, limits, replacer, checkpoint, remote, DetectionMemo.NONE);
    }

    /**
     * As above, with the units' findings taken from {@code memo} when it holds them for these
     * very texts (the shared detection cache); otherwise detected, and offered to the memo.
     */
    public Result redact(DocumentFormat format, byte[] bytes, DocumentLimits limits, Replacer replacer,
                         java.util.function.Consumer<String> checkpoint,
                         java.util.function.Function<List<String>, List<List<Finding>>> remote, DetectionMemo memo) {
        RepeatedValues values = new RepeatedValues(MIN_REPEAT_LENGTH);
        byte[] out;
        int replaced = 0;
        try (OpenDocument doc = format.open(bytes, limits)) {
            List<String> texts = doc.texts();
            checkpoint.accept("extract");
            List<List<Finding>> found = memo.findings(texts, () -> detect(texts, checkpoint, remote));
            for (int i = 0; i < texts.size(); i++) {
                for (Finding f : found.get(i)) {
                    values.add(texts.get(i).substring(f.start(), f.end()), f);
                }
            }
            List<List<Finding>> all = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                List<Finding> fs = new ArrayList<>(found.get(i));
                fs.addAll(values.occurrencesIn(texts.get(i)));
                List<Finding> disjoint = OverlapResolver.resolve(fs);
                replaced += disjoint.size();
                all.add(disjoint);
            }
            checkpoint.accept("transform");
            out = doc.rewrite(all, replacer);
        }
        checkpoint.accept("verify");
        verify(format, out, limits, values);
        return new Result(out, replaced);
    }

    /** Local findings per text, merged with the remote detector's when there is one. */
    private List<List<Finding>> detect(List<String> texts, java.util.function.Consumer<String> checkpoint,
                                       java.util.function.Function<List<String>, List<List<Finding>>> remote) {
        // short units are detected together (DetectionEngine.detectEach), the deadline checked before each call
        List<List<Finding>> found = engine.detectEach(texts, () -> checkpoint.accept("detect"));
        if (remote != null && !texts.isEmpty()) {
            found = dev.veil.detect.FindingMerger.mergeEach(found, remote.apply(texts));
        }
        return found;
    }

    /** Reopens the output: any found value still in any unit refuses the document. */
    private static void verify(DocumentFormat format, byte[] out, DocumentLimits limits, RepeatedValues values) {
        if (values.isEmpty() || format.verifiesOwnOutput()) {
            return;
        }
        try (OpenDocument check = format.open(out, limits.forOwnOutput())) {
            int left = 0;
            for (TextUnit u : check.units()) {
                left += values.occurrencesIn(u.text()).size();
            }
            if (left > 0) {
                throw new UnreadableDocumentException("verification failed: " + left
                        + " found value(s) still in the output; nothing written");
            }
        }
    }
}
