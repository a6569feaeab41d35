package dev.veil.cli;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Finding;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.OpenDocument;
import dev.veil.document.UnreadableDocumentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench documents [DIR…]}: redacts every document of a corpus (default
 * {@code test-documents}) in memory and prints, per format, the time per document split into
 * open, detect and rewrite, and PDF pages per second. Files without a format are listed, not timed.
 */
@Command(name = "documents", description = "Per-format time per document and PDF pages/s on a corpus.")
final class BenchDocumentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DetectOptions options = new DetectOptions();

    @Option(names = "--rounds", description = "Measured passes over the corpus (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--goal", description = "Instead of a corpus: a generated 100 KB DOCX and 10-page PDF, "
            + "redacted warm the way the function does (median and p90 of --rounds x 10 runs; the goal is 300 ms each).")
    boolean goal;

    @Parameters(paramLabel = "DIR", arity = "0..*")
    List<Path> dirs = new ArrayList<>(List.of(Path.of("test-documents")));

    /** Totals of one format, in nanoseconds. */
    private static final class Tally {
        int docs;
        long bytes;
        long open;
        long detect;
        long rewrite;
        long pages;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        DetectionEngine engine = options.engine();
        if (goal) {
            new GoalDocuments(engine, rounds * 10).print(out);
            return 0;
        }
        DocumentTypes types = DocumentTypes.standard();
        DocumentFormats formats = DocumentFormats.standard();
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        Map<String, Tally> byFormat = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) { // round 0 warms up and is not counted
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                DocumentTypes.DocumentType type = types.detect(bytes, f.getFileName().toString());
                DocumentFormat format = formats.forMediaType(type.mediaType()).orElse(null);
                if (format == null) {
                    if (round == 0) {
                        skipped.add(f.getFileName() + " (" + type.mediaType() + ")");
                    }
                    continue;
                }
                try {
                    Tally t = time(format, bytes, engine);
                    if (round > 0) {
                        Tally sum = byFormat.computeIfAbsent(format.name(), k -> new Tally());
                        sum.docs++;
                        sum.bytes += bytes.length;
                        sum.open += t.open;
                        sum.detect += t.detect;
                        sum.rewrite += t.rewrite;
                        sum.pages += type.mediaType().equals(DocumentTypes.PDF) ? pages(bytes) : 0;
                    }
                } catch (UnreadableDocumentException e) {
                    if (round == 0) {
                        skipped.add(f.getFileName() + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        out.println("| format | documents | KB/doc | ms/doc | open | detect | rewrite+save | pages/s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var e : byFormat.entrySet()) {
            Tally t = e.getValue();
            double total = (t.open + t.detect + t.rewrite) / 1e6;
            out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n", e.getKey(), t.docs / rounds,
                    t.bytes / 1024.0 / t.docs, total / t.docs, t.open / 1e6 / t.docs, t.detect / 1e6 / t.docs,
                    t.rewrite / 1e6 / t.docs,
                    t.pages == 0 ? "" : String.format(Locale.ROOT, "%.1f", t.pages / (total / 1000)));
        }
        out.println("not timed: " + (skipped.isEmpty() ? "none" : String.join(", ", skipped)));
        out.flush();
        return 0;
    }

    private static Tally time(DocumentFormat format, byte[] bytes, DetectionEngine engine) {
        Tally t = new Tally();
        long t0 = System.nanoTime();
        try (OpenDocument doc = format.open(bytes, DocumentLimits.defaults())) {
            List<String> texts = doc.texts();
            long t1 = System.nanoTime();
            List<List<Finding>> findings = engine.detectEach(texts);
            long t2 = System.nanoTime();
            doc.rewrite(findings, (f, v) -> "[" + f.type() + "]");
            long t3 = System.nanoTime();
            t.open = t1 - t0;
            t.detect = t2 - t1;
            t.rewrite = t3 - t2;
        }
        return t;
    }

    private static int pages(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            return 0;
        }
    }
}
