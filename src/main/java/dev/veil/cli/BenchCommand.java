package dev.veil.cli;

import picocli.CommandLine.Command;

/** {@code veil bench …}: benchmarks that print figures. */
@Command(name = "bench", description = "Benchmarks that print figures.",
        subcommands = {BenchDetectCommand.class, BenchDocumentsCommand.class, BenchTokensCommand.class,
            BenchTransformCommand.class, BenchGatewayCommand.class, ColdStartBench.class,
            BenchSharedCacheCommand.class, BenchHandlerCommand.class})
final class BenchCommand {
}
