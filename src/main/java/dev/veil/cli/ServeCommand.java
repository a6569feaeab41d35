package dev.veil.cli;

import dev.veil.gateway.GatewayConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil serve}: the local gateway on 127.0.0.1 in front of an embedded S3 store. Any S3
 * client reads through it by access point alias; uploads go to the store's endpoint.
 */
@Command(name = "serve", description = "Start the local S3 gateway (Object Lambda access points) and its embedded store.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GatewayOptions gateway = new GatewayOptions();

    @Option(names = "--store-port", paramLabel = "N", defaultValue = "0", description = "Store port (default: a free one).")
    int storePort;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Gateway config (JSON: region, accessPoints, identities); default: the demo's.")
    Path config;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder that holds the store's buckets (kept between runs); default: in memory.")
    Path data;



    @Override
    public Integer call() {
        GatewayConfig c = loadConfig(config);
        GatewayLauncher.Running r = GatewayLauncher.start(c, data, gateway.port, storePort, gateway.keyFile, gateway.runtime);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Veil gateway is running. Ctrl-C stops it.");
        GatewayLauncher.describe(r, out);
        for (GatewayConfig.Identity i : c.identities()) {
            out.println("  Identity:          " + i.accessKeyId() + "  " + i.arn() + (i.tags().isEmpty() ? "" : "  tags " + i.tags()));
        }
        out.flush();
        r.awaitShutdown(spec.commandLine().getErr());
        return 0;
    }

    static GatewayConfig loadConfig(Path file) {
        if (file == null) {
            return GatewayConfig.demo();
        }
        try {
            return GatewayConfig.load(file);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }
}
