// The cold start of the function broken into steps, each timed in a fresh JVM in the order a
// first text request meets them (then a first PDF open). Prints wall and this thread's CPU
// milliseconds per step; on a shared machine the CPU column is the one to compare.
//
//   mkdir -p /tmp/veil-task && unzip -qo target/veil-lambda.zip -d /tmp/veil-task
//   java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
//        -cp "/tmp/veil-task:/tmp/veil-task/lib/*" scripts/ColdStartSteps.java test-documents/pdf/letter.pdf
import dev.veil.aws.PrimingHttpClient;
import dev.veil.detect.DetectionSettings;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.lambda.FunctionParts;
import dev.veil.lambda.PresignedFetcher;
import dev.veil.lambda.SdkResponseWriter;
import dev.veil.pipeline.ObjectResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

public class ColdStartSteps {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long lastWall;
    private static long lastCpu;

    private static void step(String name, Runnable work) {
        lastWall = System.nanoTime();
        lastCpu = THREADS.getCurrentThreadCpuTime();
        work.run();
        System.out.printf("%-46s %6d ms wall %6d ms CPU%n", name, (System.nanoTime() - lastWall) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - lastCpu) / 1_000_000);
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%-46s %6d ms%n", "JVM start to main", System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime());
        String text = "Dear Jane Roe,\nyour card 4111 1111 1111 1111 and e-mail jane.roe@example.com are on file; "
                + "call +1 202 555 0199.\n";
        Region region = Region.US_EAST_1;
        var types = new DocumentTypes[1];
        var engine = new dev.veil.detect.DetectionEngine[1];
        step("logging (slf4j + logback)", () -> org.slf4j.LoggerFactory.getLogger("steps"));
        step("Jackson ObjectMapper + first parse", () -> {
            try {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"a\":1}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        step("S3 client (TLS setup, endpoint rules)", () -> FunctionParts.s3(region, null,
                DefaultCredentialsProvider.builder().build()));
        step("second S3 client", () -> FunctionParts.s3(region, null, DefaultCredentialsProvider.builder().build()));
        step("first WriteGetObjectResponse (no network)", () -> new SdkResponseWriter(FunctionParts.s3(region, null,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSTEPS", "steps")),
                new PrimingHttpClient())).write("route", "token", ObjectResponse.ok(200,
                Map.of("Content-Type", "text/plain"), text.getBytes(StandardCharsets.UTF_8))));
        step("Tika type database", () -> types[0] = DocumentTypes.standard());
        step("presigned fetcher (java.net.http client)", PresignedFetcher::standard);
        step("first type detection", () -> types[0].detect(text.getBytes(StandardCharsets.UTF_8), "letter.txt"));
        step("detection engine build", () -> engine[0] = DetectionSettings.defaults().engine());
        step("first detection (name lists, phone metadata)", () -> engine[0].detect(text));
        step("second engine build + detection", () -> DetectionSettings.defaults().engine().detect(text));
        step("format registry + text format", () -> DocumentFormats.standard().forMediaType(DocumentTypes.TEXT));
        if (args.length > 0) {
            byte[] pdf = Files.readAllBytes(Path.of(args[0]));
            step("first PDF open (PDFBox)", () -> DocumentFormats.standard().forMediaType(DocumentTypes.PDF)
                    .orElseThrow().open(pdf, DocumentLimits.defaults()));
        }
    }
}
