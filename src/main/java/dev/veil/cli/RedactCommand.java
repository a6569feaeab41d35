package dev.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentTypes;
import dev.veil.document.pdf.BoxStyle;
import dev.veil.pipeline.DocumentRedactor;
import dev.veil.document.TextDecoding;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.transform.TransformSummary;
import dev.veil.transform.TransformTally;
import dev.veil.transform.Transformer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil redact}: writes each input with its personal data replaced, in the input's format.
 * A failed input gets a one-line reason and no output file (outputs are written to a temporary
 * file and moved into place only on success); the exit code is non-zero if any input failed.
 * Each output gets a JSON summary line (counts per type and method, key id; never a value).
 */
@Command(name = "redact", description = "Redact or tokenise personal data in files, keeping their format.")
final class RedactCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    DetectOptions detectOptions = new DetectOptions();

    @Mixin
    TransformOptions transformOptions = new TransformOptions();

    @Option(names = "--out", paramLabel = "PATH",
            description = "Output file (one input) or directory; without it a single text input goes to stdout.")
    Path out;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*")
    List<Path> inputs = new ArrayList<>();

    private final DocumentTypes types = DocumentTypes.standard();

    /** One input file and where its output goes (null: stdout). */
    private record Job(Path input, Path output) {
    }

    @Override
    public Integer call() {
        List<Job> jobs = plan();
        DocumentRedactor redactor = new DocumentRedactor(detectOptions.engine());
        DocumentFormats formats = DocumentFormats.standard(transformOptions.tokenise() ? BoxStyle.TEXT : BoxStyle.BLACK);
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (Resources resources = new Resources()) {
            Transformer transformer = new Transformer(transformOptions.policy(resources));
            Progress progress = Progress.onTerminal(jobs.size(), err);
            for (Job job : jobs) {
                progress.step();
                try {
                    run(job, formats, redactor, transformer);
                } catch (CliException | UnreadableDocumentException | IllegalArgumentException e) {
                    failed++;
                    err.println("veil redact: " + job.input() + ": " + e.getMessage());
                } catch (IOException | RuntimeException e) {
                    failed++;
                    err.println("veil redact: " + job.input() + ": failed (" + e.getClass().getSimpleName() + ")");
                }
            }
        }
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private void run(Job job, DocumentFormats formats, DocumentRedactor redactor, Transformer transformer)
            throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(job.input());
        } catch (NoSuchFileException e) {
            throw new CliException("no such file");
        }
        DocumentTypes.DocumentType type = types.detect(bytes, job.input().getFileName().toString());
        DocumentFormat format = formats.formatFor(type);
        if (job.output() == null && !isText(type)) {
            throw new CliException("a " + type.mediaType() + " document needs --out (it is not written to a terminal)");
        }
        TransformTally tally = transformer.tally();
        byte[] result = redactor.redact(format, bytes, DocumentLimits.defaults(),
                (f, value) -> transformer.replace(f, value, tally)).bytes();
        if (job.output() == null) {
            spec.commandLine().getOut().print(TextDecoding.decode(result).text());
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(job.output(), result);
        }
        PrintWriter summaryTo = job.output() == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        summaryTo.println(summaryLine(job, format, tally.summary()));
        summaryTo.flush();
    }

    private static boolean isText(DocumentTypes.DocumentType type) {
        return type.mediaType().startsWith("text/") || type.mediaType().equals(DocumentTypes.JSON)
                || type.mediaType().equals(DocumentTypes.JSON_LINES) || type.mediaType().equals(DocumentTypes.XML);
    }

    private String summaryLine(Job job, DocumentFormat format, TransformSummary s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("file", job.input().toString());
        o.put("out", job.output() == null ? "-" : job.output().toString());
        o.put("format", format.name());
        o.put("mode", transformOptions.tokenise() ? "tokenise" : "redact");
        s.keyId().ifPresentOrElse(id -> o.put("keyId", id), () -> o.putNull("keyId"));
        o.put("replaced", s.total());
        s.countsByName().forEach(o.putObject("types")::put);
        s.methods().forEach(o.putObject("methods")::put);
        return o.toString();
    }

    /** Expands directories and decides every output path before anything is written. */
    private List<Job> plan() {
        boolean single = inputs.size() == 1 && !Files.isDirectory(inputs.get(0));
        if (out == null && !single) {
            throw new CliException("--out DIR is required for several inputs or a directory", 2);
        }
        List<Job> jobs = new ArrayList<>();
        if (single) {
            Path target = out == null ? null : Files.isDirectory(out) ? out.resolve(inputs.get(0).getFileName()) : out;
            jobs.add(new Job(inputs.get(0), target));
        } else {
            for (Path in : inputs) {
                if (Files.isDirectory(in)) {
                    try (Stream<Path> files = Files.walk(in)) {
                        files.filter(Files::isRegularFile).sorted()
                                .forEach(f -> jobs.add(new Job(f, out.resolve(in.relativize(f)))));
                    } catch (IOException e) {
                        throw new CliException(in + ": cannot list (" + e.getClass().getSimpleName() + ")");
                    }
                } else {
                    jobs.add(new Job(in, out.resolve(in.getFileName())));
                }
            }
        }
        for (Job j : jobs) {
            if (j.output() != null && j.output().toAbsolutePath().normalize().equals(j.input().toAbsolutePath().normalize())) {
                throw new CliException(j.input() + ": output would overwrite the input", 2);
            }
        }
        return jobs;
    }
}
