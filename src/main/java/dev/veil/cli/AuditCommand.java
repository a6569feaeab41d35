package dev.veil.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veil audit}: the cross-format leak audit. Redacts and tokenises every document in memory
 * and checks, by independent means, that none of its personal data is left in either answer and
 * that each answer reopens (see {@link DocumentAudit}). Seeded values come from a
 * {@code manifest.json} next to the documents ({@code {"file name": ["value", …]}}) or from
 * {@code --manifest}. Prints one table row per document (never a value unless
 * {@code --show-values}); exits 1 when any answer leaks or does not reopen.
 */
@Command(name = "audit", description = "Leak audit: redact and tokenise documents, then look for their personal data in the answers.")
final class AuditCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFEST = "manifest.json";

    @Spec
    CommandSpec spec;

    @Mixin
    DetectOptions detectOptions = new DetectOptions();

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Seeded values per file name (JSON object of arrays); manifest.json files next to the documents are read too.")
    List<Path> manifests = new ArrayList<>();

    @Option(names = "--min-length", paramLabel = "N", defaultValue = "5",
            description = "Shortest value looked for (default 5: shorter values occur by chance).")
    int minLength;

    @Option(names = "--show-values", description = "Print leaked values (they are hidden by default).")
    boolean showValues;

    @Option(names = "--jsonl", description = "One JSON object per document instead of the table.")
    boolean jsonl;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<Path> files = files();
        Map<String, List<String>> seeded = new HashMap<>();
        for (Path m : manifests) {
            seeded.putAll(readManifest(m));
        }
        DocumentAudit audit = new DocumentAudit(detectOptions.engine(), minLength);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.onTerminal(files.size(), err, "documents");
        if (!jsonl) {
            out.println("| document | format | values | redact: replaced / leaks | tokenise: replaced / leaks | reopens | ms |");
            out.println("|---|---|---:|---:|---:|---|---:|");
        }
        int audited = 0;
        int cannotInspect = 0;
        int failed = 0;
        List<String> leakLines = new ArrayList<>();
        for (Path file : files) {
            progress.step();
            long t0 = System.nanoTime();
            byte[] bytes = Files.readAllBytes(file);
            List<String> values = seeded.getOrDefault(file.getFileName().toString(), siblingManifest(file));
            DocumentAudit.Outcome o;
            try {
                o = audit.audit(bytes, file.getFileName().toString(), values);
            } catch (RuntimeException e) {
                o = new DocumentAudit.Outcome("?", java.util.Optional.of("failed (" + e.getClass().getSimpleName() + ")"),
                        List.of(), Map.of(), List.of(), List.of());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (o.cannotInspect().isPresent()) {
                cannotInspect++;
            } else {
                audited++;
                failed += o.passed() ? 0 : 1;
            }
            for (DocumentAudit.Leak l : o.leaks()) {
                leakLines.add(file + ": " + l.mode() + ": " + l.value().source()
                        + (showValues ? " '" + l.value().text() + "'" : "") + " found "
                        + l.forms().stream().map(f -> f.label()).collect(Collectors.joining(", ")));
            }
            if (jsonl) {
                out.println(json(file, o, ms));
            } else {
                out.println(row(file, o, ms));
            }
            out.flush();
        }
        PrintWriter summaryTo = jsonl ? err : out;
        summaryTo.println();
        summaryTo.println(files.size() + " documents: " + audited + " audited in both modes, " + failed
                + " with leaks or answers that do not reopen, " + cannotInspect + " cannot be inspected (Veil denies those).");
        leakLines.forEach(summaryTo::println);
        summaryTo.flush();
        return failed == 0 ? 0 : 1;
    }

    private String row(Path file, DocumentAudit.Outcome o, long ms) {
        if (o.cannotInspect().isPresent()) {
            return "| " + file + " | " + o.format() + " | cannot inspect: " + o.cannotInspect().get() + " | | | | " + ms + " |";
        }
        long seeded = o.values().stream().filter(v -> v.source().equals("seeded")).count();
        return "| " + file + " | " + o.format() + " | " + o.values().size() + (seeded > 0 ? " (" + seeded + " seeded only)" : "")
                + " | " + o.replaced().get("redact") + " / " + leaks(o, "redact")
                + " | " + o.replaced().get("tokenise") + " / " + leaks(o, "tokenise")
                + " | " + (o.notReopened().isEmpty() ? "yes" : "no: " + String.join(", ", o.notReopened()))
                + " | " + ms + " |";
    }

    private static long leaks(DocumentAudit.Outcome o, String mode) {
        return o.leaks().stream().filter(l -> l.mode().equals(mode)).count();
    }

    private static String json(Path file, DocumentAudit.Outcome o, long ms) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file.toString());
        n.put("format", o.format());
        o.cannotInspect().ifPresent(r -> n.put("cannotInspect", r));
        n.put("values", o.values().size());
        Map<String, Long> byType = new TreeMap<>(o.values().stream()
                .collect(Collectors.groupingBy(DocumentAudit.Value::source, Collectors.counting())));
        byType.forEach(n.putObject("valuesByType")::put);
        o.replaced().forEach(n.putObject("replaced")::put);
        ObjectNode leaks = n.putObject("leaks");
        DocumentAudit.MODES.forEach(m -> leaks.put(m, leaks(o, m)));
        n.put("reopens", o.notReopened().isEmpty());
        n.put("passed", o.passed());
        n.put("ms", ms);
        return n.toString();
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(MANIFEST))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                throw new CliException(in + ": no such file or directory", 2);
            }
        }
        return files;
    }

    private List<String> siblingManifest(Path file) {
        Path m = file.toAbsolutePath().getParent().resolve(MANIFEST);
        if (!Files.isRegularFile(m)) {
            return List.of();
        }
        return readManifest(m).getOrDefault(file.getFileName().toString(), List.of());
    }

    private static Map<String, List<String>> readManifest(Path m) {
        try {
            return JSON.readValue(m.toFile(), new TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            throw new CliException(m + ": not a manifest (a JSON object of string arrays)", 2);
        }
    }
}
