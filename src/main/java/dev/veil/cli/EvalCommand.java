package dev.veil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.Offsets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil eval FILE.jsonl…}: runs labelled cases ({@code {"entity","text","expected":[[s,e],…]}},
 * code-point offsets) through the full engine and prints precision, recall and F1 per type.
 * A finding of the case's (mapped) type counts when it overlaps an expected span; a finding of
 * that type that overlaps none, or in a text that expects none, is a false positive.
 */
@Command(name = "eval", description = "Measure precision/recall/F1 per type on labelled JSON Lines cases.")
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    DetectOptions options = new DetectOptions();

    @Option(names = "--by-source", description = "Also break the table down by the benchmark's own type names.")
    boolean bySource;

    @Option(names = "--min-expected-score", paramLabel = "S",
            description = "Skip cases whose meta.presidio_score (Presidio's own expected score, upper bound) "
                    + "is below S: values Presidio itself only reports at a near-zero score.")
    double minExpectedScore = 0;

    @Option(names = "--failures", description = "Print the texts of failing cases (benchmark data, not user data).")
    boolean failures;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        DetectionEngine engine = options.engine();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, EvalTally> byType = new TreeMap<>();
        Map<String, EvalTally> bySourceName = new TreeMap<>();
        Map<String, Integer> unsupported = new TreeMap<>();
        int skipped = 0;
        int belowScore = 0;
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode c = JSON.readTree(line);
                    if (!c.has("expected") || !c.path("text").isTextual() || c.get("expected").isNull()) {
                        skipped++;
                        continue;
                    }
                    if (expectedScore(c.path("meta").path("presidio_score")) < minExpectedScore) {
                        belowScore++;
                        continue;
                    }
                    String name = c.path("entity").asText();
                    var type = BenchmarkTypes.veilType(name);
                    if (type.isEmpty()) {
                        unsupported.merge(name, 1, Integer::sum);
                        continue;
                    }
                    String text = c.get("text").asText();
                    List<int[]> expected = new ArrayList<>();
                    for (JsonNode span : c.get("expected")) {
                        expected.add(new int[] {Offsets.toCharIndex(text, span.get(0).asInt()),
                                Offsets.toCharIndex(text, span.get(1).asInt())});
                    }
                    EvalTally.Case result = EvalTally.score(expected, ofType(engine.detect(text), type.get()));
                    byType.computeIfAbsent(type.get().name(), k -> new EvalTally()).add(result);
                    bySourceName.computeIfAbsent(name + " → " + type.get().name(), k -> new EvalTally()).add(result);
                    if (failures && !result.perfect()) {
                        out.println("FAIL " + name + " " + result + " " + c.path("source").asText() + ": " + text);
                    }
                }
            }
        }
        EvalTally.printTable(out, "Veil type", byType);
        if (bySource) {
            out.println();
            EvalTally.printTable(out, "Benchmark type → Veil type", bySourceName);
        }
        out.println();
        out.println("Not supported (cases not counted): " + (unsupported.isEmpty() ? "none" : unsupported));
        out.println("Cases without expected spans (skipped): " + skipped);
        if (minExpectedScore > 0) {
            out.println("Cases skipped because the benchmark's own score is below " + minExpectedScore + ": "
                    + belowScore);
        }
        out.flush();
        return 0;
    }

    /** The highest score in a Presidio score field (a number, or [[min, max], …]); 1 when absent. */
    static double expectedScore(JsonNode score) {
        if (score.isMissingNode() || score.isNull()) {
            return 1.0;
        }
        if (score.isNumber()) {
            return score.asDouble();
        }
        double max = 0;
        for (JsonNode n : score) {
            max = Math.max(max, expectedScore(n));
        }
        return max;
    }

    private static List<Finding> ofType(List<Finding> fs, EntityType t) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : fs) {
            if (f.type() == t) {
                out.add(f);
            }
        }
        return out;
    }
}
