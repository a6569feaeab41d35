package dev.veil.cli;

import dev.veil.detect.EntityType;
import dev.veil.transform.FpeOperator;
import dev.veil.transform.KeyedTokenOperator;
import dev.veil.transform.LabelOperator;
import dev.veil.transform.LocalTokenVault;
import dev.veil.transform.NameTokens;
import dev.veil.transform.Operator;
import dev.veil.transform.SampleValues;
import dev.veil.transform.TokenKey;
import dev.veil.transform.VaultTokenOperator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench transform}: tokens per second on one thread for each method (HMAC, FF3-1,
 * local vault), on generated values of a digit type (card numbers), an alphanumeric type (UK NI
 * numbers) and names. The vault lives in a temporary directory, deleted afterwards.
 */
@Command(name = "transform", description = "Tokens per second for each method: HMAC, FF3-1, local vault.")
final class BenchTransformCommand implements Callable<Integer> {
    private static final List<EntityType> TYPES = List.of(EntityType.CREDIT_DEBIT_NUMBER,
            EntityType.UK_NATIONAL_INSURANCE_NUMBER, EntityType.NAME);

    @Spec
    CommandSpec spec;

    @Option(names = "--values", description = "Distinct values per type and run (default: ${DEFAULT-VALUE}).")
    int values = 20_000;

    @Option(names = "--iterations", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int iterations = 3;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        TokenKey key = TokenKey.generate(new SecureRandom(), Instant.now());
        Path dir = Files.createTempDirectory("veil-bench-vault");
        try (LocalTokenVault vault = LocalTokenVault.open(dir, Clock.systemUTC())) {
            List<Operator> methods = List.of(new LabelOperator(), new KeyedTokenOperator(key),
                    new FpeOperator(key, new LabelOperator()),
                    new VaultTokenOperator(key, NameTokens.FULL_NAME, vault, Duration.ofDays(1), Clock.systemUTC()));
            out.printf(Locale.ROOT, "%d values per type, %d runs, one thread; java %s; %d cpu%n", values, iterations,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "%-8s %-30s %14s%n", "method", "type", "tokens/s (median)");
            for (Operator op : methods) {
                for (EntityType type : TYPES) {
                    if (op instanceof FpeOperator && type == EntityType.NAME) {
                        continue; // FF3-1 does not apply to names
                    }
                    out.printf(Locale.ROOT, "%-8s %-30s %14.0f%n", op.method(), type, rate(op, type));
                    out.flush();
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private double rate(Operator op, EntityType type) {
        Random r = new Random(type.ordinal());
        String[] inputs = new String[values];
        for (int i = 0; i < values; i++) {
            inputs[i] = SampleValues.next(type, r);
        }
        for (int i = 0; i < Math.min(values, 2_000); i++) {
            op.apply(type, inputs[i]); // warm-up
        }
        double[] rates = new double[iterations];
        for (int k = 0; k < iterations; k++) {
            long t0 = System.nanoTime();
            for (String v : inputs) {
                op.apply(type, v);
            }
            rates[k] = values / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rates);
        return rates[iterations / 2];
    }
}
