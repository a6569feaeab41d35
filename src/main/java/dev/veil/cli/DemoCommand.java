package dev.veil.cli;

import dev.veil.gateway.GatewayConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil demo}: the gateway with the demo configuration (one access point; identities
 * {@code admin}, {@code analyst}, {@code support}, {@code partner}, secrets {@code NAME-secret}),
 * the sample documents loaded, and ready-to-paste commands that show the four behaviours.
 */
@Command(name = "demo", description = "Start the local gateway with sample documents and four identities, and print what to try.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GatewayOptions gateway = new GatewayOptions();

    @Option(names = "--data", paramLabel = "DIR", description = "Documents to load (default: the repository's test-documents/).")
    Path data;



    @Override
    public Integer call() {
        Path dir = data != null ? data : defaultData();
        if (!Files.isDirectory(dir)) {
            throw new CliException(dir + ": no such folder (pass --data DIR)", 2);
        }
        GatewayConfig config = GatewayConfig.demo();
        GatewayLauncher.Running r = GatewayLauncher.start(config, null, gateway.port, 0, gateway.keyFile, gateway.runtime);
        String bucket = config.accessPoints().get(0).bucket();
        int n = GatewayLauncher.upload(r, config.region(), dir, bucket);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Veil demo is running with " + n + " documents from " + dir + ". Ctrl-C stops it.");
        GatewayLauncher.describe(r, out);
        printTryIt(out, r.gateway().endpoint().toString(), config);
        out.flush();
        r.awaitShutdown(spec.commandLine().getErr());
        return 0;
    }

    static Path defaultData() {
        String home = System.getenv("VEIL_HOME");
        return (home == null ? Path.of(".") : Path.of(home)).resolve("test-documents");
    }

    static void printTryIt(PrintWriter out, String endpoint, GatewayConfig config) {
        String alias = config.accessPoints().get(0).alias();
        out.println();
        out.println("Identities (access key / secret key, IAM tag pii-access -> what they get):");
        out.println("  admin   / admin-secret    full       -> the original bytes");
        out.println("  analyst / analyst-secret  tokenised  -> the same document, each value a consistent token");
        out.println("  support / support-secret  redacted   -> the same document, personal data removed");
        out.println("  partner / partner-secret  none       -> 403 AccessDenied when the object holds personal data");
        out.println();
        out.println("Try it with the AWS CLI v2 (Debian: apt-get install awscli):");
        out.println("  export AWS_DEFAULT_REGION=" + config.region());
        for (String who : List.of("support", "analyst", "admin", "partner")) {
            String file = "/tmp/veil-" + who + "-customers.csv";
            out.println("  AWS_ACCESS_KEY_ID=" + who + " AWS_SECRET_ACCESS_KEY=" + who + "-secret /usr/bin/aws --endpoint-url "
                    + endpoint + " s3api get-object --bucket " + alias + " --key text/customers.csv " + file
                    + " >/dev/null && cat " + file);
        }
        out.println("  # the same on a PDF and a Word document (same format out: open them, or bin/veil text FILE):");
        for (String[] t : List.of(new String[] {"support", "pdf/letter.pdf"}, new String[] {"analyst", "office/letter.docx"},
                new String[] {"partner", "office/letter.docx"})) {
            String file = "/tmp/veil-" + t[0] + "-" + t[1].substring(t[1].indexOf('/') + 1);
            out.println("  AWS_ACCESS_KEY_ID=" + t[0] + " AWS_SECRET_ACCESS_KEY=" + t[0] + "-secret /usr/bin/aws --endpoint-url "
                    + endpoint + " s3api get-object --bucket " + alias + " --key " + t[1] + " " + file);
        }
        out.println("  AWS_ACCESS_KEY_ID=support AWS_SECRET_ACCESS_KEY=support-secret /usr/bin/aws --endpoint-url "
                + endpoint + " s3api list-objects-v2 --bucket " + alias + " --prefix office/");
        out.println();
        out.println("Without the AWS CLI (any S3 client works the same way):");
        for (String who : List.of("support", "analyst", "admin", "partner")) {
            out.println("  bin/veil get --endpoint " + endpoint + " --identity " + who + " " + alias + " text/customers.csv -");
        }
        out.println("  bin/veil get --endpoint " + endpoint + " --identity support " + alias
                + " office/letter.docx /tmp/veil-support-letter.docx && bin/veil text /tmp/veil-support-letter.docx");
        if (config.functionUrl() != null) {
            out.println();
            out.println("The function-URL front (for accounts without S3 Object Lambda) under /fn/{bucket}/{key},");
            out.println("signed with SigV4 for service lambda, e.g. with awscurl (pip install awscurl):");
            out.println("  awscurl --service lambda --region " + config.region() + " --access_key support --secret_key "
                    + "support-secret " + endpoint + "/fn/veil-demo/text/customers.csv");
        }
        out.println();
        out.println("Each request writes one JSON audit line to stderr (who, which object, decision, counts; never a value).");
    }
}
