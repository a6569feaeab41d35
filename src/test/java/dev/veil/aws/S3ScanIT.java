package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.cli.VeilCli;
import dev.veil.detect.DetectionEngine;
import dev.veil.scan.FolderSource;
import dev.veil.scan.ObjectInspector;
import dev.veil.scan.ObjectRef;
import dev.veil.scan.ScanRecord;
import dev.veil.scan.ScanRun;
import dev.veil.scan.ScanSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@code veil scan} against an embedded S3Proxy bucket holding the files of {@code test-documents/}. */
class S3ScanIT {
    private static final Path CORPUS = Path.of("test-documents");
    private static final String BUCKET = "scan-corpus";
    private static final ObjectInspector INSPECTOR = ObjectInspector.standard(DetectionEngine.defaults());

    private static EmbeddedS3 server;
    private static S3Client s3;

    @BeforeAll
    static void upload() throws Exception {
        server = new EmbeddedS3();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET));
        for (ObjectRef ref : new FolderSource(CORPUS).list()) {
            s3.putObject(b -> b.bucket(BUCKET).key(ref.key()), RequestBody.fromFile(CORPUS.resolve(ref.key())));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
        server.close();
    }

    private static List<ScanRecord> scan(ScanSource source) throws Exception {
        List<ScanRecord> records = new ArrayList<>();
        new ScanRun(source, INSPECTOR, null, 2).run(null, records::add, new ScanRun.Listener() { });
        records.sort(Comparator.comparing(ScanRecord::key));
        return records;
    }

    @Test
    void bucketAndFolderGiveTheSameRecords() throws Exception {
        List<ScanRecord> local = scan(new FolderSource(CORPUS));
        List<ScanRecord> remote = scan(new S3ScanSource(s3, BUCKET, ""));
        assertTrue(local.size() >= 30, "corpus size " + local.size());
        assertEquals(local.stream().map(ScanRecord::toJson).toList(), remote.stream().map(ScanRecord::toJson).toList());
    }

    @Test
    void cliScansAPrefixThroughTheEndpointWithCredentialsFromTheDefaultChain() throws Exception {
        CliResult r = cli("scan", "--endpoint-url", server.endpoint().toString(), "--region", "us-east-1",
                "s3://" + BUCKET + "/text/");
        assertEquals(0, r.code(), r.err());
        List<String> keys = r.out().lines().map(ScanRecord::parse).map(ScanRecord::key).sorted().toList();
        assertEquals(scan(new FolderSource(CORPUS.resolve("text"))).stream().map(x -> "text/" + x.key()).toList(), keys);
    }

    @Test
    void taggingAgainstS3ProxyIsRecordedAsFailedBecauseItHasNoObjectTagging() throws Exception {
        S3Exception e = org.junit.jupiter.api.Assertions.assertThrows(S3Exception.class,
                () -> s3.getObjectTagging(b -> b.bucket(BUCKET).key("text/customers.csv")));
        assertEquals(501, e.statusCode(), "S3Proxy 4.1 answers NotImplemented to ?tagging");
        CliResult r = cli("scan", "--tag", "--endpoint-url", server.endpoint().toString(), "--region", "us-east-1",
                "s3://" + BUCKET + "/text/customers.csv");
        assertEquals(1, r.code(), r.err());
        assertEquals("failed: tagging: HTTP 501 NotImplemented", ScanRecord.parse(r.out().strip()).tagging());
    }

    @Test
    void aMissingBucketIsAOneLineError() {
        CliResult r = cli("scan", "--endpoint-url", server.endpoint().toString(), "--region", "us-east-1",
                "s3://no-such-bucket/");
        assertEquals(1, r.code());
        assertEquals("veil scan: s3://no-such-bucket/: cannot list (HTTP 404 NoSuchBucket)", r.err().strip());
    }

    record CliResult(int code, String out, String err) {
    }

    static synchronized CliResult cli(String... args) {
        System.setProperty("aws.accessKeyId", EmbeddedS3.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", EmbeddedS3.SECRET_KEY);
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cmd = VeilCli.commandLine();
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            int code = cmd.execute(args);
            return new CliResult(code, out.toString(), err.toString());
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }
}
