package dev.veil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code veil serve} and {@code veil demo} share. */
final class GatewayOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Gateway port (default 8080).")
    int port;

    @Option(names = "--key-file", paramLabel = "FILE", description = "Token key file (veil keygen); default: a key for this run.")
    Path keyFile;

    @Option(names = "--runtime", paramLabel = "inprocess|ric", defaultValue = "inprocess",
            description = "Run the function in this JVM (default) or in child JVMs through the real Lambda runtime interface client.")
    GatewayLauncher.Runtime runtime;
}
