package dev.veil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --vault DIR} and {@code --vault-ttl}: the local token vault. */
final class VaultOptions {
    @Option(names = "--vault", paramLabel = "DIR", description = "Local token vault directory (for --method vault).")
    Path dir;

    @Option(names = "--vault-ttl", paramLabel = "DAYS", defaultValue = "30",
            description = "Days a vault entry lives before it expires (default: 30).")
    int ttlDays;
}
