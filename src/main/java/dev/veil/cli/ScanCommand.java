package dev.veil.cli;

import dev.veil.aws.S3Clients;
import dev.veil.aws.S3ObjectTagger;
import dev.veil.aws.S3ScanSource;
import dev.veil.scan.FolderSource;
import dev.veil.scan.ObjectInspector;
import dev.veil.scan.ObjectTagger;
import dev.veil.scan.ScanRecord;
import dev.veil.scan.ScanReport;
import dev.veil.scan.ScanRun;
import dev.veil.scan.ScanSource;
import dev.veil.scan.ScanSourceException;
import dev.veil.scan.ScanState;
import dev.veil.scan.ScanStatus;
import dev.veil.scan.Sensitivity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code veil scan}: an inventory of personal data in a folder or an S3 bucket. One JSON Lines
 * record per object (counts per type, highest score, sensitivity; never a value), optionally S3
 * tags on each object and a self-contained HTML report. With {@code --state} a second run skips
 * what the first one finished. Exit code 1 when any object could not be read (status
 * {@code error}) or tagged, 2 for bad arguments.
 */
@Command(name = "scan", description = "Inventory personal data in a folder or an S3 bucket (s3://bucket/prefix).")
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DetectOptions detectOptions = new DetectOptions();

    @Parameters(paramLabel = "FOLDER|s3://BUCKET/PREFIX", description = "What to scan.")
    String source;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON Lines records here (default: stdout).")
    Path out;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Resume file: objects recorded in it with the same ETag are not scanned again.")
    Path state;

    @Option(names = "--threads", paramLabel = "N", description = "Objects scanned at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--tag", description = "Tag each scanned S3 object: pii, pii-level, pii-types (other tags kept).")
    boolean tag;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a self-contained HTML report.")
    Path report;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "S3 endpoint (S3Proxy, the local gateway, ...); path-style.")
    URI endpoint;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: from the environment or profile).")
    String region;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            throw new CliException("--threads must be at least 1", 2);
        }
        if (out != null && state != null && out.toAbsolutePath().normalize().equals(state.toAbsolutePath().normalize())) {
            throw new CliException("--out and --state must be different files", 2);
        }
        PrintWriter err = spec.commandLine().getErr();
        ObjectInspector inspector = ObjectInspector.standard(detectOptions.engine());
        S3Client s3 = null;
        try {
            ScanSource scanSource;
            ObjectTagger tagger = null;
            if (source.startsWith("s3://")) {
                String rest = source.substring("s3://".length());
                int slash = rest.indexOf('/');
                String bucket = slash < 0 ? rest : rest.substring(0, slash);
                if (bucket.isEmpty()) {
                    throw new CliException("no bucket in " + source, 2);
                }
                s3 = S3Clients.create(endpoint, region);
                scanSource = new S3ScanSource(s3, bucket, slash < 0 ? "" : rest.substring(slash + 1));
                tagger = tag ? new S3ObjectTagger(s3, bucket) : null;
            } else {
                if (tag) {
                    throw new CliException("--tag needs an s3:// source", 2);
                }
                scanSource = new FolderSource(Path.of(source));
            }
            return scan(scanSource, inspector, tagger, err);
        } finally {
            if (s3 != null) {
                s3.close();
            }
        }
    }

    private int scan(ScanSource scanSource, ObjectInspector inspector, ObjectTagger tagger, PrintWriter err)
            throws IOException, InterruptedException {
        ScanRun run = new ScanRun(scanSource, inspector, tagger, threads);
        ScanRun.Result result;
        try (ScanState st = state == null ? null : ScanState.open(state);
             Writer w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            PrintWriter stdout = spec.commandLine().getOut();
            Writer sinkTo = w != null ? w : stdout;
            Progress[] progress = {null};
            result = run.run(st, r -> {
                sinkTo.write(r.toJson());
                sinkTo.write('\n');
                if (w == null) {
                    stdout.flush();
                }
            }, new ScanRun.Listener() {
                @Override
                public void started(int toScan, int skipped) {
                    if (skipped > 0) {
                        err.println("veil scan: " + skipped + " objects already in " + state + ", " + toScan + " to scan");
                        err.flush();
                    }
                    progress[0] = Progress.onTerminal(toScan, err, "objects");
                }

                @Override
                public void done(ScanRecord record) {
                    progress[0].step();
                }
            });
            if (w instanceof BufferedWriter bw) {
                bw.flush();
            }
        } catch (ScanSourceException e) {
            throw new CliException(e.getMessage());
        }
        if (report != null) {
            AtomicFiles.write(report, ScanReport.html(scanSource.describe(), result.records(), Instant.now())
                    .getBytes(StandardCharsets.UTF_8));
        }
        err.println(summary(result.records()));
        err.flush();
        return result.records().stream().anyMatch(r -> r.status() == ScanStatus.ERROR
                || (r.tagging() != null && r.tagging().startsWith("failed"))) ? 1 : 0;
    }

    private String summary(List<ScanRecord> records) {
        long scanned = records.stream().filter(r -> r.status() == ScanStatus.SCANNED).count();
        long cannot = records.stream().filter(r -> r.status() == ScanStatus.CANNOT_INSPECT).count();
        long errors = records.stream().filter(r -> r.status() == ScanStatus.ERROR).count();
        long pii = records.stream().filter(r -> r.findings() > 0).count();
        long high = records.stream().filter(r -> r.level() == Sensitivity.HIGH).count();
        return "veil scan: " + records.size() + " objects, " + scanned + " scanned, " + cannot + " cannot inspect, "
                + errors + " errors; " + pii + " with personal data (" + high + " high)"
                + (report == null ? "" : "; report " + report);
    }
}
