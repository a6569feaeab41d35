package dev.veil.cli;

import dev.veil.detect.EntityType;
import dev.veil.transform.KeyedTokens;
import dev.veil.transform.NameTokens;
import dev.veil.transform.Normaliser;
import dev.veil.transform.SampleValues;
import dev.veil.transform.TokenKey;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench tokens}: keyed-token collisions. For each type, generates up to N distinct
 * values (fewer when the type's value space is smaller), tokenises them with a fresh random key and
 * counts values that share a token with another value. A keyed token is a pseudo-random function
 * of the value, not a permutation, so collisions follow the birthday bound of the token's space.
 */
@Command(name = "tokens", description = "Keyed-token collisions on generated values, per entity type.")
final class BenchTokensCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--values", description = "Distinct values per type (default: ${DEFAULT-VALUE}).")
    int values = 1_000_000;

    @Option(names = "--types", split = ",", paramLabel = "T", description = "Only these types (default: all).")
    List<String> types = new ArrayList<>();

    @Option(names = "--name-tokens", paramLabel = "full|per-part", defaultValue = "full",
            description = "Name token mode (default: full).")
    String nameTokens;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Set<EntityType> selected = types.isEmpty() ? EnumSet.allOf(EntityType.class) : DetectOptions.parseTypes(types);
        KeyedTokens tokens = new KeyedTokens(TokenKey.generate(new SecureRandom(), Instant.now()),
                "per-part".equals(nameTokens) ? NameTokens.PER_PART : NameTokens.FULL_NAME);
        out.printf(Locale.ROOT, "%-36s %10s %10s %10s %10s  %s%n", "type", "values", "tokens", "collisions",
                "rate", "template");
        long total = 0;
        long t0 = System.nanoTime();
        for (EntityType type : selected) {
            Random r = new Random(type.ordinal() * 7919L + 1);
            Set<String> inputs = new HashSet<>(Math.min(values, 1 << 20) * 2);
            Set<String> outputs = new HashSet<>(Math.min(values, 1 << 20) * 2);
            int misses = 0;
            // stop when the type's value space is exhausted (a 3-digit CVV has 1,000 values)
            while (inputs.size() < values && misses < 10_000) {
                String v = SampleValues.next(type, r);
                if (!inputs.add(Normaliser.normalise(type, v))) {
                    misses++;
                    continue;
                }
                misses = 0;
                outputs.add(Normaliser.normalise(type, tokens.token(type, v)));
            }
            int collisions = inputs.size() - outputs.size();
            total += inputs.size();
            out.printf(Locale.ROOT, "%-36s %10d %10d %10d %9.4f%%  %s%n", type, inputs.size(), outputs.size(),
                    collisions, 100.0 * collisions / inputs.size(), SampleValues.template(type));
            out.flush();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%d values in %.1f s (%.0f tokens/s including generation)%n", total, secs, total / secs);
        return 0;
    }
}
