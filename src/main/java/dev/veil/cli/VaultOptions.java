package dev.veil.cli;

import dev.veil.transform.LocalTokenVault;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** {@code --vault DIR} and {@code --vault-ttl}: the local token vault. */
final class VaultOptions {
    @Option(names = "--vault", paramLabel = "DIR", description = "Local token vault directory (for --method vault).")
    Path dir;

    @Option(names = "--vault-ttl", paramLabel = "DAYS", defaultValue = "30",
            description = "Days a vault entry lives before it expires (default: 30).")
    int ttlDays;

    /** Opens the local vault; the caller closes it. */
    LocalTokenVault open() {
        if (dir == null) {
            throw new CliException("--vault DIR is required for vault tokens", 2);
        }
        if (ttlDays < 1) {
            throw new CliException("--vault-ttl must be at least 1 day", 2);
        }
        try {
            return LocalTokenVault.open(dir, Clock.systemUTC());
        } catch (IllegalStateException e) {
            // MVStore reports a locked or corrupt file this way; its message may hold the path only
            throw new CliException(dir + ": cannot open the vault (in use by another process, or damaged)", 1);
        }
    }
}
