package dev.veil.cli;

import dev.veil.gateway.EmbeddedStore;
import dev.veil.gateway.Gateway;
import dev.veil.gateway.GatewayConfig;
import dev.veil.gateway.LocalFunctions;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code veil bench gateway}: the demo gateway under concurrent load. Clients (AWS SDK for Java)
 * read every document as every demo identity in a shuffled round robin; each answer must match
 * the answer of a first, sequential pass (status and length), anything else is an error. Prints
 * throughput, latency percentiles per mode and peak heap.
 */
@Command(name = "gateway", description = "Concurrent GETs through the local gateway: errors, p50/p99, throughput, peak heap.")
final class BenchGatewayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default 32).")
    int clients;

    @Option(names = "--requests", defaultValue = "3000", description = "Total GETs (default 3000).")
    int requests;

    @Option(names = "--data", paramLabel = "DIR", description = "Documents (default: the repository's test-documents/).")
    Path data;

    private record Target(String identity, String key) {
    }

    private record Answer(int status, long length) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data != null ? data : DemoCommand.defaultData();
        GatewayConfig config = GatewayConfig.demo();
        AtomicLong audited = new AtomicLong();
        KeyRing keys = KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()));
        try (EmbeddedStore store = EmbeddedStore.inMemory(GatewayLauncher.STORE_ACCESS_KEY, GatewayLauncher.STORE_SECRET_KEY);
             Gateway gateway = new Gateway(config, store, 0, LocalFunctions.inProcess(config, store, keys,
                     r -> audited.incrementAndGet()))) {
            String bucket = config.accessPoints().get(0).bucket();
            String alias = config.accessPoints().get(0).alias();
            try (S3Client s3 = GatewayLauncher.storeClient(store.endpoint(), config.region())) {
                s3.createBucket(b -> b.bucket(bucket));
            }
            GatewayLauncher.Running running = new GatewayLauncher.Running(gateway, store, true);
            GatewayLauncher.upload(running, config.region(), dir, bucket);
            List<String> objectKeys = keys(dir);
            Map<String, S3Client> byIdentity = new ConcurrentHashMap<>();
            for (GatewayConfig.Identity i : config.identities()) {
                byIdentity.put(i.accessKeyId(), S3Client.builder().endpointOverride(gateway.endpoint())
                        .region(Region.of(config.region())).forcePathStyle(true)
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(i.accessKeyId(), i.secretAccessKey())))
                        .httpClient(UrlConnectionHttpClient.create()).build());
            }
            List<Target> targets = new ArrayList<>();
            for (String k : objectKeys) {
                for (GatewayConfig.Identity i : config.identities()) {
                    targets.add(new Target(i.accessKeyId(), k));
                }
            }
            Map<Target, Answer> expected = new ConcurrentHashMap<>();
            for (Target t : targets) {
                expected.put(t, get(byIdentity.get(t.identity()), alias, t.key()));
            }
            java.util.Collections.shuffle(targets, new java.util.Random(42));
            HeapPeaks.reset();
            long[] latencies = new long[requests];
            String[] who = new String[requests];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            AtomicLong bytes = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < requests) {
                        Target t = targets.get(n % targets.size());
                        long t0 = System.nanoTime();
                        Answer a = get(byIdentity.get(t.identity()), alias, t.key());
                        latencies[n] = System.nanoTime() - t0;
                        who[n] = t.identity();
                        bytes.addAndGet(a.length());
                        if (!a.equals(expected.get(t))) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            byIdentity.values().forEach(S3Client::close);
            out.printf(Locale.ROOT, "gateway load: %d GETs, %d clients, %d documents x %d identities, %d errors%n",
                    requests, clients, objectKeys.size(), config.identities().size(), errors.get());
            out.printf(Locale.ROOT, "throughput: %.1f requests/s, %.2f MB/s of answers, %.1f s%n",
                    requests / seconds, bytes.get() / seconds / 1e6, seconds);
            out.println("latency ms     p50     p90     p99     max");
            print(out, "all", latencies, who, null);
            for (GatewayConfig.Identity i : config.identities()) {
                print(out, i.accessKeyId() + " (" + i.tags().get("pii-access") + ")", latencies, who, i.accessKeyId());
            }
            out.printf(Locale.ROOT, "peak heap: %.0f MB (max %.0f MB); audit records: %d%n", HeapPeaks.bytes() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6, audited.get());
            out.flush();
            return errors.get() == 0 ? 0 : 1;
        }
    }

    private static Answer get(S3Client c, String alias, String key) {
        try {
            return new Answer(200, c.getObjectAsBytes(b -> b.bucket(alias).key(key)).asByteArray().length);
        } catch (S3Exception e) {
            return new Answer(e.statusCode(), 0);
        } catch (RuntimeException e) {
            return new Answer(-1, 0);
        }
    }

    private static void print(PrintWriter out, String label, long[] latencies, String[] who, String only) {
        long[] sel = java.util.stream.IntStream.range(0, latencies.length)
                .filter(i -> only == null || only.equals(who[i])).mapToLong(i -> latencies[i]).toArray();
        if (sel.length == 0) {
            return;
        }
        Arrays.sort(sel);
        out.printf(Locale.ROOT, "%-22s %7.1f %7.1f %7.1f %7.1f%n", label, pct(sel, 0.50), pct(sel, 0.90), pct(sel, 0.99),
                sel[sel.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static List<String> keys(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("manifest.json")
                            && !f.getFileName().toString().endsWith(".md") && !f.getFileName().toString().startsWith("."))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }


}
