package dev.veil.cli;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench detect}: generates a large mixed text with synthetic personal data, runs the
 * full engine over it on one thread, and prints MB/s (UTF-16 chars counted as bytes of ASCII-like
 * text) and peak heap.
 */
@Command(name = "detect", description = "Detection throughput (MB/s) and peak heap on a generated mixed text.")
final class BenchDetectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DetectOptions options = new DetectOptions();

    @Option(names = "--mb", description = "Size of the generated text in MB (default: ${DEFAULT-VALUE}).")
    int megabytes = 16;

    @Option(names = "--iterations", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int iterations = 5;

    @Option(names = "--warmup", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    int warmup = 2;

    @Option(names = "--kind", description = "Text to generate: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SyntheticCorpus.Kind kind = SyntheticCorpus.Kind.MIXED;

    @Option(names = "--per-detector", description = "Also time each detector alone.")
    boolean perDetector;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String text = SyntheticCorpus.generate(megabytes * 1_000_000, 20261128L, kind);
        double mb = text.length() / 1e6;
        DetectionEngine engine = options.engine();
        out.printf(Locale.ROOT, "text: %.1f MB generated (%s); %d detectors; java %s; %d cpu%n",
                mb, kind.name().toLowerCase(Locale.ROOT), engine.detectors().size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < warmup; i++) {
            engine.detect(text);
        }
        HeapPeaks.reset();
        double[] rates = new double[iterations];
        List<Finding> findings = List.of();
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            findings = engine.detect(text);
            rates[i] = mb / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rates);
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        findings.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        out.printf(Locale.ROOT, "engine: median %.1f MB/s (min %.1f, max %.1f) over %d runs; %d findings%n",
                rates[rates.length / 2], rates[0], rates[rates.length - 1], iterations, findings.size());
        out.printf(Locale.ROOT, "peak heap during measured runs: %.0f MB (text itself: %.0f MB)%n",
                HeapPeaks.bytes() / 1e6, text.length() * 2 / 1e6);
        out.println("findings per type: " + counts);
        if (perDetector) {
            for (Detector d : engine.detectors()) {
                long t0 = System.nanoTime();
                int n = d.detect(new TextView(text)).size();
                double rate = mb / ((System.nanoTime() - t0) / 1e9);
                out.printf(Locale.ROOT, "  %-28s %9.1f MB/s  %7d raw candidates%n", d.name(), rate, n);
            }
        }
        out.flush();
        return 0;
    }


}
