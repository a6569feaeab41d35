package dev.veil.cli;

import dev.veil.gateway.EmbeddedStore;
import dev.veil.gateway.FunctionInvoker;
import dev.veil.gateway.FunctionUrlFront;
import dev.veil.gateway.Gateway;
import dev.veil.gateway.GatewayConfig;
import dev.veil.gateway.LocalFunctions;
import dev.veil.transform.KeyFiles;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Starts the embedded store and the gateway for {@code veil serve} and {@code veil demo}. */
final class GatewayLauncher {
    /** The store's credentials: fixed and documented, the store listens on loopback only. */
    static final String STORE_ACCESS_KEY = "veil-store";
    static final String STORE_SECRET_KEY = "veil-store-secret";

    /** A running gateway and store; closing stops both. */
    record Running(Gateway gateway, EmbeddedStore store, boolean ephemeralKey) implements AutoCloseable {
        @Override
        public void close() {
            gateway.close();
            store.close();
        }

        /** Blocks until the JVM is asked to stop (Ctrl-C), then stops cleanly. */
        void awaitShutdown(PrintWriter err) {
            CountDownLatch stop = new CountDownLatch(1);
            java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                err.println("veil: stopping");
                err.flush();
                close();
                stop.countDown();
            }, "veil-shutdown"));
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private GatewayLauncher() {
    }

    /** Where the function runs: in the gateway's JVM, or in child JVMs through the Lambda runtime interface client. */
    enum Runtime { INPROCESS, RIC }

    static Running start(GatewayConfig config, Path storeFolder, int port, int storePort, Path keyFile) {
        return start(config, storeFolder, port, storePort, keyFile, Runtime.INPROCESS);
    }

    static Running start(GatewayConfig config, Path storeFolder, int port, int storePort, Path keyFile, Runtime runtime) {
        KeyRing keys;
        boolean ephemeral = keyFile == null;
        try {
            keys = keyFile == null ? KeyRing.of(TokenKey.generate(new SecureRandom(), Instant.now()))
                    : KeyFiles.parse(Files.readString(keyFile));
        } catch (IOException e) {
            throw new CliException(keyFile + ": cannot read the key file");
        } catch (IllegalArgumentException e) {
            throw new CliException(keyFile + ": " + e.getMessage());
        }
        if (storeFolder != null) {
            try {
                Files.createDirectories(storeFolder);
            } catch (IOException e) {
                throw new CliException(storeFolder + ": cannot create the store folder");
            }
        }
        EmbeddedStore store;
        try {
            store = EmbeddedStore.start(storeFolder, storePort, STORE_ACCESS_KEY, STORE_SECRET_KEY);
        } catch (IllegalStateException e) {
            throw new CliException("the embedded S3 store did not start" + (storePort == 0 ? "" : " (is port " + storePort + " in use?)"));
        }
        try (S3Client s3 = storeClient(store.endpoint(), config.region())) {
            for (String bucket : config.buckets()) {
                if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                    s3.createBucket(b -> b.bucket(bucket));
                }
            }
        }
        // Load the name lists and compile the detectors now, so the first request is not the slow one.
        dev.veil.detect.DetectionEngine.defaults().detect("Warm up, Mary Smith, mary@example.com");
        Function<URI, FunctionInvoker> function = runtime == Runtime.RIC
                ? LocalFunctions.ric(config, store, keyFileFor(keyFile, keys), 2, System.err)
                : LocalFunctions.inProcess(config, store, keys, LocalFunctions.standardAudit());
        try {
            FunctionUrlFront functionUrl = LocalFunctions.functionUrl(config, store, keys, LocalFunctions.standardAudit(),
                    Long.MAX_VALUE);
            return new Running(new Gateway(config, store, port, function, functionUrl), store, ephemeral);
        } catch (BindException e) {
            store.close();
            throw new CliException("port " + port + " is in use; pick another with --port N");
        } catch (IOException e) {
            store.close();
            throw new CliException("the gateway did not start (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The key file the child JVMs read: the given one, or this run's key in a private temporary file. */
    private static Path keyFileFor(Path keyFile, KeyRing keys) {
        if (keyFile != null) {
            return keyFile;
        }
        try {
            Path dir = Files.createTempDirectory("veil-keys",
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            Path f = dir.resolve("run.key");
            KeyFiles.write(f, keys, false);
            f.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new CliException("cannot write this run's key file (" + e.getClass().getSimpleName() + ")");
        }
    }

    static S3Client storeClient(URI endpoint, String region) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(region)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(STORE_ACCESS_KEY, STORE_SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Uploads every file under {@code dir} to {@code bucket}, keyed by its relative path; returns the count. */
    static int upload(Running r, String region, Path dir, String bucket) {
        int n = 0;
        try (S3Client s3 = storeClient(r.store().endpoint(), region); Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("manifest.json") || name.endsWith(".md") || name.startsWith(".")) {
                    continue;
                }
                String key = dir.relativize(f).toString().replace('\\', '/');
                s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(f));
                n++;
            }
        } catch (IOException e) {
            throw new CliException(dir + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        return n;
    }

    static void describe(Running r, PrintWriter out) {
        GatewayConfig c = r.gateway().config();
        out.println("  Gateway (S3 API):  " + r.gateway().endpoint() + "   region " + c.region());
        for (GatewayConfig.AccessPoint ap : c.accessPoints()) {
            out.println("  Access point:      " + ap.alias() + "   (bucket " + ap.bucket() + ")");
        }
        out.println("  Store (S3Proxy):   " + r.store().endpoint() + "   access key " + STORE_ACCESS_KEY
                + ", secret " + STORE_SECRET_KEY + "  (upload here with any S3 client)");
        if (r.ephemeralKey()) {
            out.println("  Token key:         generated for this run (tokens change on restart; pass --key-file to keep them)");
        }
    }
}
