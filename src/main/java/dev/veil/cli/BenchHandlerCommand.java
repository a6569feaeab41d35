package dev.veil.cli;

import dev.veil.gateway.EmbeddedStore;
import dev.veil.gateway.Gateway;
import dev.veil.gateway.GatewayConfig;
import dev.veil.gateway.LocalFunctions;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
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

/**
 * {@code veil bench handler}: one large CSV redacted end to end through the real handler path
 * (presigned fetch from the embedded store, the pipeline's streaming path, WriteGetObjectResponse
 * to the local gateway, an AWS SDK client reading the answer). The CSV is generated into a
 * temporary folder-backed store; the answer is read as a stream and checked (every seeded address
 * gone, every line kept). Prints MB/s of input and the peak heap.
 */
@Command(name = "handler", description = "A generated CSV redacted through the handler end to end: MB/s, peak heap.")
final class BenchHandlerCommand implements Callable<Integer> {
    private static final String SEED = "@example.com";

    @Spec
    CommandSpec spec;

    @Option(names = "--mb", defaultValue = "64", description = "Size of the generated CSV in MB (default 64).")
    int mb;

    @Option(names = "--mode", defaultValue = "redact", description = "redact (support), tokenise (analyst) or pass (admin).")
    String mode;

    @Option(names = "--work-limit", paramLabel = "SECONDS",
            description = "Let the request work this long instead of the Object Lambda limit (55 s): to show that "
                    + "memory stays bounded on objects S3 Object Lambda itself would cut off at 60 s.")
    Integer workLimitSeconds;

    @Option(names = "--rows", defaultValue = "members",
            description = "members (one distinct e-mail address a row, the rest the same; the default) or people (a "
                    + "contact list: names from a few dozen first names and surnames, their e-mail addresses, phone "
                    + "numbers and towns, values that share their first words as real lists' do).")
    String rowKind;

    @Option(names = "--rounds", defaultValue = "1",
            description = "GET the object this many times through one handler (default 1). The first GET pays the "
                    + "JIT's compilation of a fresh JVM; the later ones show a warm function container.")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (!rowKind.equals("members") && !rowKind.equals("people")) {
            throw new CliException("--rows is members or people", 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("veil-bench-handler");
        Path csv = dir.resolve("members.csv");
        long rows = rowKind.equals("people") ? writePeople(csv, (long) mb << 20) : write(csv, (long) mb << 20);
        long size = Files.size(csv);
        GatewayConfig config = GatewayConfig.demo();
        KeyRing keys = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        String identity = switch (mode) {
            case "tokenise" -> "analyst";
            case "pass" -> "admin";
            default -> "support";
        };
        if (workLimitSeconds != null) {
            // the gateway's JDK HTTP server ends a request body (the function's WriteGetObjectResponse)
            // after 30 s unless told otherwise; read once, when the first server starts
            String seconds = String.valueOf(workLimitSeconds + 30);
            System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", seconds));
            System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", seconds));
        }
        HeapPeaks.reset();
        Files.createDirectories(dir.resolve("store"));
        try (EmbeddedStore store = EmbeddedStore.start(dir.resolve("store"), 0, "bench", "bench-secret-" + System.nanoTime());
             Gateway gateway = new Gateway(config, store, 0, LocalFunctions.inProcess(config, store, keys, r -> { },
                     workLimitSeconds == null ? null : Duration.ofSeconds(workLimitSeconds)), null,
                     workLimitSeconds == null ? Duration.ofSeconds(60) : Duration.ofSeconds(workLimitSeconds + 30))) {
            try (S3Client s3 = client(store.endpoint(), store.accessKey(), store.secretKey())) {
                s3.createBucket(b -> b.bucket(config.accessPoints().get(0).bucket()));
                s3.putObject(b -> b.bucket(config.accessPoints().get(0).bucket()).key("big/members.csv")
                        .contentType("text/csv"), RequestBody.fromFile(csv));
            }
            Files.delete(csv);
            boolean ok = true;
            double[] rates = new double[Math.max(1, rounds)];
            for (int round = 0; round < rates.length; round++) {
                long started = System.nanoTime();
                long[] seen;
                try (S3Client c = client(gateway.endpoint(), identity, identity + "-secret");
                     InputStream in = c.getObject(b -> b.bucket(config.accessPoints().get(0).alias()).key("big/members.csv")
                             .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMinutes(30))))) {
                    seen = scan(in);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                rates[round] = size / 1e6 / seconds;
                out.printf(Locale.ROOT, "input %.1f MB (%d rows), output %.1f MB, %d lines, %d seeded addresses left%n",
                        size / 1e6, rows, seen[0] / 1e6, seen[1], seen[2]);
                out.printf(Locale.ROOT, "%s through the handler%s: %.1f s, %.2f MB/s, peak heap %d MB (max heap %d MB, %d cpu)%s%n",
                        mode, rates.length == 1 ? "" : " (round " + (round + 1) + (round == 0 ? ", first" : ", warm") + ")",
                        seconds, rates[round], HeapPeaks.bytes() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.getRuntime().availableProcessors(),
                        workLimitSeconds == null ? "" : "; work limit " + workLimitSeconds + " s (not Object Lambda's)");
                ok &= seen[1] == rows + 1 && (mode.equals("pass") || seen[2] == 0);
            }
            if (rates.length > 1) {
                double[] warm = java.util.Arrays.copyOfRange(rates, 1, rates.length);
                java.util.Arrays.sort(warm);
                out.printf(Locale.ROOT, "%s: first GET %.2f MB/s, warm GETs median %.2f MB/s (min %.2f, max %.2f) over %d%n",
                        mode, rates[0], warm[warm.length / 2], warm[0], warm[warm.length - 1], warm.length);
            }
            return ok ? 0 : 1;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A CSV with a header and rows of {@code bytes} in all; each row has a distinct seeded address. */
    static long write(Path file, long bytes) throws IOException {
        long rows = 0;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "id,email,team,note\n";
            w.write(header);
            written += header.length();
            while (written < bytes) {
                String row = rows + ",member" + rows + SEED + ",team " + (rows % 97)
                        + ",joined the quarterly review and asked about the schedule\n";
                w.write(row);
                written += row.length();
                rows++;
            }
        }
        return rows;
    }

    private static final String[] FIRST = {"Mary", "James", "Olivia", "Noah", "Wei", "Sofia", "Liam", "Emma", "Ahmed",
        "Priya", "Lucas", "Chloe", "Mateo", "Yuki", "Fatima", "Daniel", "Anna", "Omar", "Grace", "Ivan"};
    private static final String[] LAST = {"Garcia", "Johnson", "Smith", "Okafor", "Tanaka", "Silva", "Brown", "Nguyen",
        "Kowalski", "Müller", "Rossi", "Dubois", "Patel", "Kim", "OBrien", "Lopez", "Novak", "Haddad", "Jensen", "Costa"};
    private static final String[] TOWNS = {"Portland", "Denver", "Springfield", "Austin", "Boston", "Madison"};

    /**
     * A contact list of {@code bytes} in all: a name of a few dozen first names and surnames, an
     * e-mail address (distinct, seeded), a North American phone number, a town. Its values share
     * their first words ("Mary …", "1-800-…"), as a real list's do. Deterministic.
     */
    static long writePeople(Path file, long bytes) throws IOException {
        long rows = 0;
        long written = 0;
        java.util.Random random = new java.util.Random(2026);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "name,email,phone,city\n";
            w.write(header);
            written += header.length();
            while (written < bytes) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String row = first + " " + last + "," + first.toLowerCase(Locale.ROOT) + "." + rows + SEED + ","
                        + String.format(Locale.ROOT, "1-800-%03d-%04d", 200 + random.nextInt(800), random.nextInt(10_000))
                        + ",\"" + TOWNS[random.nextInt(TOWNS.length)] + "\"\n";
                w.write(row);
                written += row.getBytes(StandardCharsets.UTF_8).length;
                rows++;
            }
        }
        return rows;
    }

    /** Bytes, lines and seeded addresses in a stream, read in pieces. */
    static long[] scan(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] seed = SEED.getBytes(StandardCharsets.US_ASCII);
        long bytes = 0;
        long lines = 0;
        long seeds = 0;
        byte[] carry = new byte[0];
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
            byte[] window = new byte[carry.length + n];
            System.arraycopy(carry, 0, window, 0, carry.length);
            System.arraycopy(buffer, 0, window, carry.length, n);
            for (int i = 0; i + seed.length <= window.length; i++) {
                if (window[i] == '@' && java.util.Arrays.equals(window, i, i + seed.length, seed, 0, seed.length)) {
                    seeds++;
                }
            }
            int keep = Math.min(window.length, seed.length - 1);
            carry = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
            bytes += n;
        }
        return new long[] {bytes, lines, seeds};
    }

    private static S3Client client(java.net.URI endpoint, String key, String secret) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                // the answer's first byte can take as long as the whole object (an unknown-length
                // answer over plain HTTP is spooled before it is sent): no read timeout, no retry
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(30)).build())
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()))
                .build();
    }
}
