package dev.veil.cli;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
@Command(name = "detect", description = "Detection throughput (MB/s) and peak heap on a generated mixed text, or on given text files.")
final class BenchDetectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DetectOptions options = new DetectOptions();

    @Option(names = "--mb", description = "Size of the generated text in MB (default: ${DEFAULT-VALUE}).")
    int megabytes = 16;

    @Option(names = "--iterations", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int iterations = 5;

    @Option(names = "--warmup", description = "Unmeasured runs first, at least (default: ${DEFAULT-VALUE}).")
    int warmup = 2;

    @Option(names = "--warmup-seconds", description = "Keep warming up until this many seconds have passed: the"
            + " JIT compiler needs seconds for the engine's code, more on small machines (default: ${DEFAULT-VALUE}).")
    double warmupSeconds = 10;

    @Option(names = "--kind", description = "Text to generate: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SyntheticCorpus.Kind kind = SyntheticCorpus.Kind.MIXED;

    @Option(names = "--per-detector", description = "Also time each detector alone.")
    boolean perDetector;

    @Option(names = "--against", paramLabel = "JAR",
            description = "Compare with another build of Veil (its jar or classes directory), run by turns in this JVM, "
                    + "both with the default settings: on a shared machine whose speed drifts by half from minute "
                    + "to minute, the ratio of neighbouring runs is steady where either figure alone is not.")
    java.nio.file.Path against;

    @Option(names = "--write-text", paramLabel = "FILE",
            description = "Only write the generated text to FILE (UTF-8), to compare findings before and after a change.")
    java.nio.file.Path writeText;

    @Option(names = "--text", paramLabel = "FILE", arity = "1..*",
            description = "Measure on these UTF-8 text files (joined by blank lines) instead of a generated text, "
                    + "e.g. the output of `veil text` on real documents.")
    List<java.nio.file.Path> texts = List.of();

    @Option(names = "--unit-chars", paramLabel = "N",
            description = "Detect in units of about N characters (whole lines, joined until N is reached) instead of "
                    + "the whole text at once, as documents are detected: a CSV row, a cell, a paragraph each is one "
                    + "unit, so a run's fixed cost counts (default: 0, the whole text).")
    int unitChars;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (perDetector && unitChars > 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--per-detector times the detectors on the whole text: it takes no --unit-chars");
        }
        String text = texts.isEmpty() ? SyntheticCorpus.generate(megabytes * 1_000_000, 20261128L, kind) : joined(texts);
        String source = texts.isEmpty() ? "generated (" + kind.name().toLowerCase(Locale.ROOT) + ")"
                : "from " + texts.size() + " file(s)";
        if (writeText != null) {
            java.nio.file.Files.writeString(writeText, text);
            out.printf(Locale.ROOT, "wrote %d characters to %s%n", text.length(), writeText);
            out.flush();
            return 0;
        }
        double mb = text.length() / 1e6;
        if (against != null) {
            return compare(out, text, source);
        }
        DetectionEngine engine = options.engine();
        String[] units = units(text, unitChars);
        out.printf(Locale.ROOT, "text: %.1f MB %s%s; %d detectors; java %s; %d cpu%n",
                mb, source, unitsNote(units), engine.detectors().size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmed = 0;
        while (warmed < warmup || System.nanoTime() < warmEnd) {
            detect(engine, units);
            warmed++;
        }
        out.printf(Locale.ROOT, "warm-up: %d runs in at least %.0f s%n", warmed, warmupSeconds);
        HeapPeaks.reset();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[iterations];
        double[] cpuRates = new double[iterations];
        List<Finding> findings = List.of();
        for (int i = 0; i < iterations; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            findings = detect(engine, units);
            rates[i] = mb / ((System.nanoTime() - t0) / 1e9);
            cpuRates[i] = mb / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        findings.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        out.printf(Locale.ROOT, "engine: median %.1f MB/s (min %.1f, max %.1f) over %d runs; %d findings%n",
                rates[rates.length / 2], rates[0], rates[rates.length - 1], iterations, findings.size());
        // CPU time of the detecting thread: what one core achieves, unaffected by other processes' load
        out.printf(Locale.ROOT, "engine by thread CPU time: median %.1f MB/s (min %.1f, max %.1f)%n",
                cpuRates[cpuRates.length / 2], cpuRates[0], cpuRates[cpuRates.length - 1]);
        out.printf(Locale.ROOT, "peak heap during measured runs: %.0f MB (text itself: %.0f MB)%n",
                HeapPeaks.bytes() / 1e6, text.length() * 2 / 1e6);
        out.println("findings per type: " + counts);
        out.printf(Locale.ROOT, "density: one finding per %.0f characters%n",
                findings.isEmpty() ? Double.POSITIVE_INFINITY : text.length() / (double) findings.size());
        if (perDetector) {
            printPerDetector(out, engine, text, threads);
        }
        out.flush();
        return 0;
    }

    /**
     * This build and {@link #against} by turns, on the same text: each measured round runs one
     * then the other and keeps the ratio of their thread CPU times, so that what slows the
     * machine down for a while slows both alike.
     */
    private Integer compare(PrintWriter out, String text, String source) throws java.io.IOException {
        if (perDetector || !options.types.isEmpty() || options.minScore != null || options.config != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--against compares the two builds' default engines: it takes no --per-detector, --types, "
                            + "--min-score or --config");
        }
        if (!java.nio.file.Files.exists(against)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such jar or directory: " + against);
        }
        double mb = text.length() / 1e6;
        DetectionEngine mine = DetectionEngine.defaults();
        String[] units = units(text, unitChars);
        java.util.function.ToIntFunction<String> theirsOnce = OtherBuild.load(against);
        // each side's findings over every unit (the whole text when there is one unit)
        java.util.function.IntSupplier ours = () -> count(t -> mine.detect(t).size(), units);
        java.util.function.IntSupplier theirs = () -> count(theirsOnce, units);
        out.printf(Locale.ROOT, "text: %.1f MB %s%s; this build against %s, by turns; java %s%n",
                mb, source, unitsNote(units), against, System.getProperty("java.version"));
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmed = 0;
        while (warmed < warmup || System.nanoTime() < warmEnd) {
            ours.getAsInt();
            theirs.getAsInt();
            warmed++;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ourMs = new double[iterations];
        double[] theirMs = new double[iterations];
        double[] ratios = new double[iterations];
        int ourFindings = 0;
        int theirFindings = 0;
        for (int i = 0; i < iterations; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            theirFindings = theirs.getAsInt();
            long c1 = threads.getCurrentThreadCpuTime();
            ourFindings = ours.getAsInt();
            long c2 = threads.getCurrentThreadCpuTime();
            theirMs[i] = (c1 - c0) / 1e6 / mb;
            ourMs[i] = (c2 - c1) / 1e6 / mb;
            ratios[i] = (double) (c2 - c1) / Math.max(1, c1 - c0);
        }
        Arrays.sort(ourMs);
        Arrays.sort(theirMs);
        Arrays.sort(ratios);
        int n = iterations;
        out.printf(Locale.ROOT, "other build: median %.2f ms/MB (%.1f MB/s) by thread CPU time; %d findings%n",
                theirMs[n / 2], 1000 / theirMs[n / 2], theirFindings);
        out.printf(Locale.ROOT, "this build:  median %.2f ms/MB (%.1f MB/s) by thread CPU time; %d findings%n",
                ourMs[n / 2], 1000 / ourMs[n / 2], ourFindings);
        out.printf(Locale.ROOT, "this / other, run by run: median %.3f (quartiles %.3f to %.3f) over %d runs%n",
                ratios[n / 2], ratios[n / 4], ratios[(3 * n) / 4], n);
        out.flush();
        return 0;
    }

    /**
     * The text cut after a line end once a unit holds at least {@code n} characters; the whole
     * text when {@code n <= 0}. Joined again, the units are the text.
     */
    static String[] units(String text, int n) {
        if (n <= 0) {
            return new String[] {text};
        }
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start + n >= text.length() ? text.length() : text.indexOf('\n', start + n - 1);
            end = end < 0 ? text.length() : Math.min(text.length(), end + 1);
            out.add(text.substring(start, end));
            start = end;
        }
        return out.toArray(new String[0]);
    }

    private String unitsNote(String[] units) {
        return unitChars <= 0 ? "" : String.format(Locale.ROOT, " in %d units of about %d characters",
                units.length, unitChars);
    }

    private static List<Finding> detect(DetectionEngine engine, String[] units) {
        if (units.length == 1) {
            return engine.detect(units[0]);
        }
        List<Finding> all = new java.util.ArrayList<>();
        for (String unit : units) {
            all.addAll(engine.detect(unit));
        }
        return all;
    }

    private static int count(java.util.function.ToIntFunction<String> detect, String[] units) {
        int n = 0;
        for (String unit : units) {
            n += detect.applyAsInt(unit);
        }
        return n;
    }

    private static String joined(List<java.nio.file.Path> files) throws java.io.IOException {
        List<String> parts = new java.util.ArrayList<>();
        for (java.nio.file.Path f : files) {
            parts.add(java.nio.file.Files.readString(f));
        }
        return String.join("\n\n", parts);
    }

    /**
     * Each detector's share of a run, as the engine pays it: on one {@link TextView} whose shared
     * passes (digit runs, words, keyword positions) an engine run has already made, each detector
     * is timed by thread CPU time over the measured runs (median), in milliseconds per MB.
     */
    private void printPerDetector(PrintWriter out, DetectionEngine engine, String text, ThreadMXBean threads) {
        double mb = text.length() / 1e6;
        TextView shared = new TextView(text);
        long c0 = threads.getCurrentThreadCpuTime();
        engine.detectAll(shared);
        out.printf(Locale.ROOT, "  %-28s %9.2f ms/MB  (first run on a fresh view, shared passes included)%n",
                "all, first pass", (threads.getCurrentThreadCpuTime() - c0) / 1e6 / mb);
        c0 = threads.getCurrentThreadCpuTime();
        engine.detectAll(shared);
        out.printf(Locale.ROOT, "  %-28s %9.2f ms/MB  (the same view again: the shared passes are made)%n",
                "all, second pass", (threads.getCurrentThreadCpuTime() - c0) / 1e6 / mb);
        double total = 0;
        for (Detector d : engine.detectors()) {
            double[] ms = new double[Math.max(1, iterations)];
            int n = 0;
            for (int i = 0; i < ms.length; i++) {
                long t0 = threads.getCurrentThreadCpuTime();
                n = d.detect(shared).size();
                ms[i] = (threads.getCurrentThreadCpuTime() - t0) / 1e6 / mb;
            }
            Arrays.sort(ms);
            total += ms[ms.length / 2];
            out.printf(Locale.ROOT, "  %-28s %9.2f ms/MB  %7d raw candidates%n", d.name(), ms[ms.length / 2], n);
        }
        out.printf(Locale.ROOT, "  %-28s %9.2f ms/MB  (%.1f MB/s)%n", "sum of detectors", total, 1000 / total);
    }
}
