package dev.veil.cli;

import dev.veil.detect.DetectionEngine;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.pipeline.DocumentRedactor;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code veil bench documents --goal}: the document speed goals measured as stated: a
 * generated 100 KB DOCX and a 10-page PDF, each redacted warm through {@link DocumentRedactor}
 * (detection, rewrite, and the PDF's own verification), median and p90 in milliseconds.
 */
final class GoalDocuments {
    private static final long SEED = 42;
    private static final int WARM_UP = 5;

    private final DetectionEngine engine;
    private final int runs;

    GoalDocuments(DetectionEngine engine, int runs) {
        this.engine = engine;
        this.runs = runs;
    }

    void print(PrintWriter out) {
        DocumentTypes types = DocumentTypes.standard();
        DocumentFormats formats = DocumentFormats.standard();
        out.println("| document | bytes | median ms | p90 ms | runs | goal |");
        out.println("|---|---:|---:|---:|---:|---|");
        row(out, "DOCX, ~100 KB", SizedDocuments.docx(100 * 1024, SEED), "x.docx", types, formats);
        row(out, "PDF, 10 pages", SizedDocuments.pdf(10, SEED), "x.pdf", types, formats);
        out.flush();
    }

    private void row(PrintWriter out, String label, byte[] doc, String name, DocumentTypes types, DocumentFormats formats) {
        DocumentFormat format = formats.formatFor(types.detect(doc, name));
        DocumentRedactor redactor = new DocumentRedactor(engine);
        long[] ms = new long[runs];
        for (int i = -WARM_UP; i < runs; i++) {
            long t0 = System.nanoTime();
            redactor.redact(format, doc, DocumentLimits.defaults(), (f, v) -> "[" + f.type() + "]");
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        Arrays.sort(ms);
        long median = ms[runs / 2];
        long p90 = ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)];
        out.printf(Locale.ROOT, "| %s | %,d | %d | %d | %d | 300 ms: %s |%n", label, doc.length, median, p90, runs,
                median <= 300 ? "met" : "missed");
        out.flush();
    }
}
