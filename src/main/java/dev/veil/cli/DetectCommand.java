package dev.veil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Finding;
import dev.veil.detect.Offsets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil detect}: one JSON object per finding, offsets in Unicode code points into the
 * {@code veil text} output. Values are printed only with {@code --show-values}.
 */
@Command(name = "detect", description = "Find personal data in files (or JSON Lines on stdin with --jsonl).")
final class DetectCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    DetectOptions options = new DetectOptions();

    @Option(names = "--show-values", description = "Include each finding's value (hidden by default).")
    boolean showValues;

    @Option(names = "--explain", description = "Include why each finding was reported (never the value).")
    boolean explain;

    @Option(names = "--jsonl", description = "Read JSON objects with a \"text\" field from stdin, one per line; "
            + "write each back with a \"findings\" array.")
    boolean jsonl;

    @Parameters(paramLabel = "FILE", arity = "0..*")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (jsonl == !files.isEmpty()) {
            throw new CliException("give FILE arguments, or --jsonl with input on stdin", 2);
        }
        DetectionEngine engine = options.engine();
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = new Inputs();
        if (jsonl) {
            batch(engine, out);
        } else {
            for (Path file : files) {
                Inputs.DocumentText doc = inputs.read(file);
                Offsets.Counter offsets = new Offsets.Counter(doc.text());
                List<List<Finding>> found = engine.detectEach(doc.units());
                for (int u = 0; u < doc.units().size(); u++) {
                    for (Finding f : found.get(u)) {
                        ObjectNode o = JSON.createObjectNode();
                        o.put("file", file.toString());
                        put(o, f.shifted(doc.unitStarts().get(u)), doc.text(), offsets);
                        out.println(JSON.writeValueAsString(o));
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private void batch(DetectionEngine engine, PrintWriter out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new CliException("stdin line " + lineNo + ": not valid JSON", 2);
            }
            if (!(node instanceof ObjectNode obj) || !node.path("text").isTextual()) {
                throw new CliException("stdin line " + lineNo + ": expected an object with a \"text\" string", 2);
            }
            String text = obj.get("text").asText();
            ArrayNode arr = obj.putArray("findings");
            Offsets.Counter offsets = new Offsets.Counter(text);
            for (Finding f : engine.detect(text)) {
                put(arr.addObject(), f, text, offsets);
            }
            out.println(JSON.writeValueAsString(obj));
        }
    }

    private void put(ObjectNode o, Finding f, String text, Offsets.Counter offsets) {
        o.put("type", f.type().name());
        o.put("start", offsets.toCodePoint(f.start()));
        o.put("end", offsets.toCodePoint(f.end()));
        o.put("score", Math.round(f.score() * 1000) / 1000.0);
        o.put("detector", f.detector());
        if (showValues) {
            o.put("value", text.substring(f.start(), f.end()));
        }
        if (explain) {
            o.put("explanation", f.explanation().toString());
        }
    }
}
