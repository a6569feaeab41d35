package dev.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.veil.gateway.EmbeddedStore;
import dev.veil.gateway.RicFunction;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@code veil bench coldstart}: the function from {@code veil-lambda.zip} in fresh child JVMs
 * under the real Lambda runtime interface client ({@link RicFunction}), against an embedded S3
 * store and a local WriteGetObjectResponse endpoint. A cold start is the time from starting the
 * JVM to the first WriteGetObjectResponse; warm is a second request to the same JVM.
 */
@Command(name = "coldstart", description = "Cold start of the Lambda function under the real runtime interface client.")
final class ColdStartBench implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "veil-bench";
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private static final String LETTER = "Dear Mary Smith,\nyour card 4111 1111 1111 1111 and e-mail "
            + "mary.smith@example.com are on file; call +1 202 555 0143.\n";

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", description = "Fresh JVMs per document (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--zip", description = "The Lambda deployment package (default: ${DEFAULT-VALUE}).")
    Path zip = Path.of("target/veil-lambda.zip");

    @Option(names = "--pdf", description = "The PDF to redact (default: ${DEFAULT-VALUE}).")
    Path pdf = Path.of("test-documents/pdf/letter.pdf");

    @Option(names = "--jvm-options", description = "JVM options of the children, space-separated; \"\" for none "
            + "(default: ${DEFAULT-VALUE}).")
    String jvmOptions = String.join(" ", RicFunction.LAMBDA_JVM_OPTIONS);

    @Option(names = "--app-cds", description = "First a training run whose loaded classes are archived "
            + "(-XX:DumpLoadedClassList, -Xshare:dump), then measure with that archive (-XX:SharedArchiveFile).")
    boolean appCds;

    @Option(names = "--primed", description = "SnapStart estimate: each JVM primes every path at init (VEIL_PRIME=full, "
            + "what the SnapStart hook does before the snapshot); the first request is timed from its invocation, "
            + "after init. Restore time is not included.")
    boolean primed;

    @Option(names = "--verbose", description = "Forward the children's output to stderr.")
    boolean verbose;

    /**
     * One measured document: init (primed runs only), cold and warm milliseconds per run, and the
     * CPU milliseconds the child had used when its first answer arrived.
     */
    private record Figures(String document, List<Long> init, List<Long> cold, List<Long> coldCpu, List<Long> warm) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        // The JDK's HTTP server writes headers and body separately; without TCP_NODELAY, Nagle and
        // the client's delayed ACK hold every /next answer for 40 ms. Read when the first server
        // starts, so it is set here, before any, and only for this process.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        if (!Files.isRegularFile(zip)) {
            throw new CliException(zip + " does not exist: build it with mvn package");
        }
        if (!Files.isRegularFile(pdf)) {
            throw new CliException(pdf + " does not exist: run from the repository root or give --pdf");
        }
        List<String> options = new ArrayList<>(jvmOptions.isBlank() ? List.of() : Arrays.asList(jvmOptions.trim().split("\\s+")));
        Path unpacked = Files.createTempDirectory("veil-coldstart");
        AwsBasicCredentials creds = AwsBasicCredentials.create("AKIDVEILBENCH", "veil-bench-secret");
        try (EmbeddedStore store = EmbeddedStore.inMemory(creds.accessKeyId(), creds.secretAccessKey());
             Receiver receiver = new Receiver();
             S3Presigner presigner = S3Presigner.builder().endpointOverride(store.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(creds))
                     .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build()) {
            upload(store, creds);
            List<Path> classpath = RicFunction.unpackLambdaZip(zip, unpacked.resolve("task"));
            Map<String, String> env = new java.util.LinkedHashMap<>(Map.of("AWS_ACCESS_KEY_ID", creds.accessKeyId(),
                    "AWS_SECRET_ACCESS_KEY", creds.secretAccessKey(),
                    "VEIL_S3_ENDPOINT", store.endpoint().toString(), "VEIL_WGOR_ENDPOINT", receiver.endpoint()));
            if (primed) {
                env.put("VEIL_PRIME", "full");
            }
            if (appCds) {
                // CDS refuses a non-empty folder on the classpath: the function's classes go in a jar
                Path cdsDir = Files.createDirectories(unpacked.resolve("cds"));
                List<Path> jarred = new ArrayList<>();
                jarred.add(jarOfClasses(classpath.get(0), cdsDir.resolve("task.jar")));
                jarred.addAll(classpath.subList(1, classpath.size()));
                classpath = jarred;
                options.add("-XX:SharedArchiveFile=" + train(classpath, env, options, presigner, receiver, cdsDir));
            }
            List<Figures> all = new ArrayList<>();
            for (String key : List.of("letter.txt", "letter.pdf")) {
                Figures f = new Figures(key, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                for (int i = 0; i < runs; i++) {
                    try (RicFunction function = RicFunction.builder(classpath, RicFunction.OBJECT_LAMBDA_HANDLER)
                            .environment(env).jvmOptions(options)
                            .logSink(verbose ? System.err : OutputStream.nullOutputStream()).build()) {
                        if (primed) {
                            long t0 = System.nanoTime();
                            f.init().add(TimeUnit.NANOSECONDS.toMillis(
                                    function.awaitInitialised(Duration.ofSeconds(120)) - t0));
                        }
                        f.cold().add(timeToResponse(function, receiver, event(presigner, key, i)));
                        f.coldCpu().add(function.cpuTime().toMillis());
                        f.warm().add(timeToResponse(function, receiver, event(presigner, key, i + 1000)));
                    }
                }
                all.add(f);
            }
            print(out, all, options);
        } finally {
            try (Stream<Path> files = Files.walk(unpacked)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /**
     * AppCDS the JDK 17 way: a training run (one text and one PDF request) lists the classes it
     * loads ({@code -XX:DumpLoadedClassList}, written as they load, so the JVM may be killed),
     * then {@code -Xshare:dump} archives them for the same classpath. Returns the archive.
     */
    private Path train(List<Path> classpath, Map<String, String> env, List<String> options, S3Presigner presigner,
                       Receiver receiver, Path dir) throws IOException {
        Path classList = dir.resolve("veil-classes.lst");
        Path archive = dir.resolve("veil-app.jsa");
        List<String> training = new ArrayList<>(options);
        training.add("-XX:DumpLoadedClassList=" + classList);
        try (RicFunction function = RicFunction.builder(classpath, RicFunction.OBJECT_LAMBDA_HANDLER)
                .environment(env).jvmOptions(training)
                .logSink(verbose ? System.err : OutputStream.nullOutputStream()).build()) {
            timeToResponse(function, receiver, event(presigner, "letter.txt", -1));
            timeToResponse(function, receiver, event(presigner, "letter.pdf", -2));
        }
        List<String> dump = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
                "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        ProcessBuilder pb = new ProcessBuilder(dump).redirectErrorStream(true);
        pb.redirectOutput(verbose ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
        try {
            int exit = pb.start().waitFor();
            if (exit != 0 || !Files.isRegularFile(archive)) {
                throw new CliException("java -Xshare:dump failed with exit code " + exit + " (--verbose shows why)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while archiving classes");
        }
        return archive;
    }

    /** The files under {@code root}, except {@code lib/}, in a jar. */
    private static Path jarOfClasses(Path root, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace(File.separatorChar, '/');
                if (name.startsWith("lib/") || name.startsWith("cds/")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private void upload(EmbeddedStore store, AwsBasicCredentials creds) throws IOException {
        try (S3Client s3 = S3Client.builder().endpointOverride(store.endpoint()).region(Region.US_EAST_1)
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(creds))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            s3.createBucket(b -> b.bucket(BUCKET));
            s3.putObject(b -> b.bucket(BUCKET).key("letter.txt").contentType("text/plain"),
                    RequestBody.fromString(LETTER, StandardCharsets.UTF_8));
            s3.putObject(b -> b.bucket(BUCKET).key("letter.pdf").contentType("application/pdf"),
                    RequestBody.fromBytes(Files.readAllBytes(pdf)));
        }
    }

    /** Milliseconds from the invocation (and so the JVM start, when cold) to the WriteGetObjectResponse. */
    private static long timeToResponse(RicFunction function, Receiver receiver, byte[] event) {
        receiver.arrivals.clear();
        long t0 = System.nanoTime();
        function.invoke("bench-" + t0, event, Duration.ofSeconds(120));
        long[] arrival = receiver.arrivals.poll();
        if (arrival == null) {
            throw new CliException("the function answered without a WriteGetObjectResponse");
        }
        if (arrival[1] != 200) {
            throw new CliException("the function answered " + arrival[1] + " instead of 200 (--verbose shows why)");
        }
        return TimeUnit.NANOSECONDS.toMillis(arrival[0] - t0);
    }

    /** A GetObject event for {@code key}, with a caller who may read it redacted. */
    private static byte[] event(S3Presigner presigner, String key, int n) throws IOException {
        String url = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(10))
                .getObjectRequest(g -> g.bucket(BUCKET).key(key))).url().toString();
        ObjectNode e = JSON.createObjectNode();
        e.put("xAmzRequestId", "bench-" + n);
        e.putObject("getObjectContext").put("inputS3Url", url).put("outputRoute", "io-bench").put("outputToken", "t-" + n);
        e.putObject("configuration").put("accessPointArn", "arn:aws:s3-object-lambda:us-east-1:111122223333:accesspoint/bench")
                .put("supportingAccessPointArn", BUCKET).put("payload", "{\"mode\":\"redact\"}");
        e.putObject("userRequest").put("url", "https://bench-111122223333.s3-object-lambda.us-east-1.amazonaws.com/" + key)
                .putObject("headers");
        e.putObject("userIdentity").put("type", "IAMUser").put("principalId", "AIDAEXAMPLE")
                .put("arn", "arn:aws:iam::111122223333:user/bench").put("accountId", "111122223333");
        e.put("protocolVersion", "1.00");
        return JSON.writeValueAsBytes(e);
    }

    private void print(PrintWriter out, List<Figures> all, List<String> options) throws IOException {
        out.printf(Locale.ROOT, "zip: %s, %,d bytes%n", zip, Files.size(zip));
        out.printf(Locale.ROOT, "JVM: %s %s, options: %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), options.isEmpty() ? "(none)" : String.join(" ", options));
        out.printf(Locale.ROOT, "cores: %d, runs per document: %d%n", Runtime.getRuntime().availableProcessors(), runs);
        if (primed) {
            out.println("SnapStart estimate: init primes every path (VEIL_PRIME=full); \"first\" is the first request "
                    + "after init, timed from its invocation; a real restore adds its own time");
            out.printf(Locale.ROOT, "%-12s %26s %26s %26s %26s%n", "document", "primed init ms (med/min/max)",
                    "first ms (med/min/max)", "CPU ms at first answer", "warm ms (med/min/max)");
            for (Figures f : all) {
                out.printf(Locale.ROOT, "%-12s %26s %26s %26s %26s%n", f.document(), stats(f.init()), stats(f.cold()),
                        stats(f.coldCpu()), stats(f.warm()));
            }
        } else {
            out.printf(Locale.ROOT, "%-12s %26s %26s %26s%n", "document", "cold ms (med/min/max)",
                    "CPU ms at first answer", "warm ms (med/min/max)");
            for (Figures f : all) {
                out.printf(Locale.ROOT, "%-12s %26s %26s %26s%n", f.document(), stats(f.cold()), stats(f.coldCpu()),
                        stats(f.warm()));
            }
        }
        out.flush();
    }

    private static String stats(List<Long> ms) {
        List<Long> s = ms.stream().sorted().toList();
        long median = s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
        return median + " / " + s.get(0) + " / " + s.get(s.size() - 1);
    }

    /** A WriteGetObjectResponse endpoint that records when each call arrived and its status. */
    private static final class Receiver implements AutoCloseable {
        final BlockingQueue<long[]> arrivals = new LinkedBlockingQueue<>();
        private final HttpServer server;

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", ex -> {
                try (ex) {
                    ex.getRequestBody().readAllBytes();
                    long at = System.nanoTime();
                    String status = ex.getRequestHeaders().getFirst("x-amz-fwd-status");
                    arrivals.add(new long[] {at, status == null ? 0 : Long.parseLong(status)});
                    ex.sendResponseHeaders(200, -1);
                }
            });
            server.start();
        }

        String endpoint() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
